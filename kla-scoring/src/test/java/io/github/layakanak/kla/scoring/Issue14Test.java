package io.github.layakanak.kla.scoring;

import static io.github.layakanak.kla.scoring.TestPacks.n;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.QuestionAnswer;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.plan.Effort;
import io.github.layakanak.kla.scoring.plan.Plan;
import io.github.layakanak.kla.scoring.plan.PlanExplainer;
import io.github.layakanak.kla.scoring.plan.PlanRequest;
import io.github.layakanak.kla.scoring.plan.Planner;
import io.github.layakanak.kla.scoring.plan.Step;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Issue 14: numbers in the words are written as each language writes them, {@code 22,50} and {@code 22.50}. */
class Issue14Test {

    private static final Locale ID = Locale.forLanguageTag("id");
    /** A decimal point between digits; the test pack's region code (21.71) is never in an explanation. */
    private static final Pattern DECIMAL_POINT = Pattern.compile("\\d\\.\\d");

    private final RulePack pack = TestPacks.pack();

    private ScoreCard halfway() {
        return ScoringEngine.score(pack, Districts.perfect(Stage.FINAL).withAnswers(answers()));
    }

    /** The perfect answers, but the regulation's limited by its evidence and a verifier's award below the top. */
    private static List<Answer> answers() {
        List<Answer> answers = new ArrayList<>();
        for (Answer a : Districts.perfectAnswers()) {
            if (a.indicator().equals("child-marriage")) {
                answers.add(Answer.of("child-marriage", new IndicatorValue.Percentage(n("3.5"),
                        Optional.of(n("4.25"))), a.evidence()));
            } else if (a.indicator().equals("task-force")) {
                answers.add(Answer.of("task-force", new IndicatorValue.Composite(java.util.Map.of("budget",
                        new IndicatorValue.Budget(true, false))), a.evidence()));
            } else if (a.indicator().equals("forum")) {
                answers.add(new Answer("forum", Optional.empty(), List.of(), List.of(QuestionAnswer.awarded("1",
                        n("7.25"))), Optional.empty()));
            } else {
                answers.add(a);
            }
        }
        return answers;
    }

    @Test
    void indonesianWordsWriteADecimalCommaAndEnglishADecimalPoint() {
        ScoreCard card = halfway();
        Explainer indonesian = Explainer.of(pack, ID);
        Explainer english = Explainer.of(pack, Locale.ENGLISH);
        IndicatorScore marriage = card.findIndicator("child-marriage").orElseThrow();
        assertEquals("3,5% (tahun sebelumnya 4,25%)", indonesian.value(marriage.value().orElseThrow()));
        assertEquals("3.5% (previous year 4.25%)", english.value(marriage.value().orElseThrow()));

        IndicatorScore taskForce = card.findIndicator("task-force").orElseThrow();
        assertEquals("fungsi: tidak diisi (0 × 0,5); anggaran: satu sumber anggaran (0,66 × 0,5): 0,33 × 20 = 6,60 "
                + "poin", indonesian.indicator(taskForce));
        assertEquals("functioning: not given (0 × 0.5); budget: one budget source (0.66 × 0.5): 0.33 × 20 = 6.60 "
                + "points", english.indicator(taskForce));

        IndicatorScore forum = card.findIndicator("forum").orElseThrow();
        assertTrue(indonesian.question(forum, forum.questions().get(0)).contains("7,25 dari "),
                indonesian.question(forum, forum.questions().get(0)));
        assertTrue(english.question(forum, forum.questions().get(0)).contains("7.25 of "),
                english.question(forum, forum.questions().get(0)));
    }

    @Test
    void noIndonesianExplanationWritesADecimalPoint() {
        ScoreCard card = halfway();
        Explainer indonesian = Explainer.of(pack, ID);
        List<String> all = new ArrayList<>(indonesian.explain(card).indicators().values());
        all.addAll(indonesian.explain(card).deficiencies());
        card.losses().forEach(loss -> all.add(indonesian.loss(loss)));
        for (IndicatorScore score : card.indicators()) {
            score.value().ifPresent(v -> all.add(indonesian.value(v)));
            score.questions().forEach(q -> all.add(indonesian.question(score, q)));
        }
        assertTrue(all.stream().anyMatch(w -> w.matches(".*\\d,\\d.*")), all::toString);
        for (String words : all) {
            assertFalse(DECIMAL_POINT.matcher(words).find(), "a decimal point in Indonesian: " + words);
        }
    }

    @Test
    void plansWriteTheirPointsAndEffortsAsTheLanguageWritesThem() {
        CheckedSubmission checked = ScoringEngine.check(pack, Districts.perfect(Stage.SELF_ASSESSMENT)
                .withAnswers(answers()));
        Effort effort = Effort.steps();
        for (Step.Kind kind : Step.Kind.values()) {
            effort = effort.with(kind, new BigDecimal("2.5"));
        }
        PlanRequest request = PlanRequest.nextRank().target(io.github.layakanak.kla.model.Rank.KLA).effort(effort);
        Plan plan = Planner.plan(checked, request);
        assertFalse(plan.steps().isEmpty(), plan::toString);
        String indonesian = String.join("\n", PlanExplainer.of(pack, ID).lines(plan, request));
        String english = String.join("\n", PlanExplainer.of(pack, Locale.ENGLISH).lines(plan, request));
        String needed = plan.needed().setScale(Math.max(2, plan.needed().scale())).toPlainString();
        assertTrue(indonesian.contains(needed.replace('.', ',')), indonesian);
        assertTrue(english.contains(needed), english);
        assertFalse(DECIMAL_POINT.matcher(indonesian.replace("21.71", "")).find(), indonesian);
        String spent = plan.effort().stripTrailingZeros().toPlainString();
        assertTrue(spent.contains("."), "the effort has decimals: " + spent);
        assertTrue(indonesian.contains(spent.replace('.', ',')), indonesian);
        assertTrue(english.contains(spent), english);
    }
}
