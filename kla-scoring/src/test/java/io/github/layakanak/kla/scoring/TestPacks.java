package io.github.layakanak.kla.scoring;

import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.Direction;
import io.github.layakanak.kla.model.DocumentLevel;
import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.FunctioningLevel;
import io.github.layakanak.kla.model.Indicator;
import io.github.layakanak.kla.model.Measurement;
import io.github.layakanak.kla.model.MeasurementKind;
import io.github.layakanak.kla.model.Question;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.RegionEdition;
import io.github.layakanak.kla.model.Scope;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.VerificationStatus;
import io.github.layakanak.kla.scoring.pack.Gate;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.Message;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.Quantity;
import io.github.layakanak.kla.scoring.pack.QuestionRule;
import io.github.layakanak.kla.scoring.pack.RankBands;
import io.github.layakanak.kla.scoring.pack.RankCondition;
import io.github.layakanak.kla.scoring.pack.Round;
import io.github.layakanak.kla.scoring.pack.Rounding;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.pack.SectionRule;
import io.github.layakanak.kla.scoring.pack.StageRules;
import io.github.layakanak.kla.scoring.rubric.BudgetSources;
import io.github.layakanak.kla.scoring.rubric.Composite;
import io.github.layakanak.kla.scoring.rubric.CountThresholds;
import io.github.layakanak.kla.scoring.rubric.DocumentLadder;
import io.github.layakanak.kla.scoring.rubric.FunctioningLadder;
import io.github.layakanak.kla.scoring.rubric.Options;
import io.github.layakanak.kla.scoring.rubric.PercentBands;
import io.github.layakanak.kla.scoring.rubric.Proportional;
import io.github.layakanak.kla.scoring.rubric.TargetComparison;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small pack built in Java for the engine's tests, independent of the loader: 100 points in two sections.
 *
 * <pre>
 * KELEMBAGAAN 40: regulation 20 (document ladder), task-force 20 (composite: functioning 0.5, budget 0.5)
 * KLASTER_I   60: birth-certificates 20 (percent bands), child-marriage 10 (target 5%, lower is better),
 *                 forum 30 (questions: q1 options 12, q2 proportional 12, q3 count 10: 34 capped at 30)
 * bands: NONE 0, PRATAMA [50, 60], MADYA (60, 70], NINDYA (70, 80], UTAMA (80, 90], KLA (90, 100]
 * gate: above 50 after administrative verification; condition: PERDA on regulation for UTAMA (off)
 * </pre>
 */
public final class TestPacks {

    static final Provenance STAND_IN = Provenance.hypothetical("test stand-in");
    static final Provenance BANDS = Provenance.official("test bands");

    private TestPacks() {
    }

    static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    static Quantity q(String value) {
        return new Quantity(n(value), STAND_IN);
    }

    public static RulePack pack() {
        return RulePack.builder("test-2030")
                .years(List.of(2030))
                .name(new Message.Text("Paket uji 2030", "Test pack 2030"))
                .round(new Round(2030, 2029, 2030, List.of(), STAND_IN))
                .regionEdition(RegionEdition.KEMENDAGRI_2025)
                .totalMax(q("100"))
                .rounding(new Rounding(2, RoundingMode.HALF_UP, Rounding.Point.INDICATOR, STAND_IN))
                .sections(List.of(new SectionRule(Cluster.KELEMBAGAAN, q("40")),
                        new SectionRule(Cluster.KLASTER_I, q("60"))))
                .indicators(List.of(regulation(), taskForce(), birthCertificates(), childMarriage(), forum()))
                .bands(new RankBands(List.of(
                        new RankBands.Band(Rank.NONE, n("0"), true),
                        new RankBands.Band(Rank.PRATAMA, n("50"), true),
                        new RankBands.Band(Rank.MADYA, n("60"), false),
                        new RankBands.Band(Rank.NINDYA, n("70"), false),
                        new RankBands.Band(Rank.UTAMA, n("80"), false),
                        new RankBands.Band(Rank.KLA, n("90"), false)), "upper bound inclusive", BANDS))
                .stageRules(new StageRules(Map.of(
                        Stage.SELF_ASSESSMENT, Set.of(VerificationStatus.PENDING, VerificationStatus.VALID),
                        Stage.ADMINISTRATIVE_VERIFICATION, Set.of(VerificationStatus.VALID),
                        Stage.FIELD_VERIFICATION, Set.of(VerificationStatus.VALID),
                        Stage.FINAL, Set.of(VerificationStatus.VALID)), BANDS))
                .gate(Optional.of(new Gate(Stage.ADMINISTRATIVE_VERIFICATION, new Quantity(n("50"), BANDS), false)))
                .rankConditions(List.of(new RankCondition.EvidenceOfType("perda-for-utama", Rank.UTAMA, "regulation",
                        EvidenceType.PERDA, false, Provenance.hypothetical("unconfirmed"))))
                .build();
    }

    private static Indicator indicator(String id, String code, Cluster cluster, MeasurementKind kind,
            Direction direction, Set<EvidenceType> accepted, List<Question> questions) {
        return new Indicator(id, code, cluster, id, id, new Measurement(kind, direction, ""), accepted, questions);
    }

