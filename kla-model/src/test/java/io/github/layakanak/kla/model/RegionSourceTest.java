package io.github.layakanak.kla.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionSourceTest {

    private static final RegionRegistry SHIPPED = RegionRegistry.shipped(RegionEdition.KEMENDAGRI_2021);

    /** A test district in a province no edition lists, and a test city in a real province. */
    private static final class TestRegions implements RegionSource {
        @Override
        public List<Region> regions() {
            return List.of(new Region("99.01", "Kabupaten Contoh", "Provinsi Uji"),
                    new Region("21.99", "Kota Uji Coba", "Kepulauan Riau"));
        }
    }

    private static RegionSource source(Region... regions) {
        return () -> Arrays.asList(regions);
    }

    @Test
    void listsRegionsOfOnesOwnBesideTheKemendagris() {
        RegionRegistry registry = SHIPPED.plus(List.of(new TestRegions()));

        assertEquals(SHIPPED.regions().size() + 2, registry.regions().size());
        assertEquals("Kabupaten Contoh", registry.get("99.01").name());
        assertEquals(List.of(registry.get("99.01")), registry.findAllByName("kab. contoh"));
        assertEquals("Provinsi Uji", registry.provinceName("99"));
        assertEquals("KEPULAUAN RIAU", registry.provinceName("21"));
        assertEquals("KOTA BATAM", registry.get("21.71").name());
    }

    @Test
    void withoutASourceIsTheShippedList() {
        assertSame(SHIPPED, SHIPPED.plus(List.of()));
    }

    @Test
    void refusesACodeTheListHas() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SHIPPED.plus(List.of(source(new Region("21.71", "Kota Batam Uji", "Kepulauan Riau")))));

        assertTrue(e.getMessage().contains("adds [21.71], which edition [KEMENDAGRI_2021] already lists as "
                + "[KOTA BATAM]; choose a code no edition lists, such as one of province 99"), e.getMessage());
    }

    @Test
    void refusesTheSameCodeFromTwoSources() {
        RegionSource one = source(new Region("99.01", "Kabupaten Contoh", "Provinsi Uji"));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SHIPPED.plus(List.of(one, one)));

        assertTrue(e.getMessage().contains("adds [99.01], which edition [KEMENDAGRI_2021] already lists as "
                + "[Kabupaten Contoh]"), e.getMessage());
    }

    @Test
    void refusesANameWithoutItsKindsPrefix() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SHIPPED.plus(List.of(source(new Region("99.71", "Contoh", "Provinsi Uji")))));

        assertTrue(e.getMessage().contains("adds [99.71] named [Contoh]; a code with KK 71-99 is a kota, whose name starts with [Kota]"),
                e.getMessage());
    }

    @Test
    void refusesAnotherNameForAListedProvince() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SHIPPED.plus(List.of(source(new Region("21.99", "Kota Uji", "Riau Kepulauan")))));

        assertTrue(e.getMessage().contains("adds [21.99] in province [Riau Kepulauan], which edition "
                + "[KEMENDAGRI_2021] names [KEPULAUAN RIAU]"), e.getMessage());
    }

    @Test
    void refusesASourceWithoutAList() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SHIPPED.plus(List.of(() -> null)));

        assertTrue(e.getMessage().endsWith("returned null; return a list of regions"), e.getMessage());
    }

    @Test
    void theSharedRegistryListsNoTestRegionWithoutASource() {
        assertTrue(RegionRegistry.of(RegionEdition.KEMENDAGRI_2021).find("99.01").isEmpty());
    }
}
