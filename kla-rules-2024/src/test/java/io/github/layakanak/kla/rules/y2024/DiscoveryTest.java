package io.github.layakanak.kla.rules.y2024;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.layakanak.kla.scoring.RulePackNotFoundException;
import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.spi.RulePackProvider;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Discovery by year. Surefire runs this class twice: on the module path (the default run, where the tests are
 * patched into the named module and {@link java.util.ServiceLoader} finds the pack through {@code provides}),
 * and on the class path (the {@code discovery-on-the-class-path} execution in the pom, where
 * {@code META-INF/services} finds it). The system property {@code kla.expectedPath} says which run this is, so
 * each run proves it ran where it claims. kla-rules-2022 is a test dependency of this module (for
 * {@link PacksLineUpTest}), so discovery finds both packs, each by its own year.
 */
class DiscoveryTest {

    @Test
    void runsWhereTheSurefireExecutionSays() {
        String expected = System.getProperty("kla.expectedPath", "module");
        assertEquals(expected, Kla2024.class.getModule().isNamed() ? "module" : "class");
    }

    @Test
    void findsThePackByTheYear2024() {
        RulePacks packs = RulePacks.discover();

        assertEquals(Kla2024.PACK_ID, packs.forYear(Kla2024.YEAR).id());
        assertEquals(List.of(2024), packs.forYear(2024).years());
    }

    @Test
    void declaresTheIdAndYearsOfThePackItProvides() {
        RulePack pack = new Kla2024().rulePack();

        assertEquals(Optional.of(new RulePackProvider.Declaration(pack.id(), pack.years())),
                new Kla2024().declaration());
    }

    @Test
    void findsThePackByItsIdBesideThe2022Pack() {
        RulePacks packs = RulePacks.discover();

        assertEquals(List.of(2024), packs.get(Kla2024.PACK_ID).years());
        assertEquals(List.of("kla-2022", "kla-2024"), packs.all().stream().map(RulePack::id).sorted().toList());
        assertEquals("kla-2022", packs.forYear(2022).id());
    }

    @Test
    void tellsAnAppAskingFor2023ThatNoPackGovernsThatYear() {
        RulePacks packs = RulePacks.discover();

        RulePackNotFoundException e = assertThrows(RulePackNotFoundException.class, () -> packs.forYear(2023));

        assertEquals("No rule pack for year [2023]; available: [2022, 2024]. Add the kla-rules-2023 artifact or "
                + "register a pack with RulePacks.of(...)", e.getMessage());
    }
}
