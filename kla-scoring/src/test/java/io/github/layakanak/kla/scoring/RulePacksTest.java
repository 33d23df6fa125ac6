package io.github.layakanak.kla.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.spi.PackFiles;
import io.github.layakanak.kla.scoring.spi.RulePackProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
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
    void loadsADeclaredPackOnlyWhenItIsFirstAskedFor() {
        Counting later = new Counting(KLA_2025, new RulePackProvider.Declaration("kla-2025", List.of(2025)));
        RulePacks packs = RulePacks.collect(providers(new Counting(KLA_2022, null), later));

        assertEquals("RulePacks[kla-2022 [2022], kla-2025 [2025]]", packs.toString());
        assertEquals(Optional.empty(), packs.findForYear(2024));
        assertSame(KLA_2022, packs.forYear(2022));
        assertEquals(0, later.calls.get());
        assertSame(KLA_2025, packs.forYear(2025));
        assertSame(KLA_2025, packs.get("kla-2025"));
        assertEquals(List.of(KLA_2022, KLA_2025), packs.all());
        assertEquals(1, later.calls.get());
    }

    @Test
    void refusesTwoProvidersDeclaringOneYearWithoutLoadingEither() {
        Counting first = new Counting(KLA_2025, new RulePackProvider.Declaration("kla-2025", List.of(2025)));
        Counting second = new Counting(KLA_2025, new RulePackProvider.Declaration("other-2025", List.of(2025)));

        RulePackConflictException e = assertThrows(RulePackConflictException.class,
                () -> RulePacks.collect(providers(first, second)));

        assertTrue(e.getMessage().contains("both claim year [2025]"), e.getMessage());
        assertEquals(0, first.calls.get() + second.calls.get());
    }

    @Test
    void failsTheRequestForAPackThatIsNotWhatItsProviderDeclared() {
        Counting wrong = new Counting(KLA_2025, new RulePackProvider.Declaration("kla-2025", List.of(2026)));
        RulePacks packs = RulePacks.collect(providers(wrong));

        RulePackException e = assertThrows(RulePackException.class, () -> packs.forYear(2026));

        assertEquals("kla-2025", e.pack());
        assertEquals(List.of("/: provider 0 declares pack [kla-2025] for years [2026], but its pack is [kla-2025] "
                + "for years [2025]"), e.problems());
        assertThrows(RulePackException.class, packs::all);
        assertEquals(1, wrong.calls.get());
    }

    /** A provider that counts how often it is asked for its pack. */
    private static final class Counting implements RulePackProvider {

        final AtomicInteger calls = new AtomicInteger();
        private final RulePack pack;
        private final Optional<Declaration> declaration;

        Counting(RulePack pack, Declaration declaration) {
            this.pack = pack;
            this.declaration = Optional.ofNullable(declaration);
        }

        @Override
        public RulePack rulePack() {
            calls.incrementAndGet();
            return pack;
        }

        @Override
        public Optional<Declaration> declaration() {
            return declaration;
        }
    }

    private static Map<String, RulePackProvider> providers(RulePackProvider... providers) {
        Map<String, RulePackProvider> byOrigin = new LinkedHashMap<>();
        for (RulePackProvider provider : providers) {
            byOrigin.put("provider " + byOrigin.size(), provider);
        }
        return byOrigin;
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
