package io.github.layakanak.kla.model;

import static io.github.layakanak.kla.model.RegionEdition.KEMENDAGRI_2021;
import static io.github.layakanak.kla.model.RegionEdition.KEMENDAGRI_2025;
import static java.util.stream.Collectors.toList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionRegistryTest {

    private static final RegionRegistry Y2021 = RegionRegistry.of(KEMENDAGRI_2021);
    private static final RegionRegistry Y2025 = RegionRegistry.of(KEMENDAGRI_2025);

    @ParameterizedTest
    @EnumSource(RegionEdition.class)
    void everyEditionLists416KabupatenAnd98Kota(RegionEdition edition) {
        List<Region> regions = RegionRegistry.of(edition).regions();
        assertEquals(514, regions.size());
        assertEquals(416, regions.stream().filter(r -> r.kind() == RegionKind.KABUPATEN).count());
        assertEquals(98, regions.stream().filter(r -> r.kind() == RegionKind.KOTA).count());
    }

    @ParameterizedTest
    @EnumSource(RegionEdition.class)
    void codesAreUniqueAndSorted(RegionEdition edition) {
        List<String> codes = RegionRegistry.of(edition).regions().stream().map(Region::code).collect(toList());
        assertEquals(codes.size(), codes.stream().distinct().count());
        assertEquals(codes.stream().sorted().collect(toList()), codes);
    }

    @ParameterizedTest
    @EnumSource(RegionEdition.class)
    void everyCodeIsValidAndFindsItsRegion(RegionEdition edition) {
        RegionRegistry registry = RegionRegistry.of(edition);
        for (Region region : registry.regions()) {
            assertEquals(region, new Region(region.code(), region.name(), region.province()));
            assertSame(region, registry.get(region.code()));
        }
    }

    @ParameterizedTest
    @EnumSource(RegionEdition.class)
    void everyRegionNamesItsProvinceAsTheEditionLists(RegionEdition edition) {
        RegionRegistry registry = RegionRegistry.of(edition);
        for (Region region : registry.regions()) {
            assertEquals(registry.provinceName(region.provinceCode()), region.province());
            assertEquals(region.name().strip(), region.name());
        }
    }

    @ParameterizedTest
    @EnumSource(RegionEdition.class)
    void everyNameFindsItsRegion(RegionEdition edition) {
        RegionRegistry registry = RegionRegistry.of(edition);
        for (Region region : registry.regions()) {
            assertSame(region, registry.getByName(region.name()));
        }
    }

    @Test
    void the2021EditionHas34ProvincesAndThe2025Edition38() {
        assertEquals(34, Y2021.regions().stream().map(Region::provinceCode).distinct().count());
        assertEquals(38, Y2025.regions().stream().map(Region::provinceCode).distinct().count());
    }

    @Test
    void keepsNamesAsEachEditionWritesThem() {
        assertEquals(new Region("21.71", "KOTA BATAM", "KEPULAUAN RIAU"), Y2021.get("21.71"));
        assertEquals(new Region("21.71", "Kota Batam", "Kepulauan Riau"), Y2025.get("21.71"));
    }

    @Test
    void stripsTheStraySpaceAfterJakartaUtaraIn2025() {
        assertEquals("Kota Administrasi Jakarta Utara", Y2025.get("31.72").name());
    }

    @ParameterizedTest
    @CsvSource({
        "93, Papua Selatan, 4",
        "94, Papua Tengah, 8",
        "95, Papua Pegunungan, 8",
        "96, Papua Barat Daya, 6"})
    void theFourPapuaProvincesOf2022ExistOnlyIn2025(String code, String name, int regencies) {
        assertEquals(name, Y2025.provinceName(code));
        assertEquals(regencies, Y2025.regions().stream().filter(r -> r.provinceCode().equals(code)).count());
        assertTrue(Y2025.regions().stream().filter(r -> r.provinceCode().equals(code))
                .allMatch(r -> r.province().equals(name)));

        assertTrue(Y2021.regions().stream().noneMatch(r -> r.provinceCode().equals(code)));
        UnknownRegionException e = assertThrows(UnknownRegionException.class, () -> Y2021.provinceName(code));
        assertEquals("Unknown region code [" + code + "] in edition [KEMENDAGRI_2021]; it exists in"
                + " [KEMENDAGRI_2025]", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "Kabupaten Merauke, 91.01, 93.01",
        "Kabupaten Boven Digoel, 91.16, 93.02",
        "Kabupaten Nabire, 91.04, 94.01",
        "Kabupaten Mimika, 91.09, 94.04",
        "Kabupaten Jayawijaya, 91.02, 95.01",
        "Kabupaten Nduga, 91.24, 95.08",
        "Kabupaten Sorong, 92.01, 96.01",
        "Kota Sorong, 92.71, 96.71"})
    void resolvesRegenciesRenumberedIn2022InEachEdition(String name, String code2021, String code2025) {
        assertEquals(code2021, Y2021.getByName(name).code());
        assertEquals(code2025, Y2025.getByName(name).code());
        assertEquals(Optional.empty(), Y2021.find(code2025));
        assertEquals(Optional.empty(), Y2025.find(code2021));
    }

    @Test
    void keepsTheCodesOfRegenciesThatStayedInPapua() {
        assertEquals("KAB. JAYAPURA", Y2021.get("91.03").name());
        assertEquals("Kabupaten Jayapura", Y2025.get("91.03").name());
        assertEquals("Kabupaten Manokwari", Y2025.get("92.02").name());
    }

    @Test
    void reportsAnUnknownCodeWithTheEditionThatHasIt() {
        UnknownRegionException e = assertThrows(UnknownRegionException.class, () -> Y2021.get("95.01"));
        assertEquals("Unknown region code [95.01] in edition [KEMENDAGRI_2021]; it exists in [KEMENDAGRI_2025]",
                e.getMessage());
        assertEquals("95.01", e.code());
        assertEquals(KEMENDAGRI_2021, e.edition());
    }

    @Test
    void reportsACodeDroppedIn2025WithThe2021Edition() {
        UnknownRegionException e = assertThrows(UnknownRegionException.class, () -> Y2025.get("91.01"));
        assertEquals("Unknown region code [91.01] in edition [KEMENDAGRI_2025]; it exists in [KEMENDAGRI_2021]",
                e.getMessage());
    }

    @Test
    void reportsACodeNoEditionHas() {
        UnknownRegionException e = assertThrows(UnknownRegionException.class, () -> Y2025.get("99.99"));
        assertEquals("Unknown region code [99.99] in edition [KEMENDAGRI_2025]", e.getMessage());
        assertEquals("99.99", e.code());
        assertEquals(KEMENDAGRI_2025, e.edition());
    }

    @ParameterizedTest
    @ValueSource(strings = {"21", "21.7", "21.710", "21.70", "2171", " 21.71", ""})
    void findsNothingForAProvinceOrMalformedCode(String code) {
        assertEquals(Optional.empty(), Y2025.find(code));
        assertThrows(UnknownRegionException.class, () -> Y2025.get(code));
    }

    @ParameterizedTest
    @CsvSource({
        "21.71, Kota Batam, KEPULAUAN RIAU, Kepulauan Riau",
        "14.03, Kabupaten Bengkalis, RIAU, Riau",
        "74.71, Kota Kendari, SULAWESI TENGGARA, Sulawesi Tenggara",
        "16.07, Kabupaten Banyuasin, SUMATERA SELATAN, Sumatera Selatan",
        "15.06, Kabupaten Tanjung Jabung Barat, JAMBI, Jambi"})
    void resolvesTheSampleDistrictsInBothEditions(String code, String name, String province2021,
            String province2025) {
        assertEquals(new Region(code, name, province2025), Y2025.get(code));
        assertEquals(province2021, Y2021.get(code).province());
        assertEquals(code, Y2021.getByName(name).code());
        assertEquals(code, Y2025.getByName(name).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kab. Bengkalis", "Kabupaten Bengkalis", "KAB. BENGKALIS", "bengkalis", "Kab Bengkalis",
            "Kab.Bengkalis", "  kabupaten   BENGKALIS  "})
    void findsBengkalisWithAnyPrefix(String name) {
        assertEquals("14.03", Y2021.getByName(name).code());
        assertEquals("14.03", Y2025.getByName(name).code());
        assertEquals(List.of(Y2025.get("14.03")), Y2025.findAllByName(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kota Batam", "Batam", "KOTA BATAM", "kota batam"})
    void findsBatamWithOrWithoutKota(String name) {
        assertEquals("21.71", Y2021.getByName(name).code());
        assertEquals("21.71", Y2025.getByName(name).code());
    }

    @ParameterizedTest
    @EnumSource(RegionEdition.class)
    void findsBothBekasisForTheBareName(RegionEdition edition) {
        RegionRegistry registry = RegionRegistry.of(edition);
        assertEquals(List.of(registry.get("32.16"), registry.get("32.75")), registry.findAllByName("Bekasi"));
    }

    @Test
    void refusesToPickBetweenKabupatenAndKotaBekasi() {
        AmbiguousRegionNameException e =
                assertThrows(AmbiguousRegionNameException.class, () -> Y2025.getByName("bekasi"));
        assertEquals("Region name [bekasi] is ambiguous in edition [KEMENDAGRI_2025]: [32.16 Kabupaten Bekasi"
                + " (Jawa Barat), 32.75 Kota Bekasi (Jawa Barat)]; add \"Kabupaten\" or \"Kota\" to the name, or"
                + " look the region up by code", e.getMessage());
        assertEquals("bekasi", e.name());
        assertEquals(KEMENDAGRI_2025, e.edition());
        assertEquals(List.of(Y2025.get("32.16"), Y2025.get("32.75")), e.candidates());
    }

    @Test
    void ambiguityKeepsItsCandidatesThroughSerialization() throws Exception {
        AmbiguousRegionNameException e =
                assertThrows(AmbiguousRegionNameException.class, () -> Y2025.getByName("Bekasi"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(e.candidates(), ((AmbiguousRegionNameException) in.readObject()).candidates());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "Kabupaten Bekasi, 32.16",
        "Kab. Bekasi, 32.16",
        "Kota Bekasi, 32.75",
        "Kab. Banjar, 63.03",
        "Kota Banjar, 32.79",
        "Kota Sorong, 96.71",
        "Kabupaten Sorong, 96.01"})
    void disambiguatesWithAPrefix(String name, String code) {
        assertEquals(code, Y2025.getByName(name).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kota Adm. Jakarta Pusat", "KOTA ADM. JAKARTA PUSAT", "Kota Administrasi Jakarta Pusat",
            "Kota Jakarta Pusat", "Jakarta Pusat", "Adm. Jakarta Pusat", "jakarta-pusat"})
    void findsJakartaCitiesWithOrWithoutTheAdministrativePrefix(String name) {
        assertEquals("31.71", Y2021.getByName(name).code());
        assertEquals("31.71", Y2025.getByName(name).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kab. Adm. Kep. Seribu", "Kabupaten Administrasi Kepulauan Seribu", "Kepulauan Seribu",
            "Kep. Seribu", "Kab. Kepulauan Seribu"})
    void findsKepulauanSeribuHoweverItsPrefixesAreWritten(String name) {
        assertEquals("31.01", Y2021.getByName(name).code());
        assertEquals("31.01", Y2025.getByName(name).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Toli-Toli", "Toli Toli", "Tolitoli", "KAB. TOLI TOLI", "Kabupaten Toli-Toli"})
    void ignoresHyphensAndSpacesInNames(String name) {
        assertEquals("72.04", Y2021.getByName(name).code());
        assertEquals("72.04", Y2025.getByName(name).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kep. Siau Tagulandang Biaro", "Kepulauan Siau Tagulandang Biaro"})
    void readsKepAsKepulauan(String name) {
        assertEquals("71.09", Y2021.getByName(name).code());
        assertEquals("71.09", Y2025.getByName(name).code());
    }

    @Test
    void findsTheOneRegencyListedWithoutADotAfterKab() {
        assertEquals("KAB TIMOR TENGAH SELATAN", Y2021.get("53.02").name());
        assertEquals("53.02", Y2021.getByName("Kabupaten Timor Tengah Selatan").code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kota Bengkalis", "Kabupaten Batam", "Atlantis", "", "Kota", "Kab."})
    void findsNothingForAnUnknownNameOrAPrefixOfTheWrongKind(String name) {
        assertEquals(List.of(), Y2025.findAllByName(name));
        assertThrows(UnknownRegionNameException.class, () -> Y2025.getByName(name));
    }

    @Test
    void reportsAnUnknownNameWithTheEditionThatHasIt() {
        UnknownRegionNameException e =
                assertThrows(UnknownRegionNameException.class, () -> Y2021.getByName("Pohuwato"));
        assertEquals("Unknown region name [Pohuwato] in edition [KEMENDAGRI_2021]; it exists in [KEMENDAGRI_2025]",
                e.getMessage());
        assertEquals("Pohuwato", e.name());
        assertEquals(KEMENDAGRI_2021, e.edition());
        assertEquals("KAB. PAHUWATO", Y2021.get("75.04").name());
    }

    @Test
    void reportsANameNoEditionHas() {
        UnknownRegionNameException e =
                assertThrows(UnknownRegionNameException.class, () -> Y2025.getByName("Kota Bengkalis"));
        assertEquals("Unknown region name [Kota Bengkalis] in edition [KEMENDAGRI_2025]", e.getMessage());
    }

    @Test
    void loadsEachEditionOnce() {
        assertSame(Y2021, RegionRegistry.of(KEMENDAGRI_2021));
        assertSame(Y2025, RegionRegistry.of(KEMENDAGRI_2025));
        assertEquals(KEMENDAGRI_2025, Y2025.edition());
        assertEquals("RegionRegistry[KEMENDAGRI_2025, 514 regions]", Y2025.toString());
    }

    @Test
    void returnsImmutableLists() {
        Region batam = Y2025.get("21.71");
        assertThrows(UnsupportedOperationException.class, () -> Y2025.regions().add(batam));
        assertThrows(UnsupportedOperationException.class, () -> Y2025.findAllByName("Bekasi").clear());
        assertThrows(UnsupportedOperationException.class, () -> Y2025.findAllByName("Atlantis").add(batam));
    }

    @Test
    void rejectsNullArguments() {
        assertEquals("edition", assertThrows(NullPointerException.class, () -> RegionRegistry.of(null)).getMessage());
        assertEquals("code", assertThrows(NullPointerException.class, () -> Y2025.find(null)).getMessage());
        assertEquals("code", assertThrows(NullPointerException.class, () -> Y2025.get(null)).getMessage());
        assertEquals("name", assertThrows(NullPointerException.class, () -> Y2025.findAllByName(null)).getMessage());
        assertEquals("name", assertThrows(NullPointerException.class, () -> Y2025.getByName(null)).getMessage());
        assertEquals("provinceCode",
                assertThrows(NullPointerException.class, () -> Y2025.provinceName(null)).getMessage());
    }

    @Test
    void shipsTheMitNoticeBesideTheLists() throws IOException {
        for (String list : List.of("regions/kemendagri-2021.csv", "regions/kemendagri-2025.csv")) {
            assertNotNull(RegionRegistry.class.getResource(list), list);
        }
        try (InputStream notice = RegionRegistry.class.getResourceAsStream("regions/LICENSE-wilayah.txt")) {
            assertNotNull(notice, "regions/LICENSE-wilayah.txt");
            String text = new String(notice.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("MIT License"), text);
            assertTrue(text.contains("Copyright (c) 2017-2025 Cahya DSN"), text);
            assertTrue(text.contains("The above copyright notice and this permission notice shall be included"), text);
        }
    }
}
