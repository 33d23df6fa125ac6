package io.github.layakanak.kla.rules.y2022;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.scoring.Deficiency;
import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoreComparison;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.testkit.GoldenCase;
import io.github.layakanak.kla.testkit.GoldenCases;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Garut-style stage drop of the golden cases, seen through the engine's comparison of two scorecards. */
class StageDropTest {

    private static final RulePacks PACKS = RulePacks.of(new Kla2022().rulePack());

    @Test
    void dropsFromUtamaToMadyaWhenFieldVerificationFindsDocumentsWithoutLegality() throws Exception {
        ScoreCard self = score("17-stage-drop-self-assessment.json");
        ScoreCard field = score("18-stage-drop-field-verification.json");

        ScoreComparison comparison = ScoringEngine.compare(self, field);

        assertEquals(Rank.UTAMA, self.rank());
        assertEquals(Rank.MADYA, field.rank());
        assertEquals(new BigDecimal("-174.25"), comparison.change());
        assertEquals(new BigDecimal("174.25"), field.deficiencies().stream()
                .map(Deficiency::cost).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(List.of("special-protection-victims", "child-marriage", "community-involvement",
                "birth-certificates", "violence-exploitation-victims"),
                comparison.indicators().stream().map(ScoreComparison.IndicatorChange::indicator).toList());
        comparison.indicators().forEach(change -> assertEquals(1, change.reasons().size(), change.indicator()));
    }

    private static ScoreCard score(String file) throws Exception {
        Path path = Path.of("src/test/resources/cases", file);
        GoldenCase golden = GoldenCases.parse(Files.readString(path), file);
        return golden.score(PACKS);
    }
}
