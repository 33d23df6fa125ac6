package io.github.layakanak.kla.rules.y2024;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.QuestionAnswer;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.validation.Violation;
import io.github.layakanak.kla.samples.Samples;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.ScoringException;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: a 400% answer to a proportional question escaped the engine as a bare IllegalArgumentException. It is
 * refused now, with the question's pointer.
 */
class Issue11Test {

    private static final RulePack PACK = new Kla2024().rulePack();

    @Test
    void refusesFourHundredPercentForAProportionalQuestion() {
        Submission batam = Samples.get("batam-2024");
        List<Answer> answers = new ArrayList<>(batam.answers());
        answers.removeIf(a -> a.indicator().equals("nutrition"));
        answers.add(new Answer("nutrition", Optional.empty(), List.of(), List.of(new QuestionAnswer("1",
                Optional.empty(), Optional.of(IndicatorValue.percent("400")), Optional.empty(), List.of())),
                Optional.empty()));

        ScoringException e = assertThrows(ScoringException.class,
                () -> ScoringEngine.score(PACK, batam.withAnswers(answers)));

        assertEquals(List.of("/answers/" + (answers.size() - 1) + "/questions/0/value/percent"),
                e.violations().stream().map(Violation::pointer).toList());
    }
}
