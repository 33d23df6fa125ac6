package io.github.layakanak.kla.scoring.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.Direction;
import io.github.layakanak.kla.model.DocumentLevel;
import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.Indicator;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.Measurement;
import io.github.layakanak.kla.model.MeasurementKind;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.RegionEdition;
import io.github.layakanak.kla.model.RegionRegistry;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.VerificationStatus;
import io.github.layakanak.kla.scoring.CheckedSubmission;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.pack.Gate;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.Message;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.Quantity;
import io.github.layakanak.kla.scoring.pack.RankBands;
import io.github.layakanak.kla.scoring.pack.RankCondition;
import io.github.layakanak.kla.scoring.pack.Round;
import io.github.layakanak.kla.scoring.pack.Rounding;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.pack.SectionRule;
import io.github.layakanak.kla.scoring.pack.StageRules;
import io.github.layakanak.kla.scoring.rubric.DocumentLadder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A rank condition that needs a weaker document than the one an answer needs (the property test's seed
 * 4913916449543567687, built by hand): one indicator of 15 points, a Perda claimed with no document, evidence
 * required, and a condition for Madya needing a circular on it. The bands award no Pratama and no Madya, so a
 * district held below Madya has no rank; the circular alone supports only the circular's rung, so the plan needs
 * the Perda too, and when the indicator accepts only circulars the condition is named as what stands in the way.
 */
class RankConditionPlanTest {

