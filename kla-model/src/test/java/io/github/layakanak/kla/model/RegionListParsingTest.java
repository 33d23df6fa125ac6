package io.github.layakanak.kla.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionListParsingTest {

    private static final String RESOURCE = "regions/test.csv";

    private static RegionRegistry parse(String text) throws IOException {
        return RegionRegistry.parse(RegionEdition.KEMENDAGRI_2025, RESOURCE, new StringReader(text));
    }

    @Test
    void readsQuotedNamesWithCommasAndDoubledQuotes() throws IOException {
        RegionRegistry registry = parse("code,name\n"
                + "21,\"Kepulauan Riau\"\n"
                + "21.01,\"Kabupaten Karimun, \"\"Lama\"\"\"\n"
                + "21.71,Kota Batam\n");
        assertEquals(List.of(new Region("21.01", "Kabupaten Karimun, \"Lama\"", "Kepulauan Riau"),
                new Region("21.71", "Kota Batam", "Kepulauan Riau")), registry.regions());
    }

    @Test
    void sortsRegionsByCode() throws IOException {
        RegionRegistry registry = parse("code,name\n21,\"Kepulauan Riau\"\n21.71,\"Kota Batam\"\n"
                + "21.01,\"Kabupaten Karimun\"\n");
        assertEquals("21.01", registry.regions().get(0).code());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "kode,nama\\n21,\"Kepulauan Riau\"|1|expected the header [code,name] but was [kode,nama]",
        "|1|expected the header [code,name] but was [null]",
        "code,name\\n21 \"Kepulauan Riau\"|2|expected code,\"name\" but was [21 \"Kepulauan Riau\"]",
        "code,name\\n21,\"Kepulauan Riau|2|unterminated quoted name [\"Kepulauan Riau]",
        "code,name\\n21,\"|2|unterminated quoted name [\"]",
        "code,name\\n21,\"Kepulauan \"Riau\"|2|undoubled quote in name [\"Kepulauan \"Riau\"]",
        "code,name\\n21,Kepulauan \"Riau\"|2|quote in unquoted name [Kepulauan \"Riau\"]",
        "code,name\\n21,\" \"|2|empty name",
        "code,name\\n21,\"Kepulauan Riau\"\\n21,\"Riau\"|3|duplicate code [21]",
        "code,name\\n21,\"Kepulauan Riau\"\\n\\n21.71,\"Kota Batam\"|3|expected code,\"name\" but was []",
        "code,name\\n21,\"Kepulauan Riau\"\\n21.71.01,\"Sekupang\"|3|expected a code PP or PP.KK but was [21.71.01]",
        "code,name\\n21.71,\"Kota Batam\"|2|region [21.71] comes before its province",
        "code,name\\n21,\"Kepulauan Riau\"\\n21.70,\"Kota Batam\"|3|code must be PP.KK with KK in 01-69 (kabupaten)"
                + " or 71-99 (kota), but was [21.70]",
        "code,name\\n21,\"Kepulauan Riau\"\\n21.71,\"Kabupaten Batam\"|3|name [Kabupaten Batam] does not start"
                + " with the prefix of a Kota",
        "code,name\\n21,\"Kepulauan Riau\"\\n21.01,\"Karimun\"|3|name [Karimun] does not start with the prefix of"
                + " a Kabupaten"})
    void namesTheResourceAndLineOfABrokenRow(String text, int line, String problem) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> parse(text == null ? "" : text.replace("\\n", "\n")));
        assertEquals("region list [" + RESOURCE + "] is broken at line " + line + ": " + problem, e.getMessage());
    }
}
