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
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
    /** The largest loss first; a sort is stable, so equal losses keep the pack's order. */
    private static final Comparator<Loss> LARGEST_FIRST = (a, b) -> b.points().compareTo(a.points());
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
        BigDecimal[] sectionPoints = new BigDecimal[Cluster.values().length];
        for (int i = 0; i < n; i++) {
            IndicatorRule rule = rules.get(i);
            Entry entry = checked.entry(i);
            IndicatorScore score = indicator(rule, entry);
            indicators[i] = score;
            stagePoints[i] = score.points();
            int section = rule.indicator().cluster().ordinal();
            sectionPoints[section] = sectionPoints[section] == null ? score.points()
                    : sectionPoints[section].add(score.points());
            deficiencies(i, rule, entry, score, deficiencies);
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
        }
        List<RecapIssue> recapIssues = RecapCheck.of(checked, indicators, clusters, total);

        List<ConditionOutcome> conditions = new ArrayList<>(pack.rankConditions().size());
        Rank rank = rankOf(total, stagePoints, stageMask, conditions);
        ProvisionalRange range;
        if (checked.anyPending()) {
            // At the self-assessment no verifier has looked at any document yet: at worst none of them counts.
            int lowMask = stage == Stage.SELF_ASSESSMENT ? 0 : stageMask & ~PENDING;
            int highMask = stageMask | PENDING;
            BigDecimal[] lowPoints = lowMask == stageMask ? stagePoints : pointsUnder(lowMask);
            BigDecimal[] highPoints = highMask == stageMask ? stagePoints : pointsUnder(highMask);
            BigDecimal low = lowMask == stageMask ? total : sum(lowPoints);
            BigDecimal high = highMask == stageMask ? total : sum(highPoints);
            range = new ProvisionalRange(low, rankOf(low, lowPoints, lowMask, null), high,
                    rankOf(high, highPoints, highMask, null));
        } else {
            range = new ProvisionalRange(total, rank, total, rank);
        }

        BigDecimal gateTotal = total;
        Optional<GateOutcome> gate = pack.findGate().map(g -> new GateOutcome(g.stage(), g.threshold().value(),
                g.inclusive(), stage.compareTo(g.stage()) >= 0, g.passes(gateTotal), g.threshold().provenance()));

        return new ScoreCard(pack.id(), submission.region(), submission.year(), stage, total, rank, List.of(clusters),
                List.of(indicators), deficiencies, new Losses(this, indicators, total), range, gate, conditions, recapIssues, Stamp.of(pack, submission));
    }

    private static boolean counts(EvidenceOutcome e, int mask, @Nullable EvidenceOutcome extra) {
        return e == extra || (e.accepted() && (mask & (1 << e.status().ordinal())) != 0);
    }

    /** An indicator's points: rounded where the pack rounds per indicator, exact where it rounds the total. */
    private BigDecimal indicatorPoints(BigDecimal exact) {
        return rounding.at() == Rounding.Point.INDICATOR ? rounding.round(exact) : exact;
    }

    // ---- The stage's own view: the scorecard's outcomes ----

    private IndicatorScore indicator(IndicatorRule rule, Entry entry) {
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
                // Points above the maximum count as the maximum; the recap check reports them.
                BigDecimal awarded = qa.awardedPoints().get().min(qMax);
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
    private BigDecimal[] pointsUnder(int mask) {
        BigDecimal[] points = new BigDecimal[rules.size()];
        for (int i = 0; i < points.length; i++) {
            points[i] = checked.entry(i).pending() ? points(i, mask, null, NONE_WAIVED) : stagePoints[i];
        }
        return points;
    }

    private BigDecimal sum(BigDecimal[] points) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal p : points) {
            total = total.add(p);
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

    // ---- Losses ----

    /**
     * Every loss of a scorecard, the largest first, rounded to add up to the maxima minus the total: computed when the
     * scorecard's losses are first asked for ({@link Losses}), from the indicators' scores.
     */
    List<Loss> losses(IndicatorScore[] indicators, BigDecimal total) {
        List<Loss> losses = new ArrayList<>(indicators.length + indicators.length / 2);
        for (int i = 0; i < indicators.length; i++) {
            losses(rules.get(i), checked.entry(i), indicators[i], losses);
        }
        if (rounding.at() != Rounding.Point.INDICATOR) {
            BigDecimal maxima = BigDecimal.ZERO;
            for (IndicatorScore indicator : indicators) {
                maxima = maxima.add(indicator.max());
            }
            apportion(losses, 0, maxima.subtract(total));
        }
        losses.sort(LARGEST_FIRST);
        return losses; // only ever read through the unmodifiable Losses
    }

    /**
     * Attributes every point an indicator did not earn to a cause, exactly: in a pack that rounds each indicator the
     * indicator's losses are rounded to add up to its maximum minus its points; otherwise they stay exact here and
     * {@link #score()} rounds all of them against the total.
     */
    private void losses(IndicatorRule rule, Entry entry, IndicatorScore score, List<Loss> found) {
        BigDecimal max = rule.max().value();
        if (score.basis() == Basis.NOT_ANSWERED) {
            addLoss(found, rule.id(), Optional.empty(), null, Loss.Cause.NOT_ANSWERED, max, null, null);
            return;
        }
        if (score.points().compareTo(max) >= 0) {
            return; // full marks: nothing lost (questions beyond a cap lose nothing of the indicator's)
        }
        int from = found.size();
        BigDecimal lost = max.subtract(score.points());
        if (!rule.byQuestions()) {
            slotLosses(rule.id(), Optional.empty(), rule.rubric().orElseThrow(), entry.response(), score.basis(),
                    score.rating().orElseThrow(), entry.evidence(), List.of(), max, lost, found);
        } else {
            BigDecimal sum = BigDecimal.ZERO;
            for (int k = 0; k < rule.questions().size(); k++) {
                QuestionRule question = rule.questions().get(k);
                QuestionScore qs = score.questions().get(k);
                QuestionEntry qe = entry.questions().get(k);
                Optional<String> code = Optional.of(question.code());
                BigDecimal qMax = question.max();
                if (qs.basis() == Basis.NOT_ANSWERED) {
                    addLoss(found, rule.id(), code, null, Loss.Cause.NOT_ANSWERED, qMax, null, null);
                } else if (qs.basis() == Basis.AWARDED) {
                    BigDecimal awarded = qe.answer().awardedPoints().orElseThrow().min(qMax);
                    sum = sum.add(awarded);
                    addLoss(found, rule.id(), code, null, Loss.Cause.AWARDED_BELOW_MAX, qMax.subtract(awarded), null,
                            null);
                } else {
                    Rating rating = qs.rating().orElseThrow();
                    BigDecimal earned = qs.basis() == Basis.NO_EVIDENCE ? BigDecimal.ZERO
                            : rating.fraction().multiply(qMax);
                    sum = sum.add(earned);
                    slotLosses(rule.id(), code, question.rubric(), qe.response(), qs.basis(), rating, qe.evidence(),
                            entry.evidence(), qMax, qMax.subtract(earned), found);
                }
            }
            trimToCap(found, from, max.subtract(sum));
        }
        if (rounding.at() == Rounding.Point.INDICATOR) {
            apportion(found, from, lost);
        }
    }

    /**
     * The losses of one answer rated by one rubric: the points above the rung it claims, item by item for a
     * composite, and the points of that rung the evidence does not support.
     */
    private void slotLosses(String indicator, Optional<String> question, Rubric rubric, Response response,
            Basis basis, Rating shown, List<EvidenceOutcome> own, List<EvidenceOutcome> shared, BigDecimal max,
            BigDecimal lost, List<Loss> found) {
        if (basis == Basis.RATED && shown.parts().isEmpty()) {
            // The most common answer: everything it lost is above its rung (max minus its points, already exact).
            addLoss(found, indicator, question, null, Loss.Cause.BELOW_TOP, lost, shown, null);
            return;
        }
        // What the answer claims, unless the evidence gives more (a ladder need not rise with the document level).
        Rating claimed = shown;
        if (basis == Basis.LIMITED_BY_EVIDENCE) {
            Rating asGiven = rate(rubric, response);
            claimed = asGiven.fraction().compareTo(shown.fraction()) > 0 ? asGiven : shown;
        }
        List<Rating.Part> parts = claimed.parts();
        if (parts.isEmpty()) {
            addLoss(found, indicator, question, null, Loss.Cause.BELOW_TOP,
                    max.multiply(BigDecimal.ONE.subtract(claimed.fraction())), claimed, null);
        } else {
            BigDecimal weights = BigDecimal.ZERO;
            for (int p = 0; p < parts.size(); p++) {
                Rating.Part part = parts.get(p);
                weights = weights.add(part.weight());
                Rating rating = part.rating().orElse(null);
                BigDecimal share = max.multiply(part.weight());
                if (rating == null) {
                    addLoss(found, indicator, question, part.item(), Loss.Cause.NOT_ANSWERED, share, null, null);
                } else if (rating.fraction().compareTo(BigDecimal.ONE) < 0) {
                    addLoss(found, indicator, question, part.item(), Loss.Cause.BELOW_TOP,
                            share.multiply(BigDecimal.ONE.subtract(rating.fraction())), rating, null);
                }
            }
            if (weights.compareTo(BigDecimal.ONE) < 0) {
                addLoss(found, indicator, question, null, Loss.Cause.BELOW_TOP,
                        max.multiply(BigDecimal.ONE.subtract(weights)), null, null);
            }
        }
        BigDecimal earned = basis == Basis.NO_EVIDENCE ? BigDecimal.ZERO : shown.fraction();
        BigDecimal unsupported = claimed.fraction().subtract(earned);
        if (unsupported.signum() > 0) {
            DocumentLevel counted = basis == Basis.LIMITED_BY_EVIDENCE
                    ? strongest(own, shared, null, stageMask) : DocumentLevel.NONE;
            EvidenceOutcome best = strongestNotCounted(own, shared, counted);
            addLoss(found, indicator, question, null, best == null ? Loss.Cause.NO_EVIDENCE : causeOf(best),
                    max.multiply(unsupported), claimed, best);
        }
    }

    /**
     * The document that would have supported more: among those that do not count and are stronger than the
     * strongest that does, an accepted one before one of a type the indicator does not accept, then the strongest.
     */
    private static @Nullable EvidenceOutcome strongestNotCounted(List<EvidenceOutcome> own,
            List<EvidenceOutcome> shared, DocumentLevel counted) {
        EvidenceOutcome best = null;
        for (List<EvidenceOutcome> list : List.of(own, shared)) {
            for (EvidenceOutcome e : list) {
                if (e.counts() || (counted != DocumentLevel.NONE && e.level().compareTo(counted) <= 0)) {
                    continue;
                }
                if (best == null || (e.accepted() && !best.accepted())
                        || (e.accepted() == best.accepted() && e.level().compareTo(best.level()) > 0)) {
                    best = e;
                }
            }
        }
        return best;
    }

    private static Loss.Cause causeOf(EvidenceOutcome e) {
        if (!e.accepted()) {
            return Loss.Cause.EVIDENCE_NOT_ACCEPTED;
        }
        return switch (e.status()) {
            case INVALID -> Loss.Cause.EVIDENCE_INVALID;
            case MISSING -> Loss.Cause.EVIDENCE_MISSING;
            default -> e.legality() ? Loss.Cause.EVIDENCE_PENDING : Loss.Cause.WITHOUT_LEGALITY;
        };
    }

    /**
     * Adds a loss of an answer rated by a rubric, unless it is of no points: at {@code rating}'s rung (and, for a
     * rung below the top, with the next one), about a document when one is given.
     */
    private void addLoss(List<Loss> found, String indicator, Optional<String> question, @Nullable String item,
            Loss.Cause cause, BigDecimal points, @Nullable Rating rating, @Nullable EvidenceOutcome evidence) {
        if (points.signum() <= 0) {
            return;
        }
        found.add(new Loss(indicator, question, item == null ? Optional.empty() : Optional.of(item), cause,
                atScale(points), rating == null ? Optional.empty() : Optional.of(rating.rung()),
                rating != null && cause == Loss.Cause.BELOW_TOP ? rating.next() : Optional.empty(),
                Optional.ofNullable(evidence)));
    }

    /**
     * Points at the pack's scale when they fit it exactly (18 is 18.00, 9.0000 is 9.00; losses of one scale also
     * compare fast), otherwise as they are.
     */
    private BigDecimal atScale(BigDecimal points) {
        if (points.scale() == rounding.scale()) {
            return points;
        }
        if (points.scale() < rounding.scale()) {
            return points.setScale(rounding.scale());
        }
        try {
            return points.setScale(rounding.scale(), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException notExact) {
            return points;
        }
    }

    /**
     * Keeps, of the losses of an indicator's questions from {@code from} on, only as many points as the indicator
     * lost below its cap: the largest first, the last one cut to what remains. Questions that can give more than the
     * indicator's maximum lose nothing of the indicator's while it is full.
     */
    private static void trimToCap(List<Loss> found, int from, BigDecimal lost) {
        List<Loss> questions = found.subList(from, found.size());
        BigDecimal all = BigDecimal.ZERO;
        for (Loss loss : questions) {
            all = all.add(loss.points());
        }
        if (all.compareTo(lost) <= 0) {
            return;
        }
        List<Loss> kept = new ArrayList<>(questions);
        kept.sort(LARGEST_FIRST);
        questions.clear();
        BigDecimal remaining = lost;
        for (Loss loss : kept) {
            if (remaining.signum() <= 0) {
                break;
            }
            questions.add(loss.points().compareTo(remaining) <= 0 ? loss : loss.withPoints(remaining));
            remaining = remaining.subtract(loss.points());
        }
    }

    /** Whether the losses from {@code from} on are at the scale already and add up to the target: nothing to round. */
    private static boolean exact(List<Loss> found, int from, BigDecimal target, int scale) {
        if (found.size() - from == 1) {
            BigDecimal only = found.get(from).points();
            return only.scale() <= scale && only.compareTo(target) == 0;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int j = from; j < found.size(); j++) {
            BigDecimal points = found.get(j).points();
            if (points.scale() > scale) {
                return false;
            }
            sum = sum.add(points);
        }
        return sum.compareTo(target) == 0;
    }

    /**
     * Rounds the losses from {@code from} on to the pack's scale so that they add up to exactly {@code target}: each
     * is rounded down, and the hundredths left over go to the largest remainders (or, when rounding the total up
     * left too many, come from the smallest). Losses that round to nothing are dropped.
     */
    private void apportion(List<Loss> found, int from, BigDecimal target) {
        // The pack's scale, or the maxima's where they are finer (the total is at the pack's scale, the maxima not).
        int scale = Math.max(rounding.scale(), target.scale() <= rounding.scale() ? 0
                : target.stripTrailingZeros().scale());
        if (exact(found, from, target, scale)) {
            return;
        }
        List<Loss> losses = found.subList(from, found.size());
        int n = losses.size();
        if (n == 0) {
            return;
        }
        long[] units = new long[n];
        BigDecimal[] remainders = new BigDecimal[n];
        long sum = 0;
        for (int j = 0; j < n; j++) {
            BigDecimal exact = losses.get(j).points();
            BigDecimal floor = exact.setScale(scale, RoundingMode.FLOOR);
            units[j] = floor.unscaledValue().longValueExact();
            remainders[j] = exact.subtract(floor);
            sum += units[j];
        }
        long left = target.setScale(scale).unscaledValue().longValueExact() - sum;
        if (left != 0) {
            Integer[] order = new Integer[n];
            for (int j = 0; j < n; j++) {
                order[j] = j;
            }
            Comparator<Integer> byRemainder = Comparator.comparing(j -> remainders[j]);
            Arrays.sort(order, left > 0 ? byRemainder.reversed() : byRemainder);
            for (int k = 0; left != 0 && k < 2 * n; k++) {
                int j = order[k % n];
                if (left > 0) {
                    units[j]++;
                    left--;
                } else if (units[j] > 0) {
                    units[j]--;
                    left++;
                }
            }
        }
        List<Loss> rounded = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            if (units[j] > 0) {
                rounded.add(losses.get(j).withPoints(BigDecimal.valueOf(units[j], scale)));
            }
        }
        losses.clear();
        losses.addAll(rounded);
    }

    // ---- Ranks ----

    private Rank rankOf(BigDecimal total, BigDecimal[] points, int mask, @Nullable List<ConditionOutcome> outcomes) {
        Rank byBands = pack.bands().rankOf(total);
        Rank rank = byBands;
        for (RankCondition condition : pack.rankConditions()) {
            if (!condition.enabled()) {
                continue;
            }
            boolean met = met(condition, points, mask);
            boolean capped = !met && byBands.compareTo(condition.rank()) >= 0;
            if (capped) {
                Rank below = pack.bands().highestBelow(condition.rank());
                rank = rank.compareTo(below) > 0 ? below : rank;
            }
            if (outcomes != null) {
                outcomes.add(new ConditionOutcome(condition.id(), condition.rank(), met, capped));
            }
        }
        return rank;
    }

    private boolean met(RankCondition condition, BigDecimal[] points, int mask) {
        if (condition instanceof RankCondition.EvidenceOfType evidence) {
            return met(evidence, mask);
        }
        RankCondition.IndicatorsReaching reaching = (RankCondition.IndicatorsReaching) condition;
        return reaching.reached(points, rules) >= reaching.atLeast();
    }

    /** Whether the condition's indicator has a document of its type that counts under the view. */
    private boolean met(RankCondition.EvidenceOfType condition, int mask) {
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

    private static boolean any(List<EvidenceOutcome> evidence, RankCondition.EvidenceOfType condition, int mask) {
        for (EvidenceOutcome e : evidence) {
            if (e.type() == condition.evidenceType() && counts(e, mask, null)) {
                return true;
            }
        }
        return false;
    }
}
