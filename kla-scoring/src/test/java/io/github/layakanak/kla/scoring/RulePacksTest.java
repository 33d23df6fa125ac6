package io.github.layakanak.kla.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.spi.PackFiles;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RulePacksTest {

    private static final RulePack KLA_2022 = PackFiles.pack("kla-2022", 2022);
    private static final RulePack KLA_2025 = PackFiles.pack("kla-2025", 2025);

    @Test
    void findsAnExplicitlyRegisteredPackByYearAndById() {
        RulePacks packs = RulePacks.of(KLA_2025, KLA_2022);

        assertSame(KLA_2022, packs.forYear(2022));
        assertEquals(Optional.of(KLA_2025), packs.findForYear(2025));
        assertEquals(Optional.empty(), packs.findForYear(2024));
        assertSame(KLA_2025, packs.get("kla-2025"));
        assertEquals(Optional.empty(), packs.find("kla-2024"));
    }

    @Test
    void listsPacksByFirstYearThenId() {
        RulePack multi = PackFiles.pack("a-later", 2030);
        RulePacks packs = RulePacks.of(List.of(multi, KLA_2025, KLA_2022));

        assertEquals(List.of(KLA_2022, KLA_2025, multi), packs.all());
    }

    @Test
    void tellsWhichYearsArePresentAndHowToAddAMissingOne() {
        RulePackNotFoundException e = assertThrows(RulePackNotFoundException.class,
                () -> RulePacks.of(KLA_2022).forYear(2019));

        assertEquals("No rule pack for year [2019]; available: [2022]. Add the kla-rules-2019 artifact or register "
                + "a pack with RulePacks.of(...)", e.getMessage());
    }

    @Test
    void listsEveryYearAvailableWhenOneIsMissing() {
        RulePackNotFoundException e = assertThrows(RulePackNotFoundException.class,
                () -> RulePacks.of(KLA_2025, KLA_2022).forYear(2024));

        assertEquals("No rule pack for year [2024]; available: [2022, 2025]. Add the kla-rules-2024 artifact or "
                + "register a pack with RulePacks.of(...)", e.getMessage());
    }

    @Test
    void tellsWhichIdsArePresentWhenAnIdIsMissing() {
        RulePackNotFoundException e = assertThrows(RulePackNotFoundException.class,
                () -> RulePacks.of(KLA_2022).get("kla-2019"));

        assertEquals("No rule pack with id [kla-2019]; available: [kla-2022]. Add the pack's artifact or register "
                + "it with RulePacks.of(...)", e.getMessage());
    }

    @Test
    void refusesTwoPacksForOneYearNamingBoth() {
        RulePack other = PackFiles.pack("other-2022", 2022);

        RulePackConflictException e = assertThrows(RulePackConflictException.class,
                () -> RulePacks.of(other, KLA_2022));

        assertEquals("Rule packs [kla-2022] (registered explicitly) and [other-2022] (registered explicitly) both "
                + "claim year [2022]; kla never picks one silently. Remove one of the artifacts, or register the "
                + "packs you want with RulePacks.of(...)", e.getMessage());
    }

    @Test
    void refusesTwoPacksOfOneIdNamingBoth() {
        RulePack sameId = PackFiles.pack("kla-2022", 2023);

        RulePackConflictException e = assertThrows(RulePackConflictException.class,
                () -> RulePacks.of(KLA_2022).with(sameId));

        assertEquals("Rule packs [kla-2022] (registered explicitly) and [kla-2022] (registered explicitly) both "
                + "have id [kla-2022]; kla never picks one silently. Remove one of the artifacts, or register the "
                + "packs you want with RulePacks.of(...)", e.getMessage());
    }

    @Test
    void addsAPackToANewRegistryLeavingTheOldOneAlone() {
        RulePacks one = RulePacks.of(KLA_2022);
        RulePacks two = one.with(KLA_2025);

        assertEquals(List.of(KLA_2022), one.all());
        assertEquals(List.of(KLA_2022, KLA_2025), two.all());
    }

    @Test
    void discoversNothingWhenNoRuleArtifactIsOnThePath() {
        // kla-scoring's tests have no rule-pack artifact on their path. Discovery from the class path cannot be
        // tested here: surefire runs these tests patched into the named module, where ServiceLoader reads the
        // module's `uses` and the module path. Class-path discovery (META-INF/services) is left to a test outside
        // the module, such as kla-rules-2022's.
        assertTrue(RulePacks.discover().all().isEmpty());
    }

    @Test
    void discoversFromTheBootLayerLikeFromTheClassLoader() {
        ModuleLayer layer = RulePacks.class.getModule().getLayer();

        assertTrue(RulePacks.discover(layer).all().isEmpty());
    }
}
