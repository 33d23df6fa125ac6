package io.github.layakanak.kla.testkit;

import static io.github.layakanak.kla.testkit.ScoreCardAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ScoreCardAssertTest {

    private final ScoreCard card = ScoringEngine.score(TestkitPacks.PACK,
            Targets.of(TestkitPacks.PACK).exactly(new BigDecimal("130.00")));

    @Test
    void passesWhenTheScorecardSaysSo() {
        assertThat(card).hasRank(Rank.MADYA).hasTotal("130.00").hasTotal("130").proceedsPastGate(true);
    }

    @Test
    void failsWithExpectedAndActualForTheIdesDiff() {
        AssertionFailedError rank = assertThrows(AssertionFailedError.class, () -> assertThat(card).hasRank(Rank.UTAMA));
        AssertionFailedError total = assertThrows(AssertionFailedError.class, () -> assertThat(card).hasTotal("131.00"));

        assertEquals(Rank.UTAMA, rank.getExpected().getValue());
        assertEquals(Rank.MADYA, rank.getActual().getValue());
        assertEquals("131.00", total.getExpected().getValue());
        assertEquals("130.00", total.getActual().getValue());
    }

    @Test
    void knowsWhichIndicatorsLosePoints() {
        ScoreCard empty = ScoringEngine.score(TestkitPacks.PACK, Targets.of(TestkitPacks.PACK).exactly(BigDecimal.ZERO)
                .withAnswers(java.util.List.of()));

        assertThat(empty).losesPointsFor("nutrition").hasIndicatorPoints("nutrition", "0.00");
        assertThrows(AssertionFailedError.class, () -> assertThat(empty).losesNoPoints());
        AssertionFailedError unknown = assertThrows(AssertionFailedError.class,
                () -> assertThat(empty).losesPointsFor("no-such-indicator"));
        assertEquals("pack [testkit-2030] does not score indicator [no-such-indicator]", unknown.getMessage());
    }
}
