package io.github.layakanak.kla.rules.y2011;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.scoring.IndicatorScore;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.pack.RankCondition;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.plan.Plan;
import io.github.layakanak.kla.scoring.plan.PlanRequest;
import io.github.layakanak.kla.scoring.plan.Planner;
import io.github.layakanak.kla.testkit.GoldenCase;
import io.github.layakanak.kla.testkit.GoldenCases;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The era's component conditions: a district in the Utama band by its points but with 18 components at 70% of
 * their maximum is Pratama; the planner's way to Madya brings 21 components there, and switching the conditions off
 * gives the rank of the points alone.
 */
class ComponentConditionsTest {

    private static final RulePack PACK = new Kla2011().rulePack();
    private static final GoldenCase HELD = GoldenCases.load(Path.of("src/test/resources/cases")).stream()
            .filter(c -> c.name().startsWith("805.00")).findFirst().orElseThrow();

    @Test
    void declaresThreeConditionsOnSharingSeventyPercent() {
        assertEquals(3, PACK.rankConditions().size());
        for (RankCondition condition : PACK.rankConditions()) {
            RankCondition.IndicatorsReaching reaching = (RankCondition.IndicatorsReaching) condition;
            assertTrue(reaching.enabled(), reaching.id());
            assertEquals(0, new BigDecimal("0.7").compareTo(reaching.fraction()), reaching.id());
        }
        assertEquals(Kla2011.COMPONENTS_FOR_MADYA, PACK.rankConditions().get(1).id());
    }

    @Test
    void planToMadyaBringsTwentyOneComponentsToSeventyPercent() {
        Plan plan = Planner.plan(ScoringEngine.check(PACK, HELD.submission()), PlanRequest.nextRank());

        assertEquals(Plan.Outcome.PLANNED, plan.outcome());
        assertEquals(Rank.MADYA, plan.target());
        assertEquals(Rank.MADYA, plan.rank(), "rank after the steps, scored again");
        assertEquals(Rank.MADYA, plan.steps().get(plan.steps().size() - 1).rank(), "the last step's rank");
        ScoreCard after = ScoringEngine.score(PACK, plan.applied().orElseThrow());
        long reached = after.indicators().stream().filter(ComponentConditionsTest::atSeventyPercent).count();
        assertTrue(reached >= 21, "components at 70%: " + reached);
        assertEquals(3, plan.steps().size(), "three half-scored components brought up: " + plan.steps());
    }

    @Test
    void theRankOfThePointsAloneWithTheConditionsOff() {
        RulePack pointsOnly = PACK.withRankCondition(Kla2011.COMPONENTS_FOR_PRATAMA, false)
                .withRankCondition(Kla2011.COMPONENTS_FOR_MADYA, false)
                .withRankCondition(Kla2011.COMPONENTS_FOR_NINDYA, false);

        assertEquals(Rank.PRATAMA, ScoringEngine.score(PACK, HELD.submission()).rank());
        assertEquals(Rank.UTAMA, ScoringEngine.score(pointsOnly, HELD.submission()).rank());
    }

    private static boolean atSeventyPercent(IndicatorScore score) {
        return score.points().compareTo(score.max().multiply(new BigDecimal("0.7"))) >= 0;
    }
}
