package io.github.layakanak.kla.rules.y2022;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.Evidence;
import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.Verification;
import io.github.layakanak.kla.model.validation.Violation;
import io.github.layakanak.kla.samples.Samples;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.ScoringException;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: the engine scored inadmissible submissions without a word. Each is now refused with a
 * {@link ScoringException} naming the field at its JSON pointer.
 */
class Issue11Test {

    private static final RulePack PACK = new Kla2022().rulePack();

    private static Submission batamWith(String indicator, UnaryOperator<Answer> change) {
        Submission batam = Samples.get("batam");
        List<Answer> answers = new ArrayList<>();
        for (Answer answer : batam.answers()) {
            answers.add(answer.indicator().equals(indicator) ? change.apply(answer) : answer);
        }
        return batam.withAnswers(answers);
    }

    private static int indexOf(Submission submission, String indicator) {
        for (int i = 0; i < submission.answers().size(); i++) {
            if (submission.answers().get(i).indicator().equals(indicator)) {
                return i;
            }
        }
        throw new AssertionError(indicator);
    }

    private static List<String> refusal(Submission submission) {
        return assertThrows(ScoringException.class, () -> ScoringEngine.score(PACK, submission)).violations()
                .stream().map(Violation::pointer).toList();
    }

    @Test
    void refusesFourHundredPercentInsideACompositeItem() {
        Submission submission = batamWith("kla-institution", a -> {
            IndicatorValue.Composite value = (IndicatorValue.Composite) a.value().orElseThrow();
            Map<String, IndicatorValue> items = new java.util.TreeMap<>(value.items());
            items.put("child-friendly-villages", IndicatorValue.percent("400"));
            return new Answer(a.indicator(), Optional.of(new IndicatorValue.Composite(items)), a.evidence(),
                    a.questions(), a.statedPoints());
        });

        assertEquals(List.of("/answers/" + indexOf(submission, "kla-institution")
                + "/value/items/child-friendly-villages/percent"), refusal(submission));
    }

    @Test
    void refusesANegativeCount() {
        Submission submission = batamWith("community-involvement", a -> new Answer(a.indicator(),
                Optional.of(IndicatorValue.count(-3)), a.evidence(), a.questions(), a.statedPoints()));

        assertEquals(List.of("/answers/" + indexOf(submission, "community-involvement") + "/value/count"),
                refusal(submission));
    }

    @Test
    void refusesARegulationFoundValidWithoutItsNumberAndDate() {
        Evidence withoutLegality = new Evidence(EvidenceType.PERDA, "Perda KLA tanpa nomor", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Map.of(Stage.ADMINISTRATIVE_VERIFICATION, Verification.VALID));
        Submission submission = batamWith("kla-regulation", a -> a.withEvidence(List.of(withoutLegality)));

        assertEquals(List.of("/answers/" + indexOf(submission, "kla-regulation")
                + "/evidence/0/verification/ADMINISTRATIVE_VERIFICATION/status"), refusal(submission));
    }

    @Test
    void refusesAValueOfAKindTheIndicatorDoesNotMeasure() {
        Submission submission = batamWith("birth-certificates", a -> new Answer(a.indicator(),
                Optional.of(IndicatorValue.count(97)), a.evidence(), a.questions(), a.statedPoints()));

        assertEquals(List.of("/answers/" + indexOf(submission, "birth-certificates") + "/value/kind"),
                refusal(submission));
    }

    @Test
    void stillScoresTheSampleAsPublished() {
        assertEquals(0, new BigDecimal("745.00").compareTo(ScoringEngine.score(PACK, Samples.get("batam")).total()));
    }
}