    private static IndicatorRule regulation() {
        return new IndicatorRule(indicator("regulation", "1", Cluster.KELEMBAGAAN, MeasurementKind.DOCUMENT_LEVEL,
                Direction.HIGHER_IS_BETTER, Set.of(EvidenceType.PERDA, EvidenceType.PERKADA, EvidenceType.SK,
                        EvidenceType.INSTRUCTION, EvidenceType.CIRCULAR, EvidenceType.OTHER), List.of()),
                q("20"), Optional.of(new DocumentLadder(Map.of(DocumentLevel.PERDA, n("1"),
                        DocumentLevel.PERKADA_OR_SK, n("0.6"), DocumentLevel.INSTRUCTION_OR_CIRCULAR, n("0.4"),
                        DocumentLevel.DRAFT, n("0.2"), DocumentLevel.NONE, n("0")), STAND_IN)),
                List.of(), Optional.empty(), true);
    }

    private static IndicatorRule taskForce() {
        Rubric functioning = new FunctioningLadder(Map.of(FunctioningLevel.FULL, n("1"),
                FunctioningLevel.PARTIAL, n("0.5"), FunctioningLevel.NONE, n("0")), STAND_IN);
        Rubric budget = new BudgetSources(n("1"), n("0.66"), n("0"), STAND_IN);
        return new IndicatorRule(indicator("task-force", "2", Cluster.KELEMBAGAAN, MeasurementKind.COMPOSITE,
                Direction.HIGHER_IS_BETTER, Set.of(EvidenceType.SK, EvidenceType.BUDGET_EXTRACT), List.of()),
                q("20"), Optional.of(new Composite(List.of(
                        new Composite.Item("functioning", n("0.5"), new Message.Text("fungsi", "functioning"),
                                functioning),
                        new Composite.Item("budget", n("0.5"), new Message.Text("anggaran", "budget"), budget)),
                        STAND_IN)),
                List.of(), Optional.empty(), true);
    }

    private static IndicatorRule birthCertificates() {
        return new IndicatorRule(indicator("birth-certificates", "4", Cluster.KLASTER_I, MeasurementKind.PERCENTAGE,
                Direction.HIGHER_IS_BETTER, Set.of(EvidenceType.REPORT), List.of()), q("20"),
                Optional.of(new PercentBands(Direction.HIGHER_IS_BETTER, List.of(
                        new PercentBands.Band(n("0"), n("0")),
                        new PercentBands.Band(n("25"), n("0.25")),
                        new PercentBands.Band(n("50"), n("0.5")),
                        new PercentBands.Band(n("75"), n("0.75")),
                        new PercentBands.Band(n("90"), n("1"))), STAND_IN)),
                List.of(), Optional.empty(), true);
    }

    private static IndicatorRule childMarriage() {
        return new IndicatorRule(indicator("child-marriage", "7", Cluster.KLASTER_I, MeasurementKind.PERCENTAGE,
                Direction.LOWER_IS_BETTER, Set.of(EvidenceType.REPORT), List.of()), q("10"),
                Optional.of(new TargetComparison(Direction.LOWER_IS_BETTER, n("5"), n("1"), n("0.5"),
                        n("0"), STAND_IN)), List.of(), Optional.empty(), true);
    }

    private static IndicatorRule forum() {
        Question q1 = new Question("1", n("12"), "forum", "forum", MeasurementKind.FUNCTIONING_LEVEL, List.of(),
                Scope.KABUPATEN_KOTA, List.of());
        Question q2 = new Question("2a", n("12"), "desa", "villages", MeasurementKind.PERCENTAGE, List.of(),
                Scope.DESA, List.of());
        Question q3 = new Question("3", n("10"), "kegiatan", "activities", MeasurementKind.COUNT, List.of(),
                Scope.KABUPATEN_KOTA, List.of());
        Rubric options = new Options(List.of(
                new Options.Option("NONE", n("0"), new Message.Text("tidak ada", "none")),
                new Options.Option("SK", n("0.5"), new Message.Text("SK saja", "decree only")),
                new Options.Option("SK_AND_FUNCTIONING", n("1"),
                        new Message.Text("SK dan berfungsi", "decree and functioning"))), STAND_IN);
        Rubric proportional = new Proportional(Direction.HIGHER_IS_BETTER, STAND_IN);
        Rubric counts = new CountThresholds(List.of(
                new CountThresholds.Threshold(0, n("0")),
                new CountThresholds.Threshold(1, n("0.5")),
                new CountThresholds.Threshold(4, n("1"))), STAND_IN);
        return new IndicatorRule(indicator("forum", "6", Cluster.KLASTER_I, MeasurementKind.COMPOSITE,
                Direction.HIGHER_IS_BETTER, Set.of(EvidenceType.SK, EvidenceType.REPORT, EvidenceType.ACTIVITY_PHOTO),
                List.of(q1, q2, q3)), q("30"), Optional.empty(), List.of(
                        new QuestionRule(q1, STAND_IN, options, true),
                        new QuestionRule(q2, STAND_IN, proportional, true),
                        new QuestionRule(q3, STAND_IN, counts, false)),
                Optional.of(Provenance.hypothetical("questions add up to 34; capped at 30")), true);
    }
}
