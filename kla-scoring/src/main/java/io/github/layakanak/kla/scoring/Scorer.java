package io.github.layakanak.kla.scoring;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.DocumentLevel;
import io.github.layakanak.kla.model.QuestionAnswer;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.VerificationStatus;
import io.github.layakanak.kla.scoring.CheckedSubmission.Entry;
import io.github.layakanak.kla.scoring.CheckedSubmission.QuestionEntry;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.QuestionRule;
import io.github.layakanak.kla.scoring.pack.RankCondition;
import io.github.layakanak.kla.scoring.pack.Rating;
import io.github.layakanak.kla.scoring.pack.Response;
import io.github.layakanak.kla.scoring.pack.Rounding;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.pack.SectionRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Scores one checked submission. Created per call; every method is a pure function of the submission and its
 * pack, and nothing here builds a word: the scorecard holds structured outcomes, which an {@link Explainer}
 * renders.
 *
 * <p>Which evidence counts is a bit mask over the verification statuses: the stage's own (what counts now), with
 * the pending documents accepted or rejected (the provisional range), and with one more document counted or the
 * evidence requirement waived for one answer (the cost of a deficiency). Only the stage's own view builds the
 * scorecard's objects; the others compute points alone.
 */
final class Scorer {

    /** No answer's evidence requirement is waived. */
    private static final int NONE_WAIVED = -2;
    /** The evidence requirement of an indicator scored by one rubric is waived. */
    private static final int INDICATOR_WAIVED = -1;

    private static final int PENDING = 1 << VerificationStatus.PENDING.ordinal();
    private static final int LEVELS = DocumentLevel.values().length;

    private final CheckedSubmission checked;
    private final RulePack pack;
    private final Submission submission;
    private final Stage stage;
    private final Rounding rounding;
    private final List<IndicatorRule> rules;
    private final int stageMask;
    private final BigDecimal zero;
    /** Each indicator's points in the stage's own view, once {@link #score()} has computed them. */
    private final BigDecimal[] stagePoints;
    /** What the last {@link #rate} rests on. */
    private Basis basis = Basis.NOT_ANSWERED;
    /** The fraction the last {@link #rate} earns: its rating's, or zero for want of evidence. */
    private BigDecimal earned = BigDecimal.ZERO;

    Scorer(CheckedSubmission checked) {
        this.checked = checked;
        this.pack = checked.pack();
        this.submission = checked.submission();
        this.stage = submission.stage();
        this.rounding = pack.rounding();
        this.rules = pack.indicators();
        this.stageMask = checked.stageMask();
        this.zero = rounding.round(BigDecimal.ZERO);
        this.stagePoints = new BigDecimal[rules.size()];
    }

    ScoreCard score() {
        int n = rules.size();
        IndicatorScore[] indicators = new IndicatorScore[n];
        List<Deficiency> deficiencies = new ArrayList<>();
        List<RecapIssue> recapIssues = new ArrayList<>(0);
        BigDecimal[] sectionPoints = new BigDecimal[Cluster.values().length];
        for (int i = 0; i < n; i++) {
            IndicatorRule rule = rules.get(i);
            Entry entry = checked.entry(i);
            IndicatorScore score = indicator(rule, entry, recapIssues);
            indicators[i] = score;
            stagePoints[i] = score.points();
            int section = rule.indicator().cluster().ordinal();
            sectionPoints[section] = sectionPoints[section] == null ? score.points()
                    : sectionPoints[section].add(score.points());
            deficiencies(i, rule, entry, score, deficiencies);
            Answer answer = entry.answer();
            if (answer != null && answer.statedPoints().isPresent()) {
                BigDecimal stated = answer.statedPoints().get();
                BigDecimal shown = rounding.round(score.points());
                if (stated.compareTo(shown) != 0) {
                    recapIssues.add(new RecapIssue(RecapIssue.Kind.INDICATOR_SUBTOTAL_MISMATCH,
                            "/answers/" + entry.index() + "/statedPoints", Optional.of(rule.id()), Optional.empty(),
                            Optional.empty(), stated, shown));
                }
            }
        }
        // The total is the sum of the sections' exact sums (every indicator is in a declared section): the same
        // exact sum as the indicators', with a few additions instead of one per indicator.
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal section : sectionPoints) {
            if (section != null) {
                total = total.add(section);
            }
        }
        total = rounding.round(total);