    private static final Provenance STAND_IN = Provenance.hypothetical("test stand-in");
    private static final String CONDITION = "circular-for-madya";

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    /** The pack, its indicator accepting the given types (none: every type) and rated by the given ladder. */
    private static RulePack pack(Set<EvidenceType> accepted, Map<DocumentLevel, BigDecimal> ladder) {
        Indicator indicator = new Indicator("regulation", "1", Cluster.KLASTER_IV, "regulation", "regulation",
                new Measurement(MeasurementKind.DOCUMENT_LEVEL, Direction.HIGHER_IS_BETTER, ""), accepted, List.of());
        IndicatorRule rule = new IndicatorRule(indicator, new Quantity(n("15"), STAND_IN),
                Optional.of(new DocumentLadder(ladder, STAND_IN)), List.of(), Optional.empty(), true);
        Map<Stage, Set<VerificationStatus>> counting = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            counting.put(stage, Set.of(VerificationStatus.VALID));
        }
        return RulePack.builder("condition-2030")
                .years(List.of(2030))
                .name(new Message.Text("Paket uji 2030", "Test pack 2030"))
                .round(new Round(2030, 2029, 2030, List.of(), STAND_IN))
                .regionEdition(RegionEdition.KEMENDAGRI_2025)
                .totalMax(new Quantity(n("15"), STAND_IN))
                .rounding(new Rounding(0, RoundingMode.HALF_UP, Rounding.Point.TOTAL, STAND_IN))
                .sections(List.of(new SectionRule(Cluster.KLASTER_IV, new Quantity(n("15"), STAND_IN))))
                .indicators(List.of(rule))
                .bands(new RankBands(List.of(
                        new RankBands.Band(Rank.NONE, n("0"), true),
                        new RankBands.Band(Rank.NINDYA, n("6"), true),
                        new RankBands.Band(Rank.UTAMA, n("9"), false),
                        new RankBands.Band(Rank.KLA, n("10"), false)), "generated", STAND_IN))
                .stageRules(new StageRules(counting, STAND_IN))
                .gate(Optional.of(new Gate(Stage.FIELD_VERIFICATION, new Quantity(n("1"), STAND_IN), false)))
                .rankConditions(List.of(new RankCondition.EvidenceOfType(CONDITION, Rank.MADYA, "regulation", EvidenceType.CIRCULAR,
                        true, STAND_IN)))
                .build();
    }

    /** The generated pack's ladder: no document rates higher than a circular. */
    private static final Map<DocumentLevel, BigDecimal> UNEVEN = Map.of(DocumentLevel.NONE, n("0.88"),
            DocumentLevel.DRAFT, n("0.53"), DocumentLevel.INSTRUCTION_OR_CIRCULAR, n("0.29"),
            DocumentLevel.PERKADA_OR_SK, n("0.80"), DocumentLevel.PERDA, n("1"));
    /** A ladder as the shipped packs have: each level above rates higher. */
    private static final Map<DocumentLevel, BigDecimal> EVEN = Map.of(DocumentLevel.NONE, n("0"),
            DocumentLevel.DRAFT, n("0.2"), DocumentLevel.INSTRUCTION_OR_CIRCULAR, n("0.4"),
            DocumentLevel.PERKADA_OR_SK, n("0.6"), DocumentLevel.PERDA, n("1"));

    /** A Perda claimed, no document attached, at the administrative verification. */
    private static CheckedSubmission district(RulePack pack) {
        Submission submission = new Submission(RegionRegistry.of(RegionEdition.KEMENDAGRI_2025).get("21.71"), 2030,
                Stage.ADMINISTRATIVE_VERIFICATION, LocalDate.of(2030, 3, 1),
                List.of(Answer.of("regulation", IndicatorValue.document(DocumentLevel.PERDA), List.of())), Map.of());
        return ScoringEngine.check(pack, submission);
    }

    @Test
    void aDistrictHeldBelowARankThePackDoesNotAwardKeepsTheHighestAwardedBelow() {
        RulePack pack = pack(Set.of(), UNEVEN);
        ScoreCard card = ScoringEngine.score(district(pack));

        assertEquals(n("13"), card.total());
        assertEquals(Rank.NONE, card.rank(), "held below Madya, with no Pratama awarded: " + card.conditions());
        assertEquals(Rank.NONE, pack.bands().highestBelow(Rank.MADYA));
        assertEquals(Rank.NINDYA, pack.bands().highestBelow(Rank.UTAMA));
        assertEquals(Rank.UTAMA, pack.bands().highestBelow(Rank.KLA));
    }

    @Test
    void plansTheConditionsDocumentWithTheStrongerOneTheAnswerNeeds() {
        CheckedSubmission checked = district(pack(Set.of(), UNEVEN));

        Plan plan = Planner.plan(checked, PlanRequest.nextRank().documentsOnly(true));

        assertEquals(Plan.Outcome.PLANNED, plan.outcome(), plan.toString());
        assertEquals(Rank.NINDYA, plan.target());
        assertEquals(List.of(Optional.of(EvidenceType.PERDA), Optional.of(EvidenceType.CIRCULAR)),
                plan.steps().stream().map(Step::added).toList());
        assertTrue(plan.steps().stream().allMatch(s -> s.gain().signum() >= 0), "no step loses points: " + plan);
        ScoreCard applied = ScoringEngine.score(checked.pack(), plan.applied().orElseThrow());
        assertEquals(n("15"), applied.total());
        assertEquals(Rank.KLA, applied.rank());
        assertEquals(applied.rank(), plan.rank());
    }

    @Test
    void plansBothDocumentsUnderAnEvenLadderToo() {
        CheckedSubmission checked = district(pack(Set.of(), EVEN));
        assertEquals(Rank.NONE, ScoringEngine.score(checked).rank());

        Plan plan = Planner.plan(checked, PlanRequest.nextRank().target(Rank.KLA));

        assertEquals(Plan.Outcome.PLANNED, plan.outcome(), plan.toString());
        assertEquals(n("15"), plan.reached());
        assertEquals(Rank.KLA, plan.rank());
        assertEquals(2, plan.steps().size(), plan.steps().toString());
    }

    @Test
    void namesTheConditionWhenItsDocumentCannotSupportTheTotalNeeded() {
        // Only circulars count for the indicator: meeting the condition leaves 0.29 of 15, 4, below Nindya's 6.
        CheckedSubmission checked = district(pack(Set.of(EvidenceType.CIRCULAR), UNEVEN));

        Plan plan = Planner.plan(checked, PlanRequest.nextRank());

        assertEquals(Plan.Outcome.UNREACHABLE, plan.outcome(), plan.toString());
        assertEquals(Rank.NINDYA, plan.target());
        assertEquals(List.of(CONDITION), plan.unmet());
    }
}
