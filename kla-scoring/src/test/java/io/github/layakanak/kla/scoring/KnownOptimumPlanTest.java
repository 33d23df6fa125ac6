package io.github.layakanak.kla.scoring;

import static io.github.layakanak.kla.scoring.TestPacks.n;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.DocumentLevel;
import io.github.layakanak.kla.model.FunctioningLevel;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.scoring.plan.Effort;
import io.github.layakanak.kla.scoring.plan.Plan;
import io.github.layakanak.kla.scoring.plan.PlanRequest;
import io.github.layakanak.kla.scoring.plan.Planner;
import io.github.layakanak.kla.scoring.plan.Step;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A district whose cheapest way to the next rank is known, and where taking the best gain per effort first is
 * dearer. At 83.60 (Utama) it needs +6.41 for KLA (90.01). Three improvements are open:
 *
 * <pre>
 * A  the regulation from Perkada/SK to Perda (a valid Perda is attached already)  +8.00  effort 3.5
 * B  the task force from functioning in part to functioning fully                  +5.00  effort 2
 * C  its budget from one source to both                                            +3.40  effort 2
 * </pre>
 *
 * B has the best gain per effort (2.5), then A (2.29), then C (1.7): taking the best first takes B, then A, effort
 * 5.5. A alone is enough, effort 3.5; B and C together reach too, at effort 4.
 */
class KnownOptimumPlanTest {

    private static Submission district() {
        Submission perfect = Districts.perfect(Stage.ADMINISTRATIVE_VERIFICATION);
        return perfect.withAnswers(perfect.answers().stream().map(a -> switch (a.indicator()) {
            case "regulation" -> new Answer(a.indicator(), Optional.of(IndicatorValue.document(
                    DocumentLevel.PERKADA_OR_SK)), a.evidence(), a.questions(), a.statedPoints());
            case "task-force" -> Answer.of(a.indicator(), new IndicatorValue.Composite(Map.of(
                    "functioning", IndicatorValue.functioning(FunctioningLevel.PARTIAL),
                    "budget", new IndicatorValue.Budget(true, false))), a.evidence());
            default -> a;
        }).toList());
    }

    private static final Effort EFFORT = Effort.steps().with(Step.Kind.RUNG_UP, n("2"))
            .with("regulation", Step.Kind.RUNG_UP, n("3.5"));

    @Test
    void takesTheOneDearerStepThatIsEnoughOverTheTwoCheapestGainsFirst() {
        CheckedSubmission checked = ScoringEngine.check(TestPacks.pack(), district());
        assertEquals(n("83.60"), ScoringEngine.score(checked).total());

        Plan plan = Planner.plan(checked, PlanRequest.nextRank().effort(EFFORT));

        assertEquals(Plan.Outcome.PLANNED, plan.outcome());
        assertEquals(Rank.KLA, plan.target());
        assertEquals(n("90.01"), plan.needed());
        assertEquals(n("3.5"), plan.effort());
        assertEquals(List.of("regulation"), plan.steps().stream().map(Step::indicator).toList());
        assertEquals("PERDA", plan.steps().get(0).to().orElseThrow().id());
        assertEquals(n("91.60"), plan.reached());
        assertEquals(Rank.KLA, plan.rank());
    }

    @Test
    void withEveryStepOfOneEffortTakesTheFewestSteps() {
        Plan plan = Planner.plan(ScoringEngine.check(TestPacks.pack(), district()), PlanRequest.nextRank());

        assertEquals(1, plan.steps().size(), plan.steps().toString());
        assertEquals(n("1"), plan.effort());
    }

    @Test
    void withTheRegulationDearerStillTakesTheTwoTaskForceSteps() {
        Plan plan = Planner.plan(ScoringEngine.check(TestPacks.pack(), district()), PlanRequest.nextRank()
                .effort(EFFORT.with("regulation", Step.Kind.RUNG_UP, n("4.5"))));

        assertEquals(n("4"), plan.effort());
        assertEquals(List.of("task-force", "task-force"), plan.steps().stream().map(Step::indicator).toList());
        assertEquals(n("92.00"), plan.reached());
    }
}