        ClusterScore[] clusters = new ClusterScore[pack.sections().size()];
        for (int c = 0; c < clusters.length; c++) {
            SectionRule section = pack.sections().get(c);
            BigDecimal exact = sectionPoints[section.cluster().ordinal()];
            BigDecimal points = exact == null ? zero : rounding.round(exact);
            clusters[c] = new ClusterScore(section.cluster(), points, section.max().value());
            BigDecimal stated = submission.statedSectionPoints().get(section.cluster());
            if (stated != null && stated.compareTo(points) != 0) {
                recapIssues.add(new RecapIssue(RecapIssue.Kind.SECTION_SUBTOTAL_MISMATCH,
                        "/statedSectionPoints/" + section.cluster().name(), Optional.empty(), Optional.empty(),
                        Optional.of(section.cluster()), stated, points));
            }
        }

        List<ConditionOutcome> conditions = new ArrayList<>(pack.rankConditions().size());
        Rank rank = rankOf(total, stageMask, conditions);
        ProvisionalRange range;
        if (checked.anyPending()) {
            int lowMask = stageMask & ~PENDING;
            int highMask = stageMask | PENDING;
            BigDecimal low = lowMask == stageMask ? total : totalUnder(lowMask);
            BigDecimal high = highMask == stageMask ? total : totalUnder(highMask);
            range = new ProvisionalRange(low, rankOf(low, lowMask, null), high, rankOf(high, highMask, null));
        } else {
            range = new ProvisionalRange(total, rank, total, rank);
        }

        BigDecimal gateTotal = total;
        Optional<GateOutcome> gate = pack.findGate().map(g -> new GateOutcome(g.stage(), g.threshold().value(),
                g.inclusive(), stage.compareTo(g.stage()) >= 0, g.passes(gateTotal), g.threshold().provenance()));

