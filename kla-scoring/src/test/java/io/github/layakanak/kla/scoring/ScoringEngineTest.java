package io.github.layakanak.kla.scoring;

import static io.github.layakanak.kla.scoring.Districts.invalid;
import static io.github.layakanak.kla.scoring.Districts.pending;
import static io.github.layakanak.kla.scoring.Districts.valid;
import static io.github.layakanak.kla.scoring.TestPacks.n;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.DocumentLevel;
import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.QuestionAnswer;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.RegionEdition;
import io.github.layakanak.kla.model.RegionRegistry;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.Verification;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.model.Direction;
import io.github.layakanak.kla.model.Indicator;
import io.github.layakanak.kla.model.Measurement;
import io.github.layakanak.kla.model.MeasurementKind;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.Quantity;
import io.github.layakanak.kla.scoring.pack.RankCondition;
import io.github.layakanak.kla.scoring.pack.SectionRule;
import io.github.layakanak.kla.scoring.pack.Rounding;
import io.github.layakanak.kla.scoring.internal.Hashing;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.rubric.Proportional;
import java.math.RoundingMode;
import java.util.Set;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScoringEngineTest {

    private final RulePack pack = TestPacks.pack();

    private ScoreCard score(Submission submission) {
        return ScoringEngine.score(pack, submission);
    }

    private static IndicatorScore indicator(ScoreCard card, String id) {
        return card.findIndicator(id).orElseThrow();
    }

    @Test
    void givesThePerfectSubmissionEveryPoint() {
        ScoreCard card = score(Districts.perfect(Stage.FIELD_VERIFICATION));

        assertEquals(n("100.00"), card.total());
        assertEquals(Rank.KLA, card.rank());
        assertEquals(List.of(new ClusterScore(Cluster.KELEMBAGAAN, n("40.00"), n("40")),
                new ClusterScore(Cluster.KLASTER_I, n("60.00"), n("60"))), card.clusters());
        assertEquals(List.of(), card.deficiencies());
        assertEquals(List.of(), card.recapIssues());
    }

    @Test
    void givesAnEmptySubmissionNothingAndListsEveryIndicatorAsMissing() {
        ScoreCard card = score(Districts.perfect(Stage.SELF_ASSESSMENT).withAnswers(List.of()));

        assertEquals(n("0.00"), card.total());
        assertEquals(Rank.NONE, card.rank());
        assertEquals(5, card.deficiencies().size());
        assertTrue(card.deficiencies().stream().allMatch(d -> d.kind() == Deficiency.Kind.NOT_ANSWERED));
        assertEquals(n("100"), card.deficiencies().stream().map(Deficiency::cost)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void totalsTheRoundedIndicatorPoints() {
        ScoreCard card = score(Districts.with(Stage.FIELD_VERIFICATION, "task-force", a -> Answer.of("task-force",
                new IndicatorValue.Composite(Map.of("budget", new IndicatorValue.Budget(true, false))),
                a.evidence())));

        assertEquals(n("6.60"), indicator(card, "task-force").points());
        assertEquals(n("86.60"), card.total());
        assertEquals(Rank.UTAMA, card.rank());
    }

    @Test
    void countsClaimedEvidenceWhilePendingAtTheSelfAssessmentOnly() {
        Submission submission = Districts.with(Stage.SELF_ASSESSMENT, "birth-certificates",
                a -> a.withEvidence(List.of(pending(EvidenceType.REPORT, "Data akta belum diperiksa"))));

        ScoreCard self = score(submission);
        ScoreCard verified = score(submission.withStage(Stage.FIELD_VERIFICATION));

        assertEquals(n("20.00"), indicator(self, "birth-certificates").points());
        assertEquals(n("0.00"), indicator(verified, "birth-certificates").points());
        assertEquals(Basis.NO_EVIDENCE, indicator(verified, "birth-certificates").basis());
        Deficiency pendingDoc = verified.deficiencies().get(0);
        assertEquals(Deficiency.Kind.EVIDENCE_PENDING, pendingDoc.kind());
        assertEquals(n("20.00"), pendingDoc.cost());
        assertEquals(Optional.of("Data akta belum diperiksa"), pendingDoc.evidence().map(EvidenceOutcome::title));
    }

    @Test
    void readsTheLastVerdictUpToTheStage() {
        Submission submission = Districts.with(Stage.ADMINISTRATIVE_VERIFICATION, "birth-certificates",
                a -> a.withEvidence(List.of(valid(EvidenceType.REPORT, "Data akta")
                        .withVerification(Stage.FIELD_VERIFICATION, Verification.invalid("tanpa stempel")))));

        assertEquals(n("20.00"), indicator(score(submission), "birth-certificates").points());
        ScoreCard field = score(submission.withStage(Stage.FIELD_VERIFICATION));
        assertEquals(n("0.00"), indicator(field, "birth-certificates").points());
        Deficiency invalidDoc = field.deficiencies().get(0);
        assertEquals(Deficiency.Kind.EVIDENCE_INVALID, invalidDoc.kind());
        assertEquals(Optional.of("tanpa stempel"), invalidDoc.evidence().flatMap(EvidenceOutcome::reason));
        String words = Explainer.of(pack, Locale.forLanguageTag("id")).deficiency(invalidDoc);
        assertTrue(words.contains("tanpa stempel"), words);
    }

    @Test
    void capsADeclaredDocumentLevelAtTheStrongestDocumentThatCounts() {
        Submission submission = Districts.with(Stage.FIELD_VERIFICATION, "regulation", a -> a.withEvidence(List.of(
                invalid(EvidenceType.PERDA, "Perda KLA", "belum diundangkan"),
                valid(EvidenceType.PERKADA, "Perwali KLA"))));

        ScoreCard card = score(submission);

        IndicatorScore regulation = indicator(card, "regulation");
        assertEquals(n("12.00"), regulation.points());
        assertEquals(Basis.LIMITED_BY_EVIDENCE, regulation.basis());
        assertEquals("PERKADA_OR_SK", regulation.rating().orElseThrow().rung().id());
        String why = Explainer.of(pack, Locale.ENGLISH).indicator(regulation);
        assertTrue(why.contains("but the strongest evidence that counts"), why);
        Deficiency perda = card.deficiencies().get(0);
        assertEquals(Deficiency.Kind.EVIDENCE_INVALID, perda.kind());
        assertEquals(n("8.00"), perda.cost());
    }

    @Test
    void givesNoPointsWithoutEvidenceAndSaysWhatAttachingItGains() {
        ScoreCard card = score(Districts.with(Stage.SELF_ASSESSMENT, "child-marriage",
                a -> a.withEvidence(List.of())));

        assertEquals(n("0.00"), indicator(card, "child-marriage").points());
        Deficiency missing = card.deficiencies().get(0);
        assertEquals(Deficiency.Kind.NO_EVIDENCE, missing.kind());
        assertEquals(n("10.00"), missing.cost());
        assertEquals("child-marriage", missing.indicator());
    }

    @Test
    void countsOnlyTheEvidenceTypesTheIndicatorAccepts() {
        ScoreCard card = score(Districts.with(Stage.SELF_ASSESSMENT, "birth-certificates",
                a -> a.withEvidence(List.of(valid(EvidenceType.ACTIVITY_PHOTO, "Foto pelayanan")))));

        assertEquals(n("0.00"), indicator(card, "birth-certificates").points());
        assertEquals(Deficiency.Kind.EVIDENCE_NOT_ACCEPTED, card.deficiencies().get(0).kind());
        assertEquals(n("20.00"), card.deficiencies().get(0).cost());
    }

    @Test
    void comparesWithTheTargetAndThePreviousYear() {
        ScoreCard improving = score(Districts.with(Stage.SELF_ASSESSMENT, "child-marriage", a -> Answer.of(
                "child-marriage", new IndicatorValue.Percentage(n("7"), Optional.of(n("8"))), a.evidence())));
        ScoreCard worsening = score(Districts.with(Stage.SELF_ASSESSMENT, "child-marriage", a -> Answer.of(
                "child-marriage", new IndicatorValue.Percentage(n("7"), Optional.of(n("6"))), a.evidence())));

        assertEquals(n("5.00"), indicator(improving, "child-marriage").points());
        assertEquals("IMPROVING", indicator(improving, "child-marriage").rating().orElseThrow().rung().id());
        assertEquals(n("0.00"), indicator(worsening, "child-marriage").points());
    }

    @Test
    void capsQuestionsThatAddUpToMoreThanTheIndicatorMaximum() {
        IndicatorScore forum = indicator(score(Districts.perfect(Stage.SELF_ASSESSMENT)), "forum");

        assertEquals(n("30.00"), forum.points());
        assertEquals(List.of(n("12.00"), n("12.00"), n("10.00")),
                forum.questions().stream().map(QuestionScore::points).toList());
        assertTrue(forum.capped());
        String why = Explainer.of(pack, Locale.ENGLISH).indicator(forum);
        assertTrue(why.contains("capped at the indicator maximum of 30"), why);
    }

    @Test
    void scoresAPercentageQuestionProportionally() {
        ScoreCard card = score(Districts.with(Stage.SELF_ASSESSMENT, "forum", a -> new Answer("forum",
                Optional.empty(), List.of(valid(EvidenceType.REPORT, "Data desa")), List.of(
                        new QuestionAnswer("2a", Optional.empty(), Optional.of(IndicatorValue.percent("64.3")),
                                Optional.empty(), List.of())), Optional.empty())));

        assertEquals(n("7.72"), indicator(card, "forum").points());
        assertEquals(2, card.deficiencies().stream().filter(d -> d.indicator().equals("forum")).count());
    }

    @Test
    void boundsARecapAtEachQuestionMaximumAndReportsWhatExceedsIt() {
        ScoreCard card = score(Districts.with(Stage.FINAL, "forum", a -> new Answer("forum", Optional.empty(),
                List.of(), List.of(QuestionAnswer.awarded("1", n("13")), QuestionAnswer.awarded("2a", n("6.5"))),
                Optional.of(n("19.5")))));

        IndicatorScore forum = indicator(card, "forum");
        assertEquals(n("18.50"), forum.points());
        assertEquals(List.of(
                new RecapIssue(RecapIssue.Kind.QUESTION_ABOVE_MAX, "/answers/4/questions/0/awardedPoints",
                        Optional.of("forum"), Optional.of("1"), Optional.empty(), n("13"), n("12")),
                new RecapIssue(RecapIssue.Kind.INDICATOR_SUBTOTAL_MISMATCH, "/answers/4/statedPoints",
                        Optional.of("forum"), Optional.empty(), Optional.empty(), n("19.5"), n("18.50"))),
                card.recapIssues());
    }

    @Test
    void reportsASectionSubtotalThatDoesNotAddUp() {
        Submission submission = Districts.perfect(Stage.FINAL);
        submission = new Submission(submission.region(), submission.year(), submission.stage(),
                submission.submittedOn(), submission.answers(),
                Map.of(Cluster.KELEMBAGAAN, n("40"), Cluster.KLASTER_I, n("59.5")));

        List<RecapIssue> issues = score(submission).recapIssues();

        assertEquals(1, issues.size());
        assertEquals("/statedSectionPoints/KLASTER_I", issues.get(0).pointer());
        assertEquals(n("60.00"), issues.get(0).expected());
    }

    @Test
    void showsWhereThePendingEvidenceCanTakeTheScore() {
        Submission submission = Districts.with(Stage.FIELD_VERIFICATION, "forum", a -> new Answer("forum",
                Optional.empty(), List.of(), List.of(
                        QuestionAnswer.chose("1", "SK_AND_FUNCTIONING", List.of(pending(EvidenceType.SK, "SK"))),
                        new QuestionAnswer("3", Optional.empty(), Optional.of(IndicatorValue.count(5)),
                                Optional.empty(), List.of())), Optional.empty()));

        ScoreCard card = score(submission);

        assertEquals(n("80.00"), card.total());
        assertEquals(new ProvisionalRange(n("80.00"), Rank.NINDYA, n("92.00"), Rank.KLA), card.provisional());
    }

    @Test
    void aSelfAssessmentIsProvisionalHoweverTheDistrictMarkedItsDocuments() {
        // The district marks its own documents valid at the self-assessment: no verifier has looked at them yet.
        List<Answer> marked = Districts.perfectAnswers().stream().map(a -> new Answer(a.indicator(), a.value(),
                a.evidence().stream().map(e -> e.withVerification(Stage.SELF_ASSESSMENT, Verification.VALID)).toList(),
                a.questions(), a.statedPoints())).toList();

        ScoreCard card = score(Districts.perfect(Stage.SELF_ASSESSMENT).withAnswers(marked));

        assertEquals(n("100.00"), card.total());
        assertTrue(card.provisional().lowest().compareTo(card.total()) < 0, card.provisional().toString());
        assertEquals(card.total(), card.provisional().highest());
    }

    @Test
    void aRejectionScoresAsTheSubmissionWithTheDocumentFoundInvalid() {
        Submission perfect = Districts.perfect(Stage.FIELD_VERIFICATION);
        CheckedSubmission checked = ScoringEngine.check(TestPacks.pack(), perfect);

        ScoreCard rejected = ScoringEngine.score(checked.rejecting("/answers/0/evidence/0", "tanpa tanda tangan"));
        ScoreCard question = ScoringEngine.score(checked.rejecting("/answers/4/questions/0/evidence/0", "kedaluwarsa"));

        Submission invalid = Districts.with(Stage.FIELD_VERIFICATION, "regulation", a -> a.withEvidence(List.of(
                a.evidence().get(0).withVerification(Stage.FIELD_VERIFICATION,
                        Verification.invalid("tanpa tanda tangan")))));
        assertEquals(score(invalid).total(), rejected.total());
        assertTrue(rejected.total().compareTo(score(perfect).total()) < 0);
        assertTrue(question.total().compareTo(score(perfect).total()) < 0);
        assertThrows(IllegalArgumentException.class, () -> checked.rejecting("/answers/0/value", "x"));
        assertThrows(IllegalArgumentException.class, () -> checked.rejecting("/answers/9/evidence/0", "x"));
        assertThrows(IllegalArgumentException.class, () -> checked.rejecting("/answers/0/evidence/0", " "));
    }

    @Test
    void decidesTheGateAtTheAdministrativeVerification() {
        Submission weak = Districts.without(Stage.ADMINISTRATIVE_VERIFICATION, "forum")
                .withAnswers(Districts.perfectAnswers().subList(0, 3));

        GateOutcome gate = score(weak).gate().orElseThrow();
        GateOutcome early = score(weak.withStage(Stage.SELF_ASSESSMENT)).gate().orElseThrow();

        assertEquals(n("60.00"), score(weak).total());
        assertTrue(gate.decided());
        assertTrue(gate.proceeds());
        assertFalse(early.decided());
        Submission stopped = weak.withAnswers(Districts.perfectAnswers().subList(0, 2));
        assertFalse(score(stopped).gate().orElseThrow().proceeds());
    }

    @Test
    void holdsTheRankBelowUtamaWithoutAPerdaWhenTheConditionIsOn() {
        Submission perkada = Districts.with(Stage.FIELD_VERIFICATION, "regulation", a -> Answer.of("regulation",
                IndicatorValue.document(DocumentLevel.PERKADA_OR_SK), List.of(valid(EvidenceType.PERKADA, "Perwali"))));

        ScoreCard off = score(perkada);
        ScoreCard on = ScoringEngine.score(pack.withRankCondition("perda-for-utama", true), perkada);

        assertEquals(n("92.00"), off.total());
        assertEquals(Rank.KLA, off.rank());
        assertEquals(Rank.NINDYA, on.rank());
        assertEquals(List.of(new ConditionOutcome("perda-for-utama", Rank.UTAMA, false, true)), on.conditions());
        assertEquals(Rank.KLA, ScoringEngine.score(pack.withRankCondition("perda-for-utama", true),
                Districts.perfect(Stage.FIELD_VERIFICATION)).rank());
    }

    @Test
    void roundsOnlyTheTotalWhenThePackSaysSo() {
        List<IndicatorRule> thirds = new java.util.ArrayList<>();
        for (String id : List.of("villages", "sub-districts")) {
            thirds.add(new IndicatorRule(new Indicator(id, id.equals("villages") ? "1" : "2", Cluster.KLASTER_I, id, id,
                    Measurement.higherIsBetter(MeasurementKind.PERCENTAGE, "%"), Set.of(EvidenceType.REPORT),
                    List.of()), new Quantity(n("50"), TestPacks.STAND_IN),
                    Optional.of(new Proportional(Direction.HIGHER_IS_BETTER, TestPacks.STAND_IN)), List.of(),
                    Optional.empty(), false));
        }
        RulePack perIndicator = pack.toBuilder().indicators(thirds).rankConditions(List.of())
                .sections(List.of(new SectionRule(Cluster.KLASTER_I, new Quantity(n("100"), TestPacks.STAND_IN))))
                .build();
        RulePack perTotal = perIndicator.toBuilder().rounding(new Rounding(2, RoundingMode.HALF_UP,
                Rounding.Point.TOTAL, TestPacks.STAND_IN)).build();
        Submission submission = Districts.perfect(Stage.SELF_ASSESSMENT).withAnswers(List.of(
                Answer.of("villages", IndicatorValue.percent("33.333"), List.of()),
                Answer.of("sub-districts", IndicatorValue.percent("33.333"), List.of())));

        ScoreCard roundedEach = ScoringEngine.score(perIndicator, submission);
        ScoreCard roundedTotal = ScoringEngine.score(perTotal, submission);

        assertEquals(n("16.67"), indicator(roundedEach, "villages").points());
        assertEquals(n("33.34"), roundedEach.total());
        assertEquals(0, n("16.6665").compareTo(indicator(roundedTotal, "villages").points()));
        assertEquals(n("33.33"), roundedTotal.total());
        assertEquals(n("33.33"), roundedTotal.findCluster(Cluster.KLASTER_I).orElseThrow().points());
    }

    @Test
    void refusesToBuildAPackWithProblemsListingEveryOne() {
        RulePackException e = assertThrows(RulePackException.class, () -> pack.toBuilder()
                .rankConditions(List.of(new RankCondition.EvidenceOfType("none", Rank.NONE, "regulation", EvidenceType.PERDA, true,
                        TestPacks.STAND_IN)))
                .totalMax(new Quantity(n("90"), TestPacks.STAND_IN)).build());

        assertEquals(List.of(
                "/bands/ranks/5/from: the band of [KLA] is empty: its lower bound 90 must be below totalMax 90, or "
                        + "equal to it and inclusive",
                "/rankConditions/0/rank: rank condition [none] must hold back a rank above NONE, but names NONE",
                "/indicators: the indicators' maxima must sum to totalMax 90, but sum to 100",
                "/sections: the sections' maxima must sum to totalMax 90, but sum to 100"), e.problems());
    }

    @Test
    void reportsARubricOfAPacksOwnKindThatFailsAsABrokenPackNotAsItsException() {
        List<IndicatorRule> rules = new java.util.ArrayList<>(pack.indicators());
        IndicatorRule birth = pack.indicator("birth-certificates");
        rules.set(2, new IndicatorRule(birth.indicator(), birth.max(), Optional.of(new BuggyRubric(BuggyRubric.Bug.RATE)),
                List.of(), Optional.empty(), birth.evidenceRequired()));
        RulePack broken = pack.toBuilder().indicators(rules).build();

        RulePackException e = assertThrows(RulePackException.class,
                () -> ScoringEngine.score(broken, Districts.perfect(Stage.SELF_ASSESSMENT)));

        assertEquals("test-2030", e.pack());
        assertEquals(List.of("/: rubric kind [FAILING] failed to rate a response: java.lang.IllegalStateException: "
                + "a bug of its own"), e.problems());
    }

    @Test
    void reportsARubricOfAPacksOwnKindThatCannotWriteItsParametersAsABrokenPackWhenThePackIsHashed() {
        List<IndicatorRule> rules = new java.util.ArrayList<>(pack.indicators());
        IndicatorRule birth = pack.indicator("birth-certificates");
        rules.set(2, new IndicatorRule(birth.indicator(), birth.max(), Optional.of(new BuggyRubric(BuggyRubric.Bug.WRITE)),
                List.of(), Optional.empty(), birth.evidenceRequired()));
        RulePack broken = pack.toBuilder().indicators(rules).build();

        RulePackException e = assertThrows(RulePackException.class,
                () -> ScoringEngine.score(broken, Districts.perfect(Stage.SELF_ASSESSMENT)));

        assertEquals("test-2030", e.pack());
        assertEquals(List.of("/: the pack's parameters cannot be written to hash them: "
                + "java.lang.IllegalStateException: cannot write"), e.problems());
        assertThrows(RulePackException.class, broken::sha256);
        assertEquals("RulePack[test-2030, years [2030], sha256 unavailable]", broken.toString());
    }

    /**
     * A rubric kind of one's own with a bug: it admits and rates percentages as a proportion does, but fails to rate
     * them ({@code FAILING}) or to write its parameters ({@code UNWRITABLE}).
     */
    private static final class BuggyRubric implements Rubric {

        enum Bug { RATE, WRITE }

        private final Rubric shape = new Proportional(Direction.HIGHER_IS_BETTER, TestPacks.STAND_IN);
        private final Bug bug;

        BuggyRubric(Bug bug) {
            this.bug = bug;
        }

        @Override
        public String kind() {
            return bug == Bug.RATE ? "FAILING" : "UNWRITABLE";
        }

        @Override
        public io.github.layakanak.kla.scoring.pack.Provenance provenance() {
            return TestPacks.STAND_IN;
        }

        @Override
        public List<io.github.layakanak.kla.scoring.pack.Rung> ladder() {
            return shape.ladder();
        }

        @Override
        public Set<MeasurementKind> valueKinds() {
            return shape.valueKinds();
        }

        @Override
        public io.github.layakanak.kla.scoring.pack.Rating rate(io.github.layakanak.kla.scoring.pack.Response response) {
            if (bug == Bug.RATE) {
                throw new IllegalStateException("a bug of its own");
            }
            return shape.rate(response);
        }

        @Override
        public io.github.layakanak.kla.scoring.pack.Message describe(io.github.layakanak.kla.scoring.pack.Rung rung) {
            return shape.describe(rung);
        }

        @Override
        public void write(io.github.layakanak.kla.scoring.pack.ParametersWriter out) {
            if (bug == Bug.WRITE) {
                throw new IllegalStateException("cannot write");
            }
        }
    }

    @Test
    void placesTotalsOnTheBandEdgesAsThePackDeclares() {
        assertEquals(Rank.NONE, pack.bands().rankOf(n("49.99")));
        assertEquals(Rank.PRATAMA, pack.bands().rankOf(n("50.00")));
        assertEquals(Rank.PRATAMA, pack.bands().rankOf(n("60.00")));
        assertEquals(Rank.MADYA, pack.bands().rankOf(n("60.01")));
        assertEquals(Rank.KLA, pack.bands().rankOf(n("100.00")));
    }

    @Test
    void explainsEveryIndicatorInBothLanguagesWithItsSources() {
        ScoreCard card = score(Districts.perfect(Stage.FIELD_VERIFICATION));

        IndicatorScore birth = indicator(card, "birth-certificates");
        Explainer indonesian = Explainer.of(pack, Locale.forLanguageTag("id"));
        Explainer english = Explainer.of(pack, Locale.ENGLISH);
        assertEquals("95% → 90% sampai 100%: 1 × 20 = 20,00 poin", indonesian.indicator(birth));
        assertEquals("95% → 90% to 100%: 1 × 20 = 20.00 points", english.indicator(birth));
        assertEquals(List.of(TestPacks.STAND_IN), english.sources(birth));
        assertTrue(card.indicators().stream().noneMatch(i -> indonesian.indicator(i).isBlank()));
    }

    @Test
    void refusesASubmissionThePackCannotScoreListingEveryReason() {
        Submission submission = new Submission(RegionRegistry.of(RegionEdition.KEMENDAGRI_2025).get("93.01"), 2031,
                Stage.SELF_ASSESSMENT, java.time.LocalDate.of(2031, 1, 1), List.of(
                        Answer.of("birth-certificate", IndicatorValue.percent("50"), List.of()),
                        Answer.of("regulation", IndicatorValue.percent("50"), List.of()),
                        new Answer("forum", Optional.empty(), List.of(), List.of(QuestionAnswer.chose("9", "X",
                                List.of()), QuestionAnswer.chose("1", "MAYBE", List.of())), Optional.empty())),
                Map.of(Cluster.KLASTER_V, n("10")));

        ScoringException e = assertThrows(ScoringException.class, () -> score(submission));

        assertEquals(List.of(
                "/answers/0/indicator: rule pack [test-2030] has no indicator [birth-certificate]",
                "/answers/1/value/kind: expected a document level, not a percentage",
                "/answers/2/questions/0/question: Indicator 6 forum has no question [9]; its questions are 1, 2a, 3",
                "/answers/2/questions/1/option: [MAYBE] is not an option of this question; the options are "
                        + "NONE (none); SK (decree only); SK_AND_FUNCTIONING (decree and functioning)",
                "/statedSectionPoints/KLASTER_V: rule pack [test-2030] does not score section [Cluster V]",
                "/year: rule pack [test-2030] governs 2030, not 2031"),
                e.violations().stream().map(Object::toString).toList());
    }

    @Test
    void refusesARegionOutsideThePacksEdition() {
        Submission submission = Districts.perfect(Stage.SELF_ASSESSMENT);
        RulePack pack2021 = pack.toBuilder().regionEdition(RegionEdition.KEMENDAGRI_2021).build();
        Submission papua = new Submission(RegionRegistry.of(RegionEdition.KEMENDAGRI_2025).get("93.01"),
                submission.year(), submission.stage(), submission.submittedOn(), submission.answers(), Map.of());

        ScoringException e = assertThrows(ScoringException.class, () -> ScoringEngine.score(pack2021, papua));

        assertEquals(List.of("/region/code: [93.01] is not a regency or city of the Kemendagri 2021 region list, "
                + "which rule pack [test-2030] uses; it is a code of the Kemendagri 2025 list"), e.violations().stream().map(Object::toString).toList());
    }

    @Test
    void givesTheSameScorecardAndTheSameBytesForTheSameInput() {
        ScoreCard first = score(Districts.perfect(Stage.SELF_ASSESSMENT));
        ScoreCard second = score(Districts.perfect(Stage.SELF_ASSESSMENT));

        assertEquals(first, second);
        assertEquals(KlaJson.write(first), KlaJson.write(second));
    }

    @Test
    void stampsThePackTheEngineAndTheSubmission() {
        Submission submission = Districts.perfect(Stage.SELF_ASSESSMENT);
        Stamp stamp = score(submission).stamp();

        assertEquals("test-2030", stamp.packId());
        assertEquals(pack.sha256(), stamp.packSha256());
        assertEquals(Hashing.sha256(KlaJson.write(submission)), stamp.submissionSha256());
        assertFalse(stamp.engineVersion().isBlank());
        assertFalse(stamp.engineVersion().contains("${"), stamp.engineVersion());
        assertTrue(pack.withRankCondition("perda-for-utama", true).sha256().matches("[0-9a-f]{64}"));
        assertFalse(pack.sha256().equals(pack.withRankCondition("perda-for-utama", true).sha256()));
    }

    @Test
    void readsBackTheScorecardItWrites() {
        ScoreCard card = score(Districts.with(Stage.FIELD_VERIFICATION, "regulation", a -> a.withEvidence(List.of(
                invalid(EvidenceType.PERDA, "Perda KLA", "belum diundangkan")))));

        String json = KlaJson.write(card);
        ScoreCard read = KlaJson.read(json, ScoreCard.class);

        assertEquals(card, read);
        assertEquals(json, KlaJson.write(read));
        assertTrue(json.contains("\"total\" : 80.00"), json);
    }

    @Test
    void writesTheTopLevelFieldsAppsRelyOn() {
        String json = KlaJson.write(score(Districts.perfect(Stage.SELF_ASSESSMENT)));

        for (String field : List.of("packId", "region", "year", "stage", "total", "rank", "clusters", "indicators",
                "deficiencies", "stamp")) {
            assertTrue(json.contains("\"" + field + "\" :"), field);
        }
    }

    @Test
    void explainsWhereThePointsWentBetweenStages() {
        Submission self = Districts.with(Stage.SELF_ASSESSMENT, "regulation", a -> a.withEvidence(List.of(
                pending(EvidenceType.PERDA, "Perda KLA"))));
        Submission field = Districts.with(Stage.FIELD_VERIFICATION, "regulation", a -> a.withEvidence(List.of(
                invalid(EvidenceType.PERDA, "Perda KLA", "tanpa nomor register"))));

        ScoreComparison comparison = ScoringEngine.compare(score(self), score(field));

        assertEquals(n("-20.00"), comparison.change());
        assertEquals(Rank.KLA, comparison.earlierRank());
        assertEquals(Rank.NINDYA, comparison.laterRank());
        ScoreComparison.IndicatorChange change = comparison.indicators().get(0);
        assertEquals("regulation", change.indicator());
        assertEquals(n("-20.00"), change.change());
        assertEquals(Optional.of("tanpa nomor register"),
                change.reasons().get(0).evidence().flatMap(EvidenceOutcome::reason), change.reasons().toString());
        assertEquals(comparison.change(), comparison.indicators().stream()
                .map(ScoreComparison.IndicatorChange::change).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
