package io.github.layakanak.consumers.jpms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.json.JsonFormatException;
import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.samples.Samples;
import io.github.layakanak.kla.samples.Samples.Sample;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The app on the module path: kla's modules resolve by name and the packs are found as services. */
class ScoreFileTest {

    static List<Sample> samples() {
        return Samples.all();
    }

    @Test
    void runsOnTheModulePath() {
        assertEquals("io.github.layakanak.consumers.jpms", ScoreFile.class.getModule().getName());
        assertEquals("io.github.layakanak.kla.scoring", RulePacks.class.getModule().getName());
        assertTrue(ScoreFile.class.getModule().canRead(RulePacks.class.getModule()));
    }

    @Test
    void findsBothPacksAsServices() {
        assertEquals(List.of(2022, 2024), RulePacks.discover().years());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void scoresEverySampleAsItsGoldenData(Sample sample) {
        ScoreCard card = ScoreFile.score(sample.json());
        assertEquals(sample.pack(), card.packId());
        assertEquals(sample.expectedRank(), card.rank());
        assertEquals(0, sample.expectedTotal().compareTo(card.total()), () -> "total " + card.total());
    }

    @Test
    void refusesAnUnknownFieldWithItsPointer() {
        String json = Samples.find("batam").orElseThrow().json().replaceFirst("\\{", "{\"colour\": \"red\", ");
        assertEquals("/colour", assertThrows(JsonFormatException.class, () -> ScoreFile.score(json)).pointer());
    }
}