        return new ScoreCard(pack.id(), submission.region(), submission.year(), stage, total, rank, List.of(clusters),
                List.of(indicators), deficiencies, range, gate, conditions, recapIssues, Stamp.of(pack, submission));
    }

    private static boolean counts(EvidenceOutcome e, int mask, @Nullable EvidenceOutcome extra) {
        return e == extra || (e.accepted() && (mask & (1 << e.status().ordinal())) != 0);
    }

    /** An indicator's points: rounded where the pack rounds per indicator, exact where it rounds the total. */
    private BigDecimal indicatorPoints(BigDecimal exact) {
        return rounding.at() == Rounding.Point.INDICATOR ? rounding.round(exact) : exact;
    }

    // ---- The stage's own view: the scorecard's outcomes ----

    private IndicatorScore indicator(IndicatorRule rule, Entry entry, List<RecapIssue> recapIssues) {
        BigDecimal max = rule.max().value();
        Answer answer = entry.answer();
        if (answer == null || (!rule.byQuestions() && !entry.response().isGiven())) {
            return new IndicatorScore(rule.id(), rule.indicator().code(), rule.indicator().cluster(), zero, max,
                    Basis.NOT_ANSWERED, Optional.empty(), Optional.empty(), entry.evidence(), List.of(), false);
        }
        if (!rule.byQuestions()) {
            Rating rating = rate(rule.rubric().orElseThrow(), entry.response(), entry.evidence(), List.of(), null,
                    rule.evidenceRequired(), stageMask);
            return new IndicatorScore(rule.id(), rule.indicator().code(), rule.indicator().cluster(),
                    indicatorPoints(earned.multiply(max)), max, basis, answer.value(), Optional.of(rating),
                    entry.evidence(), List.of(), false);
        }
        List<QuestionScore> scores = new ArrayList<>(rule.questions().size());
        BigDecimal sum = BigDecimal.ZERO;
        boolean anyGiven = false;
        for (int k = 0; k < rule.questions().size(); k++) {
            QuestionRule question = rule.questions().get(k);
            QuestionEntry qe = entry.questions().get(k);
            QuestionAnswer qa = qe.answer();
            BigDecimal qMax = question.max();
            if (qa == null || (qa.awardedPoints().isEmpty() && !qe.response().isGiven())) {
                scores.add(new QuestionScore(question.code(), zero, qMax, Basis.NOT_ANSWERED, Optional.empty(),
                        Optional.empty(), Optional.empty(), qe.evidence()));
                continue;
            }
            anyGiven = true;
            if (qa.awardedPoints().isPresent()) {
                BigDecimal awarded = qa.awardedPoints().get();
                if (awarded.compareTo(qMax) > 0) {
                    recapIssues.add(new RecapIssue(RecapIssue.Kind.QUESTION_ABOVE_MAX,
                            "/answers/" + entry.index() + "/questions/" + qe.index() + "/awardedPoints",
                            Optional.of(rule.id()), Optional.of(question.code()), Optional.empty(), awarded, qMax));
                    awarded = qMax;
                }
                sum = sum.add(awarded);
                scores.add(new QuestionScore(question.code(), rounding.round(awarded), qMax, Basis.AWARDED,
                        qa.value(), qa.option(), Optional.empty(), qe.evidence()));
                continue;
            }
            Rating rating = rate(question.rubric(), qe.response(), qe.evidence(), entry.evidence(), null,
                    question.evidenceRequired(), stageMask);
            BigDecimal points = earned.multiply(qMax);
            sum = sum.add(points);
            scores.add(new QuestionScore(question.code(), rounding.round(points), qMax, basis, qa.value(),
                    qa.option(), Optional.of(rating), qe.evidence()));
        }
        boolean capped = sum.compareTo(max) > 0;
        return new IndicatorScore(rule.id(), rule.indicator().code(), rule.indicator().cluster(),
                indicatorPoints(capped ? max : sum), max, anyGiven ? Basis.QUESTIONS : Basis.NOT_ANSWERED,
                Optional.empty(), Optional.empty(), entry.evidence(), scores, capped);
    }

    /**
     * Rates a response with the documents that count under a view, and leaves in {@link #basis} and {@link #earned}
     * what the rating rests on and the fraction it earns (fields rather than a result object: this runs for every
     * indicator and question, and a scorer serves one call on one thread).
     */
    private Rating rate(Rubric rubric, Response response, List<EvidenceOutcome> own, List<EvidenceOutcome> shared,
            @Nullable EvidenceOutcome extra, boolean required, int mask) {
        if (!required) {
            Rating rating = rate(rubric, response);
            basis = Basis.RATED;
            earned = rating.fraction();
            return rating;
        }
        DocumentLevel strongest = strongest(own, shared, extra, mask);
        Response supported;
        try {
            supported = rubric.supportedBy(response, strongest);
        } catch (RuntimeException e) {
            throw RubricFailure.of(pack, rubric, "weigh the evidence of a response", e);
        }
        if (!supported.isGiven()) {
            basis = Basis.NO_EVIDENCE;
            earned = BigDecimal.ZERO;
            return rate(rubric, response);
        }
        Rating rating = rate(rubric, supported);
        basis = supported == response || supported.equals(response) ? Basis.RATED : Basis.LIMITED_BY_EVIDENCE;
        earned = rating.fraction();
        return rating;
    }

    private Rating rate(Rubric rubric, Response response) {
        try {
            return rubric.rate(response);
        } catch (RuntimeException e) {
            throw RubricFailure.of(pack, rubric, "rate a response", e);
        }
    }

    /** The strongest level among the documents that count, {@link DocumentLevel#NONE} when none does. */
    private static DocumentLevel strongest(List<EvidenceOutcome> own, List<EvidenceOutcome> shared,
            @Nullable EvidenceOutcome extra, int mask) {
        DocumentLevel strongest = DocumentLevel.NONE;
        for (int i = 0; i < own.size(); i++) {
            EvidenceOutcome e = own.get(i);
            if (counts(e, mask, extra) && e.level().compareTo(strongest) > 0) {
                strongest = e.level();
            }
        }
        for (int i = 0; i < shared.size(); i++) {
            EvidenceOutcome e = shared.get(i);
            if (counts(e, mask, extra) && e.level().compareTo(strongest) > 0) {
                strongest = e.level();
            }
        }
        return strongest;
    }

    // ---- Other views: points alone ----

    /**
     * The total under another view of the pending documents: only the indicators with a pending document are
     * scored again, the others keep their points.
     */
    private BigDecimal totalUnder(int mask) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < rules.size(); i++) {
            total = total.add(checked.entry(i).pending() ? points(i, mask, null, NONE_WAIVED) : stagePoints[i]);
        }
        return rounding.round(total);
    }

    /**
     * An indicator's points under a view: which statuses count, one more document that counts, and one answer whose
     * evidence requirement is waived ({@link #INDICATOR_WAIVED}, a question's index, or {@link #NONE_WAIVED}).
     */
    private BigDecimal points(int i, int mask, @Nullable EvidenceOutcome extra, int waived) {
        IndicatorRule rule = rules.get(i);
        Entry entry = checked.entry(i);
        if (entry.answer() == null) {
            return zero;
        }
        BigDecimal max = rule.max().value();
        if (!rule.byQuestions()) {
            if (!entry.response().isGiven()) {
                return zero;
            }
            rate(rule.rubric().orElseThrow(), entry.response(), entry.evidence(), List.of(), extra,
                    rule.evidenceRequired() && waived != INDICATOR_WAIVED, mask);
            return indicatorPoints(earned.multiply(max));
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < rule.questions().size(); k++) {
            QuestionRule question = rule.questions().get(k);
            QuestionEntry qe = entry.questions().get(k);
            QuestionAnswer qa = qe.answer();
            if (qa == null) {
                continue;
            }
            if (qa.awardedPoints().isPresent()) {
                sum = sum.add(qa.awardedPoints().get().min(question.max()));
            } else if (qe.response().isGiven()) {
                rate(question.rubric(), qe.response(), qe.evidence(), entry.evidence(), extra,
                        question.evidenceRequired() && waived != k, mask);
                sum = sum.add(earned.multiply(question.max()));
            }
        }
        return indicatorPoints(sum.min(max));
    }

    // ---- Deficiencies ----

    private void deficiencies(int i, IndicatorRule rule, Entry entry, IndicatorScore score, List<Deficiency> found) {
        BigDecimal max = rule.max().value();
        if (entry.answer() == null) {
            found.add(new Deficiency(rule.id(), Optional.empty(), Deficiency.Kind.NOT_ANSWERED, Optional.empty(),
                    max));
            return;
        }
        BigDecimal actual = score.points();
        if (!rule.byQuestions()) {
            if (!entry.response().isGiven()) {
                found.add(new Deficiency(rule.id(), Optional.empty(), Deficiency.Kind.NOT_ANSWERED, Optional.empty(),
                        max));
            } else if (rule.evidenceRequired()) {
                if (entry.evidence().isEmpty()) {
                    found.add(new Deficiency(rule.id(), Optional.empty(), Deficiency.Kind.NO_EVIDENCE,
                            Optional.empty(), gain(points(i, stageMask, null, INDICATOR_WAIVED), actual)));
                } else {
                    documents(i, rule, Optional.empty(), entry.evidence(),
                            strongest(entry.evidence(), List.of(), null, stageMask), actual, found);
                }
            }
            return;
        }
        boolean declared = false;
        for (int k = 0; k < rule.questions().size(); k++) {
            QuestionRule question = rule.questions().get(k);
            QuestionEntry qe = entry.questions().get(k);
            QuestionAnswer qa = qe.answer();
            Optional<String> code = Optional.of(question.code());
            if (qa == null || (qa.awardedPoints().isEmpty() && !qe.response().isGiven())) {
                found.add(new Deficiency(rule.id(), code, Deficiency.Kind.NOT_ANSWERED, Optional.empty(),
                        question.max()));
            } else if (qa.awardedPoints().isEmpty() && question.evidenceRequired()) {
                declared = true;
                if (qe.evidence().isEmpty() && entry.evidence().isEmpty()) {
                    found.add(new Deficiency(rule.id(), code, Deficiency.Kind.NO_EVIDENCE, Optional.empty(),
                            gain(points(i, stageMask, null, k), actual)));
                } else {
                    documents(i, rule, code, qe.evidence(),
                            strongest(qe.evidence(), entry.evidence(), null, stageMask), actual, found);
                }
            }
        }
        if (declared) {
            documents(i, rule, Optional.empty(), entry.evidence(), DocumentLevel.NONE, actual, found);
        }
    }

    /**
     * Each document that does not count, with what it would gain if it alone did. A rating rests on the strongest
     * level among the documents that count, so a document no stronger than {@code counted} (the strongest that
     * counts wherever the list's documents apply) gains nothing, and two documents of one level in one list gain
     * the same: each level's gain is computed once.
     */
    private void documents(int i, IndicatorRule rule, Optional<String> question, List<EvidenceOutcome> evidence,
            DocumentLevel counted, BigDecimal actual, List<Deficiency> found) {
        BigDecimal @Nullable [] byLevel = null;
        for (EvidenceOutcome e : evidence) {
            if (e.counts()) {
                continue;
            }
            if (byLevel == null) {
                byLevel = new BigDecimal[LEVELS];
            }
            int level = e.level().ordinal();
            if (byLevel[level] == null) {
                byLevel[level] = e.level().compareTo(counted) <= 0 ? zero
                        : gain(points(i, stageMask, e, NONE_WAIVED), actual);
            }
            Deficiency.Kind kind = !e.accepted() ? Deficiency.Kind.EVIDENCE_NOT_ACCEPTED
                    : e.status() == VerificationStatus.INVALID ? Deficiency.Kind.EVIDENCE_INVALID
                    : e.status() == VerificationStatus.MISSING ? Deficiency.Kind.EVIDENCE_MISSING
                    : Deficiency.Kind.EVIDENCE_PENDING;
            found.add(new Deficiency(rule.id(), question, kind, Optional.of(e), byLevel[level]));
        }
    }

    private BigDecimal gain(BigDecimal better, BigDecimal actual) {
        BigDecimal gain = rounding.round(better.subtract(actual));
        return gain.signum() < 0 ? zero : gain;
    }

    // ---- Ranks ----

    private Rank rankOf(BigDecimal total, int mask, @Nullable List<ConditionOutcome> outcomes) {
        Rank byBands = pack.bands().rankOf(total);
        Rank rank = byBands;
        for (RankCondition condition : pack.rankConditions()) {
            if (!condition.enabled()) {
                continue;
            }
            boolean met = met(condition, mask);
            boolean capped = !met && byBands.compareTo(condition.rank()) >= 0;
            if (capped) {
                Rank below = Rank.values()[condition.rank().ordinal() - 1];
                rank = rank.compareTo(below) > 0 ? below : rank;
            }
            if (outcomes != null) {
                outcomes.add(new ConditionOutcome(condition.id(), condition.rank(), met, capped));
            }
        }
        return rank;
    }

    /** Whether the condition's indicator has a document of its type that counts under the view. */
    private boolean met(RankCondition condition, int mask) {
        for (int i = 0; i < rules.size(); i++) {
            if (!rules.get(i).id().equals(condition.indicator())) {
                continue;
            }
            Entry entry = checked.entry(i);
            if (any(entry.evidence(), condition, mask)) {
                return true;
            }
            for (QuestionEntry qe : entry.questions()) {
                if (any(qe.evidence(), condition, mask)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean any(List<EvidenceOutcome> evidence, RankCondition condition, int mask) {
        for (EvidenceOutcome e : evidence) {
            if (e.type() == condition.evidenceType() && counts(e, mask, null)) {
                return true;
            }
        }
        return false;
    }
}
