package io.github.layakanak.kla.testkit;

import static io.github.layakanak.kla.testkit.ScoreCardAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.validation.SubmissionValidator;
import io.github.layakanak.kla.scoring.ScoringEngine;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetsTest {

    private final Targets targets = Targets.of(TestkitPacks.PACK);

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"0.00, NONE", "99.99, NONE", "100.00, PRATAMA", "120.00, PRATAMA", "120.01, MADYA", "140.00, MADYA",
            "160.00, NINDYA", "180.00, UTAMA", "200.00, KLA"})
    void buildsASubmissionThatScoresExactlyTheTotal(String total, Rank rank) {
        Submission submission = targets.exactly(new BigDecimal(total));

        assertThat(ScoringEngine.score(TestkitPacks.PACK, submission)).hasTotal(total).hasRank(rank);
        assertEquals(List.of(), SubmissionValidator.create().validate(submission));
        assertEquals(TestkitPacks.PACK.indicators().size(), submission.answers().size());
    }

    @Test
    void scoresTheSameAtEveryStage() {
        Submission submission = targets.exactly(new BigDecimal("150.00"));

        for (Stage stage : Stage.values()) {
            assertThat(ScoringEngine.score(TestkitPacks.PACK, submission.withStage(stage))).hasTotal("150.00");
        }
    }

    @Test
    void findsTheNearestTotalOnEachSide() {
        BigDecimal above = targets.nearestTotal(new BigDecimal("120.00"), Targets.Side.ABOVE).orElseThrow();
        Submission justAbove = targets.nearest(new BigDecimal("120.00"), Targets.Side.ABOVE);

        assertEquals(new BigDecimal("120.01"), above);
        assertThat(ScoringEngine.score(TestkitPacks.PACK, justAbove)).hasTotal(above).hasRank(Rank.MADYA);
        assertEquals(Optional.of(new BigDecimal("199.90")),
                targets.nearestTotal(new BigDecimal("200.00"), Targets.Side.BELOW));
    }

    @Test
    void keepsAPinnedAnswerAndMakesUpTheRest() {
        Submission noPerda = targets.pinning(io.github.layakanak.kla.model.Answer.of("kla-regulation",
                io.github.layakanak.kla.model.IndicatorValue.document(
                        io.github.layakanak.kla.model.DocumentLevel.NONE), List.of()))
                .exactly(new BigDecimal("150.00"));

        assertThat(ScoringEngine.score(TestkitPacks.PACK, noPerda)).hasTotal("150.00")
                .hasIndicatorPoints("kla-regulation", "0.00");
    }

    @Test
    void saysClearlyWhenATotalCannotBeProduced() {
        IllegalArgumentException exact = assertThrows(IllegalArgumentException.class,
                () -> targets.exactly(new BigDecimal("200.01")));
        IllegalArgumentException above = assertThrows(IllegalArgumentException.class,
                () -> targets.nearest(new BigDecimal("200.00"), Targets.Side.ABOVE));

        assertEquals("pack [testkit-2030] cannot produce a total of exactly [200.01]; the nearest it can produce are "
                + "[200.00] below and none above", exact.getMessage());
        assertEquals("pack [testkit-2030] can produce no total above [200.00]; its totals run from 0 to 200",
                above.getMessage());
    }
}
