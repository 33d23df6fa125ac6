package io.github.layakanak.kla.rules.y2022;

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
 * each run proves it ran where it claims.
 */
class DiscoveryTest {

    @Test
    void runsWhereTheSurefireExecutionSays() {
        String expected = System.getProperty("kla.expectedPath", "module");
        assertEquals(expected, Kla2022.class.getModule().isNamed() ? "module" : "class");
    }

    @Test
    void findsThePackByTheYear2022() {
        RulePacks packs = RulePacks.discover();

        assertEquals(Kla2022.PACK_ID, packs.forYear(Kla2022.YEAR).id());
        assertEquals(List.of(2022), packs.forYear(2022).years());
        assertEquals(1, packs.all().size());
    }

    @Test
    void declaresTheIdAndYearsOfThePackItProvides() {
        RulePack pack = new Kla2022().rulePack();

        assertEquals(Optional.of(new RulePackProvider.Declaration(pack.id(), pack.years())),
                new Kla2022().declaration());
    }

    @Test
    void findsThePackByItsId() {
        assertEquals(List.of(2022), RulePacks.discover().get(Kla2022.PACK_ID).years());
    }

    @Test
    void tellsAnAppAskingFor2019ThatNoPackGovernsThatYear() {
        RulePacks packs = RulePacks.discover();

        RulePackNotFoundException e = assertThrows(RulePackNotFoundException.class, () -> packs.forYear(2019));

        assertEquals("No rule pack for year [2019]; available: [2022]. Add the kla-rules-2019 artifact or register "
                + "a pack with RulePacks.of(...)", e.getMessage());
    }
}
