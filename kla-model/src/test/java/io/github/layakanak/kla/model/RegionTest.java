package io.github.layakanak.kla.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionTest {

    private static final Region BATAM = new Region("21.71", "Kota Batam", "Kepulauan Riau");

    @Test
    void derivesKindAndProvinceCodeFromTheCode() {
        assertEquals(RegionKind.KOTA, BATAM.kind());
        assertEquals("21", BATAM.provinceCode());
        assertEquals(RegionKind.KABUPATEN, new Region("14.03", "Kabupaten Bengkalis", "Riau").kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"11.01", "11.69", "11.71", "11.99"})
    void acceptsTheBoundsOfEachKind(String code) {
        assertEquals(code, new Region(code, "x", "y").code());
    }

    @Test
    void splitsKindsBetween69And71() {
        assertEquals(RegionKind.KABUPATEN, new Region("11.69", "x", "y").kind());
        assertEquals(RegionKind.KOTA, new Region("11.71", "x", "y").kind());
    }

    @Test
    void rejectsKk70WithAMessageNamingTheRuleAndTheValue() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new Region("21.70", "x", "y"));
        assertEquals("code must be PP.KK with KK in 01-69 (kabupaten) or 71-99 (kota), but was [21.70]",
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"21.00", "21", "2171", "21.7", "21.710", "21-71", "a1.71", " 21.71", "21.71 ",
            "21.71.01", "\uFF12\uFF11.71", ""})
    void rejectsCodesThatAreNotARegencyOrCity(String code) {
        assertThrows(IllegalArgumentException.class, () -> new Region(code, "x", "y"));
    }

    @Test
    void rejectsNullsNamingTheComponent() {
        assertEquals("code", assertThrows(NullPointerException.class, () -> new Region(null, "x", "y")).getMessage());
        assertEquals("name",
                assertThrows(NullPointerException.class, () -> new Region("21.71", null, "y")).getMessage());
        assertEquals("province",
                assertThrows(NullPointerException.class, () -> new Region("21.71", "x", null)).getMessage());
    }

    @Test
    void serializesOnlyItsComponentsToJson() throws Exception {
        assertEquals("{\"code\":\"21.71\",\"name\":\"Kota Batam\",\"province\":\"Kepulauan Riau\"}",
                new ObjectMapper().writeValueAsString(BATAM));
    }

    @Test
    void readsBackFromJson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertEquals(BATAM, json.readValue(json.writeValueAsString(BATAM), Region.class));
    }

    @Test
    void kindsCarryIndonesianAndEnglishNames() {
        assertEquals("Kabupaten", RegionKind.KABUPATEN.nameId());
        assertEquals("Regency", RegionKind.KABUPATEN.nameEn());
        assertEquals("Kota", RegionKind.KOTA.nameId());
        assertEquals("City", RegionKind.KOTA.nameEn());
    }

    @Test
    void editionsCiteTheirLegalBasisAndYear() {
        assertEquals(2021, RegionEdition.KEMENDAGRI_2021.year());
        assertEquals("Permendagri 58/2021 as revised by Kepmendagri 050-145/2022",
                RegionEdition.KEMENDAGRI_2021.legalBasis());
        assertEquals(2025, RegionEdition.KEMENDAGRI_2025.year());
        assertEquals("Kepmendagri 300.2.2-2138/2025", RegionEdition.KEMENDAGRI_2025.legalBasis());
    }
}
