package io.github.layakanak.kla.benchmarks;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.Direction;
import io.github.layakanak.kla.model.DocumentLevel;
import io.github.layakanak.kla.model.Evidence;
import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.FunctioningLevel;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.VerificationStatus;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.Rounding;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.rubric.BudgetSources;
import io.github.layakanak.kla.scoring.rubric.Composite;
import io.github.layakanak.kla.scoring.rubric.CountThresholds;
import io.github.layakanak.kla.scoring.rubric.DocumentLadder;
import io.github.layakanak.kla.scoring.rubric.FunctioningLadder;
import io.github.layakanak.kla.scoring.rubric.PercentBands;
import io.github.layakanak.kla.scoring.rubric.Presence;
import io.github.layakanak.kla.scoring.rubric.Proportional;
import io.github.layakanak.kla.scoring.rubric.TargetComparison;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A hand-written floor for the engine's total: the same totals, in hundredths of a point in a {@code long}, from
 * primitive arrays, with no {@code BigDecimal} and no allocation while scoring.
 *
 * <p>{@link #of(RulePack)} encodes a pack, outside the measured code: for each indicator its maximum in
 * hundredths and its rubric as one or more <em>slots</em> (a composite has one per item, any other rubric one
 * of weight 1), each with its kind and its thresholds and fractions. {@link #encode(Submission)} encodes a
 * submission: per slot its value as a {@code long} (a percentage in hundredths, a count, a level's ordinal, a
 * presence or budget as bits; a target comparison's values in hundredths), and per document its status at the
 * submission's stage, the document level it establishes and whether its type is accepted for its indicator.
 * {@link #total(District)} is the measured loop: the stage's counting rule, the evidence requirement (no
 * counting document gives 0; a claimed document level is capped at the strongest counting document), the
 * rubric arithmetic, rounding each indicator HALF_UP to hundredths, and the sum.
 *
 * <p>It follows kla-scoring's {@code Scorer} and the rubric kinds of {@code kla.scoring.rubric} as they are, including two choices a reader may
 * not expect: a document of a non-regulation type (a report, a photo, "other") establishes the level
 * {@link DocumentLevel#DRAFT}; and the cap applies only to an indicator whose own rubric is a document ladder,
 * not to a document-ladder item inside a composite (2022's {@code smoke-free}), which any counting document
 * lets earn the level claimed ({@code Composite} keeps {@code Rubric.supportedBy}'s default).
 *
 * <p>Its limits, each rejected with an {@link IllegalArgumentException} when a pack or a submission is
 * encoded: it computes the total only (no rank, sections, deficiencies, provisional range, gate, rank
 * conditions, recap checks or explanations) and trusts what the engine's own checks would reject (a
 * submission's year and region are not checked); no indicator scored by questions (the 2024 pack), no
 * {@code OPTIONS} or {@code CUSTOM} rubric and no composite inside a composite; rounding at scale 2,
 * {@code HALF_UP}, per indicator; fractions and weights in [0, 1] and exact in ten-thousandths; maxima exact
 * in hundredths, at most 10,000,000 points; percentages, targets and band bounds exact in hundredths and
 * percentages in [0, 100]; counts compared with a target no larger than {@code Long.MAX_VALUE / 100}.
 */
final class Floor {

    /** Fractions and weights are held in ten-thousandths. */
    private static final long FRACTION_ONE = 10_000;
    /** A weight times a fraction times a maximum in hundredths is at this scale over hundredths. */
    private static final long SCALE = FRACTION_ONE * FRACTION_ONE;
    private static final long HALF = SCALE / 2;
    private static final long MAX_HUNDREDTHS = 1_000_000_000L;
    /** A slot a composite's value does not give, or a previous year not known. */
    static final long ABSENT = Long.MIN_VALUE;

    private static final int DOCUMENT_LADDER = 0;
    private static final int FUNCTIONING_LADDER = 1;
    private static final int PERCENT_BANDS = 2;
    private static final int COUNT_THRESHOLDS = 3;
    private static final int TARGET_COMPARISON = 4;
    private static final int PRESENCE = 5;
    private static final int BUDGET_SOURCES = 6;
    private static final int PROPORTIONAL = 7;

    private static final int NO_DOCUMENT = DocumentLevel.NONE.ordinal();

    private final List<String> ids;
    private final Map<String, Integer> indexOf;
    private final long[] maxHundredths;
    /** The indicator's own rubric is a document ladder and needs evidence: the claimed level is capped. */
    private final boolean[] capsDocument;
    /** Any other indicator that needs evidence: without a counting document it earns nothing. */
    private final boolean[] needsEvidence;
    /** Indicator {@code i} has slots {@code slotStart[i]} to {@code slotStart[i + 1]}. */
    private final int[] slotStart;
    private final int[] slotKind;
    private final long[] slotWeight;
    /** Slot {@code s} has its parameters from {@code params[paramStart[s]]} on. */
    private final int[] paramStart;
    private final long[] params;
    /** Composite item ids by slot; null for a slot that is an indicator's whole rubric. */
    private final @Nullable String[] itemIds;
    /** Per stage ordinal, the statuses that count as bits by ordinal. */
    private final int[] countingAt;
    /** Per indicator, the evidence types it accepts; empty when it accepts any. */
    private final List<Set<EvidenceType>> accepted;

    private Floor(Encoder e) {
        this.ids = List.copyOf(e.ids);
        this.indexOf = Map.copyOf(e.indexOf);
        this.maxHundredths = e.max.stream().mapToLong(Long::longValue).toArray();
        int n = ids.size();
        this.capsDocument = new boolean[n];
        this.needsEvidence = new boolean[n];
        for (int i = 0; i < n; i++) {
            capsDocument[i] = e.caps.get(i);
            needsEvidence[i] = e.needs.get(i);
        }
        this.slotStart = e.slotStart.stream().mapToInt(Integer::intValue).toArray();
        this.slotKind = e.slotKind.stream().mapToInt(Integer::intValue).toArray();
        this.slotWeight = e.slotWeight.stream().mapToLong(Long::longValue).toArray();
        this.paramStart = e.paramStart.stream().mapToInt(Integer::intValue).toArray();
        this.params = e.params.stream().mapToLong(Long::longValue).toArray();
        this.itemIds = e.itemIds.toArray(new @Nullable String[0]);
        this.countingAt = e.countingAt;
        this.accepted = List.copyOf(e.acceptedSets);
    }

    /**
     * Encodes a pack.
     *
     * @param pack the pack
     * @return the floor of the pack
     * @throws IllegalArgumentException if the pack uses what the floor does not support (see the class comment)
     */
    static Floor of(RulePack pack) {
        requireNonNull(pack, "pack");
        Rounding rounding = pack.rounding();
        if (rounding.scale() != 2 || rounding.mode() != RoundingMode.HALF_UP
                || rounding.at() != Rounding.Point.INDICATOR) {
            throw unsupported("rounding must be to scale 2, HALF_UP, per indicator, but was " + rounding.scale()
                    + ", " + rounding.mode() + ", " + rounding.at());
        }
        Encoder e = new Encoder();
        for (Stage stage : Stage.values()) {
            int bits = 0;
            for (VerificationStatus status : VerificationStatus.values()) {
                if (pack.counts(status, stage)) {
                    bits |= 1 << status.ordinal();
                }
            }
            e.countingAt[stage.ordinal()] = bits;
        }
        for (IndicatorRule rule : pack.indicators()) {
            e.add(rule);
        }
        e.slotStart.add(e.slotKind.size());
        return new Floor(e);
    }

    /**
     * Returns the number of indicators.
     *
     * @return the number of indicators, in the pack's order
     */
    int indicators() {
        return ids.size();
    }

    /**
     * A submission encoded for the floor: primitive arrays only.
     */
    static final class District {
        final int stage;
        /** Per indicator: answered with a value. */
        final boolean[] answered;
        /** Per slot: the value, or {@link #ABSENT}. */
        final long[] value;
        /** Per slot: the previous year's value for a target comparison, or {@link #ABSENT}. */
        final long[] previous;
        /** Indicator {@code i} has documents {@code documentStart[i]} to {@code documentStart[i + 1]}. */
        final int[] documentStart;
        /** Per document: its status at the stage, as the status's ordinal. */
        final byte[] status;
        /** Per document: the document level it establishes, as the level's ordinal. */
        final byte[] level;
        /** Per document: whether its type is accepted for its indicator. */
        final boolean[] accepted;

        District(int stage, boolean[] answered, long[] value, long[] previous, int[] documentStart, byte[] status,
                byte[] level, boolean[] accepted) {
            this.stage = stage;
            this.answered = answered;
            this.value = value;
            this.previous = previous;
            this.documentStart = documentStart;
            this.status = status;
            this.level = level;
            this.accepted = accepted;
        }
    }

    /**
     * The floor's total of a district: the measured loop.
     *
     * @param d the district
     * @return the total in hundredths of a point
     */
    long total(District d) {
        long total = 0;
        for (int i = 0; i < maxHundredths.length; i++) {
            total += points(d, i);
        }
        return total;
    }

    /**
     * One indicator's points, rounded HALF_UP to hundredths.
     *
     * @param d the district
     * @param i the indicator's index in the pack's order
     * @return the points in hundredths
     */
    long points(District d, int i) {
        if (!d.answered[i]) {
            return 0;
        }
        int counting = countingAt[d.stage];
        boolean anyCounted = false;
        int strongest = NO_DOCUMENT;
        for (int e = d.documentStart[i], end = d.documentStart[i + 1]; e < end; e++) {
            if (d.accepted[e] && (counting >>> d.status[e] & 1) != 0) {
                anyCounted = true;
                strongest = Math.max(strongest, d.level[e]);
            }
        }
        int first = slotStart[i];
        long fraction;
        if (capsDocument[i]) {
            int claimed = (int) d.value[first];
            fraction = FRACTION_ONE * params[paramStart[first] + Math.min(claimed, strongest)];
        } else if (needsEvidence[i] && !anyCounted) {
            return 0;
        } else {
            fraction = 0;
            for (int s = first, end = slotStart[i + 1]; s < end; s++) {
                long v = d.value[s];
                if (v != ABSENT) {
                    fraction += slotWeight[s] * rate(s, v, d.previous[s]);
                }
            }
        }
        return (fraction * maxHundredths[i] + HALF) / SCALE;
    }

    /** The fraction, in ten-thousandths, that a slot's rubric gives a value. */
    private long rate(int s, long v, long previous) {
        int p = paramStart[s];
        switch (slotKind[s]) {
            case DOCUMENT_LADDER:
            case FUNCTIONING_LADDER:
                return params[p + (int) v];
            case PERCENT_BANDS:
            case COUNT_THRESHOLDS: {
                // As the engine does: the last band whose lower bound the value reaches, the first when none.
                int n = (int) params[p];
                int found = 0;
                for (int k = 0; k < n; k++) {
                    if (v >= params[p + 1 + 2 * k]) {
                        found = k;
                    }
                }
                return params[p + 2 + 2 * found];
            }
            case TARGET_COMPARISON: {
                long sign = params[p];
                if (Long.signum(v - params[p + 1]) * sign >= 0) {
                    return params[p + 2];
                }
                if (previous != ABSENT && Long.signum(v - previous) * sign > 0) {
                    return params[p + 3];
                }
                return params[p + 4];
            }
            case PRESENCE:
                return v != 0 ? params[p] : params[p + 1];
            case BUDGET_SOURCES:
                return v == 3 ? params[p] : v != 0 ? params[p + 1] : params[p + 2];
            case PROPORTIONAL:
                // A percentage in hundredths is its fraction in ten-thousandths.
                return params[p] != 0 ? FRACTION_ONE - v : v;
            default:
                throw new IllegalStateException("slot kind " + slotKind[s]);
        }
    }

    /**
     * Encodes a submission for this floor's pack.
     *
     * @param submission the submission
     * @return the district
     * @throws IllegalArgumentException if the submission holds what the floor cannot encode (see the class
     *                                  comment), or what the engine would reject (an indicator the pack lacks, a
     *                                  value of a kind the rubric does not rate)
     */
    District encode(Submission submission) {
        requireNonNull(submission, "submission");
        int n = ids.size();
        Answer[] answers = new Answer[n];
        for (Answer answer : submission.answers()) {
            Integer i = indexOf.get(answer.indicator());
            if (i == null) {
                throw unsupported("the pack has no indicator [" + answer.indicator() + "]");
            }
            if (answers[i] == null) {
                answers[i] = answer;
            }
        }
        int slots = slotKind.length;
        boolean[] answered = new boolean[n];
        long[] value = new long[slots];
        long[] previous = new long[slots];
        Arrays.fill(value, ABSENT);
        Arrays.fill(previous, ABSENT);
        int[] documentStart = new int[n + 1];
        List<Evidence> documents = new ArrayList<>();
        List<Boolean> acceptedList = new ArrayList<>();
        Stage stage = submission.stage();
        for (int i = 0; i < n; i++) {
            documentStart[i] = documents.size();
            Answer answer = answers[i];
            if (answer == null) {
                continue;
            }
            if (!answer.questions().isEmpty()) {
                throw unsupported("indicator [" + ids.get(i) + "] is answered by questions");
            }
            for (Evidence e : answer.evidence()) {
                documents.add(e);
                acceptedList.add(accepted.get(i).isEmpty() || accepted.get(i).contains(e.type()));
            }
            if (answer.value().isEmpty()) {
                continue;
            }
            answered[i] = true;
            IndicatorValue given = answer.value().get();
            if (itemIds[slotStart[i]] == null) {
                encodeSlot(slotStart[i], given, value, previous);
            } else if (given instanceof IndicatorValue.Composite composite) {
                Map<String, IndicatorValue> items = new HashMap<>(composite.items());
                for (int s = slotStart[i]; s < slotStart[i + 1]; s++) {
                    IndicatorValue item = items.remove(itemIds[s]);
                    if (item != null) {
                        encodeSlot(s, item, value, previous);
                    }
                }
                if (!items.isEmpty()) {
                    throw unsupported("indicator [" + ids.get(i) + "] has no items " + items.keySet());
                }
            } else {
                throw unsupported("indicator [" + ids.get(i) + "] rates a composite, not " + given.kind());
            }
        }
        documentStart[n] = documents.size();
        byte[] status = new byte[documents.size()];
        byte[] level = new byte[documents.size()];
        boolean[] acceptedFlags = new boolean[documents.size()];
        for (int k = 0; k < status.length; k++) {
            Evidence e = documents.get(k);
            status[k] = (byte) e.verdictAt(stage).status().ordinal();
            // As the engine does: a document that is not a regulation establishes a draft.
            DocumentLevel established = e.type().isRegulation() ? e.type().documentLevel() : DocumentLevel.DRAFT;
            level[k] = (byte) established.ordinal();
            acceptedFlags[k] = acceptedList.get(k);
        }
        return new District(stage.ordinal(), answered, value, previous, documentStart, status, level,
                acceptedFlags);
    }

    private void encodeSlot(int s, IndicatorValue v, long[] value, long[] previous) {
        switch (slotKind[s]) {
            case DOCUMENT_LADDER:
                value[s] = as(v, IndicatorValue.Document.class, s).level().ordinal();
                return;
            case FUNCTIONING_LADDER:
                value[s] = as(v, IndicatorValue.Functioning.class, s).level().ordinal();
                return;
            case PERCENT_BANDS:
            case PROPORTIONAL:
                value[s] = percent(as(v, IndicatorValue.Percentage.class, s).percent());
                return;
            case COUNT_THRESHOLDS:
                value[s] = as(v, IndicatorValue.Count.class, s).count();
                return;
            case TARGET_COMPARISON:
                if (v instanceof IndicatorValue.Percentage p) {
                    value[s] = percent(p.percent());
                    previous[s] = p.previousYear().map(Floor::percent).orElse(ABSENT);
                } else if (v instanceof IndicatorValue.Count c) {
                    value[s] = countInHundredths(c.count());
                    previous[s] = c.previousYear().map(Floor::countInHundredths).orElse(ABSENT);
                } else {
                    throw unsupported("a target comparison rates a percentage or a count, not " + v.kind());
                }
                return;
            case PRESENCE:
                value[s] = as(v, IndicatorValue.Presence.class, s).present() ? 1 : 0;
                return;
            case BUDGET_SOURCES: {
                IndicatorValue.Budget b = as(v, IndicatorValue.Budget.class, s);
                value[s] = (b.regional() ? 1 : 0) | (b.other() ? 2 : 0);
                return;
            }
            default:
                throw new IllegalStateException("slot kind " + slotKind[s]);
        }
    }

    private <T extends IndicatorValue> T as(IndicatorValue v, Class<T> type, int s) {
        if (!type.isInstance(v)) {
            throw unsupported("slot " + s + " of kind " + slotKind[s] + " rates " + type.getSimpleName() + ", not "
                    + v.kind());
        }
        return type.cast(v);
    }

    private static long percent(BigDecimal percent) {
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw unsupported("percent must be in [0, 100], but was " + percent.toPlainString());
        }
        return hundredths(percent, "percent");
    }

    private static long countInHundredths(long count) {
        if (count > Long.MAX_VALUE / 100) {
            throw unsupported("a count compared with a target must be at most " + Long.MAX_VALUE / 100
                    + ", but was " + count);
        }
        return count * 100;
    }

    private static long hundredths(BigDecimal x, String what) {
        try {
            return x.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            throw unsupported(what + " must be exact in hundredths, but was " + x.toPlainString());
        }
    }

    private static long fraction(BigDecimal x) {
        if (x.signum() < 0 || x.compareTo(BigDecimal.ONE) > 0) {
            throw unsupported("a fraction or weight must be in [0, 1], but was " + x.toPlainString());
        }
        try {
            return x.setScale(4, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            throw unsupported("a fraction or weight must be exact in ten-thousandths, but was " + x.toPlainString());
        }
    }

    private static IllegalArgumentException unsupported(String what) {
        return new IllegalArgumentException(String.format(Locale.ROOT, "the floor cannot encode this: %s", what));
    }

    /** Builds the arrays of a pack, indicator by indicator. */
    private static final class Encoder {
        final List<String> ids = new ArrayList<>();
        final Map<String, Integer> indexOf = new HashMap<>();
        final List<Long> max = new ArrayList<>();
        final List<Boolean> caps = new ArrayList<>();
        final List<Boolean> needs = new ArrayList<>();
        final List<Integer> slotStart = new ArrayList<>();
        final List<Integer> slotKind = new ArrayList<>();
        final List<Long> slotWeight = new ArrayList<>();
        final List<Integer> paramStart = new ArrayList<>();
        final List<Long> params = new ArrayList<>();
        final List<@Nullable String> itemIds = new ArrayList<>();
        final List<Set<EvidenceType>> acceptedSets = new ArrayList<>();
        final int[] countingAt = new int[Stage.values().length];

        void add(IndicatorRule rule) {
            if (rule.byQuestions() || rule.rubric().isEmpty()) {
                throw unsupported("indicator [" + rule.id() + "] is scored by questions");
            }
            long m = hundredths(rule.max().value(), "an indicator's maximum");
            if (m < 0 || m > MAX_HUNDREDTHS) {
                throw unsupported("an indicator's maximum must be in [0, 10000000], but was "
                        + rule.max().value().toPlainString());
            }
            indexOf.put(rule.id(), ids.size());
            ids.add(rule.id());
            max.add(m);
            acceptedSets.add(Set.copyOf(rule.indicator().acceptedEvidence()));
            Rubric rubric = rule.rubric().get();
            caps.add(rule.evidenceRequired() && rubric instanceof DocumentLadder);
            needs.add(rule.evidenceRequired() && !(rubric instanceof DocumentLadder));
            slotStart.add(slotKind.size());
            if (rubric instanceof Composite composite) {
                for (Composite.Item item : composite.items()) {
                    slot(item.rubric(), fraction(item.weight()), item.id());
                }
            } else {
                slot(rubric, FRACTION_ONE, null);
            }
        }

        private void slot(Rubric rubric, long weight, @Nullable String itemId) {
            slotWeight.add(weight);
            itemIds.add(itemId);
            paramStart.add(params.size());
            if (rubric instanceof DocumentLadder ladder) {
                slotKind.add(DOCUMENT_LADDER);
                for (DocumentLevel level : DocumentLevel.values()) {
                    params.add(fraction(ladder.fractions().get(level)));
                }
            } else if (rubric instanceof FunctioningLadder ladder) {
                slotKind.add(FUNCTIONING_LADDER);
                for (FunctioningLevel level : FunctioningLevel.values()) {
                    params.add(fraction(ladder.fractions().get(level)));
                }
            } else if (rubric instanceof PercentBands bands) {
                slotKind.add(PERCENT_BANDS);
                params.add((long) bands.bands().size());
                for (PercentBands.Band band : bands.bands()) {
                    params.add(hundredths(band.from(), "a band's lower bound"));
                    params.add(fraction(band.fraction()));
                }
            } else if (rubric instanceof CountThresholds thresholds) {
                slotKind.add(COUNT_THRESHOLDS);
                params.add((long) thresholds.thresholds().size());
                for (CountThresholds.Threshold t : thresholds.thresholds()) {
                    params.add(t.atLeast());
                    params.add(fraction(t.fraction()));
                }
            } else if (rubric instanceof TargetComparison target) {
                slotKind.add(TARGET_COMPARISON);
                params.add(target.direction() == Direction.LOWER_IS_BETTER ? -1L : 1L);
                params.add(hundredths(target.target(), "a target"));
                params.add(fraction(target.atTarget()));
                params.add(fraction(target.improving()));
                params.add(fraction(target.worsening()));
            } else if (rubric instanceof Presence presence) {
                slotKind.add(PRESENCE);
                params.add(fraction(presence.present()));
                params.add(fraction(presence.absent()));
            } else if (rubric instanceof BudgetSources budget) {
                slotKind.add(BUDGET_SOURCES);
                params.add(fraction(budget.both()));
                params.add(fraction(budget.one()));
                params.add(fraction(budget.none()));
            } else if (rubric instanceof Proportional proportional) {
                slotKind.add(PROPORTIONAL);
                params.add(proportional.direction() == Direction.LOWER_IS_BETTER ? 1L : 0L);
            } else {
                throw unsupported("rubric kind " + rubric.kind() + (itemId == null ? "" : " in a composite"));
            }
        }
    }
}
