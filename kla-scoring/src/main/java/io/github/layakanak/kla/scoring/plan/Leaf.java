package io.github.layakanak.kla.scoring.plan;

import io.github.layakanak.kla.model.DocumentLevel;
import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.MeasurementKind;
import io.github.layakanak.kla.scoring.EvidenceOutcome;
import io.github.layakanak.kla.scoring.RulePackException;
import io.github.layakanak.kla.scoring.pack.Rating;
import io.github.layakanak.kla.scoring.pack.Response;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.Rung;
import io.github.layakanak.kla.scoring.rubric.Composite;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One answer the planner can change, and every way it can end: an indicator rated by one rubric, or one question.
 * Each {@link Option} is a list of moves with the points the answer earns after them, computed by the rule the
 * engine scores by: a response rated as far as the strongest document that counts supports it, or nothing without
 * one where evidence is required.
 */
final class Leaf {

    /** One improvement of the answer, before the plan orders it and gives it a gain. */
    record Move(Step.Kind kind, Optional<String> item, Optional<Rung> from, Optional<Rung> to,
            Optional<EvidenceOutcome> evidence, Optional<EvidenceType> added, @Nullable Response response,
            @Nullable IndicatorValue itemValue, DocumentLevel level, boolean changeable, long effort) {
    }

    /**
     * One way the answer can end: the moves (evidence first, then rungs), their effort in units of
     * 10<sup>-{@value Effort#SCALE}</sup>, and the points the answer then earns, exact.
     */
    record Option(List<Move> moves, long effort, BigDecimal points, boolean meetsCondition) {
    }

    /** The pointer of a document the plan needs of an indicator as a whole, counted for its questions. */
    static final String PLANNED = "/planned";

    final String packId;
    final int indicator;
    final int question;
    final String indicatorId;
    final @Nullable String questionCode;
    final @Nullable Rubric rubric;
    final Response current;
    final DocumentLevel baseline;
    /** The strongest level before a document the plan needs of the indicator as a whole counts ({@link #PLANNED}). */
    final DocumentLevel before;
    final boolean required;
    final BigDecimal max;
    /** The options, the current one first. */
    final List<Option> options;

    private Leaf(String packId, int indicator, int question, String indicatorId, @Nullable String questionCode,
            @Nullable Rubric rubric,
            Response current, DocumentLevel baseline, DocumentLevel before, boolean required, BigDecimal max,
            List<Option> options) {
        this.packId = packId;
        this.indicator = indicator;
        this.question = question;
        this.indicatorId = indicatorId;
        this.questionCode = questionCode;
        this.rubric = rubric;
        this.current = current;
        this.baseline = baseline;
        this.before = before;
        this.required = required;
        this.max = max;
        this.options = options;
    }

    /**
     * What the planner may do with an indicator's answers: the effort of each step, whether only documents, which
     * document types count for the indicator, what it measures, whether a document can count at all at the stage
     * (a pack may count none at some stage), and the type a rank condition needs of it.
     */
    record Rules(String packId, Effort effort, boolean documentsOnly, Set<EvidenceType> accepted,
            MeasurementKind kind, boolean evidenceCounts, @Nullable EvidenceType condition) {

        /** The same rules, with a rank condition's document type needed (or none). */
        Rules needing(@Nullable EvidenceType type) {
            return new Rules(packId, effort, documentsOnly, accepted, kind, evidenceCounts, type);
        }

        /** The same rules, for an answer that measures another kind (a question's own). */
        Rules measuring(MeasurementKind measured) {
            return new Rules(packId, effort, documentsOnly, accepted, measured, evidenceCounts, condition);
        }

        /** The same rules, with documents only. */
        Rules onlyDocuments() {
            return new Rules(packId, effort, true, accepted, kind, evidenceCounts, condition);
        }
    }

    private static RulePackException failure(String packId, Rubric rubric, String doing, RuntimeException e) {
        return new RulePackException(packId, "/: rubric kind [" + rubric.kind() + "] failed to " + doing + ": " + e,
                e);
    }

    /** Builds the leaf of one answer, with every option a plan could choose for it. */
    static Leaf of(int indicator, int question, String indicatorId, @Nullable String questionCode, Rubric rubric,
            Response current, List<EvidenceOutcome> own, List<EvidenceOutcome> shared, boolean required,
            BigDecimal max, Rules rules) {
        DocumentLevel baseline = DocumentLevel.NONE;
        DocumentLevel before = DocumentLevel.NONE;
        boolean conditionMet = rules.condition() == null;
        for (List<EvidenceOutcome> list : List.of(own, shared)) {
            for (EvidenceOutcome e : list) {
                if (e.counts()) {
                    baseline = e.level().compareTo(baseline) > 0 ? e.level() : baseline;
                    if (!e.pointer().equals(PLANNED)) {
                        before = e.level().compareTo(before) > 0 ? e.level() : before;
                    }
                    conditionMet |= e.type() == rules.condition();
                }
            }
        }
        // Only a question takes an answer option: an indicator's own answer is a value.
        List<Candidate> responses = responses(indicatorId, rubric, current, rules, question >= 0);
        List<Act> acts = acts(indicatorId, own, baseline, required, conditionMet, rules);
        List<Option> options = new ArrayList<>();
        for (Act act : acts) {
            for (Candidate candidate : responses) {
                boolean meets = conditionMet || act.meetsCondition();
                BigDecimal points = points(rules.packId(), rubric, candidate.response(), act.level(), required, max);
                List<Move> moves = new ArrayList<>(act.moves());
                moves.addAll(candidate.moves());
                options.add(new Option(List.copyOf(moves), act.effort() + candidate.effort(), points, meets));
            }
        }
        return new Leaf(rules.packId(), indicator, question, indicatorId, questionCode, rubric, current, baseline,
                before, required, max, Frontier.prune(options));
    }

    /**
     * The leaf of a document a rank condition needs on an instrument-shaped indicator as a whole: it earns nothing
     * itself, and its options are the ways to a document of the condition's type that counts.
     */
    static Leaf condition(int indicator, String indicatorId, List<EvidenceOutcome> own, Rules rules) {
        List<Option> options = new ArrayList<>();
        for (Act act : acts(indicatorId, own, DocumentLevel.NONE, false, false, rules)) {
            options.add(new Option(act.moves(), act.effort(), BigDecimal.ZERO, act.meetsCondition()));
        }
        return new Leaf(rules.packId(), indicator, -1, indicatorId, null, null, Response.NONE, DocumentLevel.NONE,
                DocumentLevel.NONE, false, BigDecimal.ZERO, Frontier.prune(options));
    }

    /** A leaf whose points no step changes: a question a verifier awarded. */
    static Leaf fixed(String packId, int indicator, int question, String indicatorId, String questionCode,
            Rubric rubric, BigDecimal points, BigDecimal max) {
        return new Leaf(packId, indicator, question, indicatorId, questionCode, rubric, Response.NONE, DocumentLevel.NONE,
                DocumentLevel.NONE,
                false, max, List.of(new Option(List.of(), 0, points, true)));
    }

    /** The points a response earns with the strongest document that counts, by the engine's rule. */
    static BigDecimal points(String packId, Rubric rubric, Response response, DocumentLevel strongest,
            boolean required, BigDecimal max) {
        if (!response.isGiven()) {
            return BigDecimal.ZERO;
        }
        try {
            Response supported = required ? rubric.supportedBy(response, strongest) : response;
            return supported.isGiven() ? rubric.rate(supported).fraction().multiply(max) : BigDecimal.ZERO;
        } catch (RuntimeException e) {
            throw failure(packId, rubric, "rate a planned answer", e);
        }
    }

    /**
     * The points after the first {@code count} moves of an option, with or without the document the plan needs of
     * the indicator as a whole counting yet.
     */
    BigDecimal pointsAfter(Option option, int count, boolean planned) {
        DocumentLevel from = planned ? baseline : before;
        if (rubric == null || (option.moves().isEmpty() && count == 0 && options.get(0) == option
                && from == baseline)) {
            return rubric == null ? BigDecimal.ZERO : option.points();
        }
        DocumentLevel strongest = from;
        for (int m = 0; m < count; m++) {
            Move move = option.moves().get(m);
            if (move.kind() != Step.Kind.RUNG_UP) {
                strongest = move.level().compareTo(strongest) > 0 ? move.level() : strongest;
            }
        }
        return points(packId, rubric, responseAfter(option, count), strongest, required, max);
    }

    /** The response after every move of an option. */
    Response responseAfter(Option option) {
        return responseAfter(option, option.moves().size());
    }

    /** The response after the first {@code count} moves of an option: its rung moves, an item's or the answer's. */
    private Response responseAfter(Option option, int count) {
        Response response = current;
        Map<String, IndicatorValue> items = null;
        for (int m = 0; m < count; m++) {
            Move move = option.moves().get(m);
            if (move.kind() != Step.Kind.RUNG_UP) {
                continue;
            }
            if (move.item().isPresent()) {
                if (items == null) {
                    items = new LinkedHashMap<>(compositeItems(response));
                }
                items.put(move.item().get(), move.itemValue());
                response = Response.of(new IndicatorValue.Composite(items));
            } else {
                response = move.response();
            }
        }
        return response;
    }

    private static Map<String, IndicatorValue> compositeItems(Response response) {
        return response.value().filter(IndicatorValue.Composite.class::isInstance)
                .map(v -> ((IndicatorValue.Composite) v).items()).orElse(Map.of());
    }

    // ---- Responses: the answer as it is, and each rung above it ----

    private record Candidate(Response response, List<Move> moves, long effort) {
    }

    private static List<Candidate> responses(String indicatorId, Rubric rubric, Response current, Rules rules,
            boolean options) {
        if (rubric instanceof Composite composite
                && (current.value().isEmpty() || current.value().get() instanceof IndicatorValue.Composite)) {
            return compositeResponses(indicatorId, composite, current, rules);
        }
        List<Candidate> found = new ArrayList<>();
        found.add(new Candidate(current, List.of(), 0));
        MeasurementKind kind = current.value().map(IndicatorValue::kind)
                .orElseGet(() -> rubric.valueKinds().contains(rules.kind()) ? rules.kind()
                        : rubric.valueKinds().stream().sorted().findFirst().orElse(rules.kind()));
        boolean changeable = kind == MeasurementKind.DOCUMENT_LEVEL && !rubric.valueKinds().isEmpty();
        if (rules.documentsOnly() && !changeable) {
            return found;
        }
        long effort = units(rules.effort().of(indicatorId, Step.Kind.RUNG_UP));
        List<Rung> ladder = rubric.ladder();
        int at = position(rules.packId(), rubric, current, ladder);
        List<Move> moves = new ArrayList<>();
        Optional<Rung> from = at < 0 ? Optional.empty() : Optional.of(ladder.get(at));
        BigDecimal reached = at < 0 ? BigDecimal.ZERO : ladder.get(at).fraction();
        for (int j = at + 1; j < ladder.size(); j++) {
            Rung rung = ladder.get(j);
            if (rung.fraction().compareTo(reached) <= 0) {
                continue; // a rung that earns no more is no improvement
            }
            reached = rung.fraction();
            Optional<Response> witness = witness(rules.packId(), rubric, rung, kind);
            if (witness.isEmpty() || (!options && witness.get().option().isPresent())) {
                break;
            }
            moves.add(new Move(Step.Kind.RUNG_UP, Optional.empty(), from, Optional.of(rung), Optional.empty(),
                    Optional.empty(), witness.get(), null, DocumentLevel.NONE, changeable, effort));
            found.add(new Candidate(witness.get(), List.copyOf(moves), effort * moves.size()));
            from = Optional.of(rung);
        }
        return found;
    }

    /** Where a response stands on a ladder: the highest rung it reaches; -1 when it is not given. */
    private static int position(String packId, Rubric rubric, Response response, List<Rung> ladder) {
        if (!response.isGiven()) {
            return -1;
        }
        Rating rating;
        try {
            rating = rubric.rate(response);
        } catch (RuntimeException e) {
            throw failure(packId, rubric, "rate an answer", e);
        }
        int exact = ladder.indexOf(rating.rung());
        if (exact >= 0) {
            return exact;
        }
        int at = -1;
        for (int j = 0; j < ladder.size(); j++) {
            if (ladder.get(j).fraction().compareTo(rating.fraction()) <= 0) {
                at = j;
            }
        }
        return at;
    }

    private static Optional<Response> witness(String packId, Rubric rubric, Rung rung, MeasurementKind kind) {
        try {
            return rubric.witness(rung, kind);
        } catch (RuntimeException e) {
            throw failure(packId, rubric, "give an answer for rung [" + rung.id() + "]", e);
        }
    }

    /**
     * A composite's responses: each item climbs its own ladder, and the items' options are combined into the
     * cheapest ways to each weighted sum (a composite earns the sum of its items' weighted fractions).
     */
    private static List<Candidate> compositeResponses(String indicatorId, Composite composite, Response current,
            Rules rules) {
        Map<String, IndicatorValue> given = compositeItems(current);
        long effort = units(rules.effort().of(indicatorId, Step.Kind.RUNG_UP));
        // Each partial combination: the moves so far and the weighted fraction; pruned as a frontier.
        List<Option> partial = List.of(new Option(List.of(), 0, BigDecimal.ZERO, true));
        for (Composite.Item item : composite.items()) {
            Rubric rubric = item.rubric();
            Response now = Optional.ofNullable(given.get(item.id())).map(Response::of).orElse(Response.NONE);
            MeasurementKind kind = now.value().map(IndicatorValue::kind)
                    .orElseGet(() -> rubric.valueKinds().stream().sorted().findFirst().orElse(rules.kind()));
            boolean changeable = kind == MeasurementKind.DOCUMENT_LEVEL;
            List<Option> choices = new ArrayList<>();
            choices.add(new Option(List.of(), 0, fraction(rules.packId(), rubric, now).multiply(item.weight()), true));
            if (!rules.documentsOnly() || changeable) {
                List<Rung> ladder = rubric.ladder();
                int at = position(rules.packId(), rubric, now, ladder);
                Optional<Rung> from = at < 0 ? Optional.empty() : Optional.of(ladder.get(at));
                List<Move> moves = new ArrayList<>();
                BigDecimal reached = at < 0 ? BigDecimal.ZERO : ladder.get(at).fraction();
                for (int j = at + 1; j < ladder.size(); j++) {
                    Rung rung = ladder.get(j);
                    if (rung.fraction().compareTo(reached) <= 0) {
                        continue;
                    }
                    reached = rung.fraction();
                    Optional<IndicatorValue> value = witness(rules.packId(), rubric, rung, kind).flatMap(Response::value);
                    if (value.isEmpty()) {
                        break;
                    }
                    moves.add(new Move(Step.Kind.RUNG_UP, Optional.of(item.id()), from, Optional.of(rung),
                            Optional.empty(), Optional.empty(), null, value.get(), DocumentLevel.NONE, changeable,
                            effort));
                    choices.add(new Option(List.copyOf(moves), effort * moves.size(),
                            fraction(rules.packId(), rubric, Response.of(value.get())).multiply(item.weight()), true));
                    from = Optional.of(rung);
                }
            }
            partial = Frontier.prune(Frontier.combine(partial, choices));
        }
        List<Candidate> found = new ArrayList<>(partial.size());
        for (Option option : partial) {
            if (option.moves().isEmpty()) {
                found.add(0, new Candidate(current, List.of(), 0));
                continue;
            }
            Map<String, IndicatorValue> items = new LinkedHashMap<>(given);
            for (Move move : option.moves()) {
                items.put(move.item().orElseThrow(), move.itemValue());
            }
            found.add(new Candidate(Response.of(new IndicatorValue.Composite(items)), option.moves(),
                    option.effort()));
        }
        if (found.isEmpty() || !found.get(0).moves().isEmpty()) {
            found.add(0, new Candidate(current, List.of(), 0));
        }
        return found;
    }

    private static BigDecimal fraction(String packId, Rubric rubric, Response response) {
        if (!response.isGiven()) {
            return BigDecimal.ZERO;
        }
        try {
            return rubric.rate(response).fraction();
        } catch (RuntimeException e) {
            throw failure(packId, rubric, "rate an answer", e);
        }
    }

    // ---- Evidence: as it is, one document made to count, or one attached (two, for a rank condition) ----

    private record Act(List<Move> moves, DocumentLevel level, long effort, boolean meetsCondition) {
    }

    private static List<Act> acts(String indicatorId, List<EvidenceOutcome> own, DocumentLevel baseline,
            boolean required, boolean conditionMet, Rules rules) {
        List<Act> acts = new ArrayList<>();
        acts.add(new Act(List.of(), baseline, 0, false));
        if ((!required && conditionMet) || !rules.evidenceCounts()) {
            return acts;
        }
        long fix = units(rules.effort().of(indicatorId, Step.Kind.EVIDENCE_FIXED));
        long add = units(rules.effort().of(indicatorId, Step.Kind.EVIDENCE_ADDED));
        boolean[] levelTaken = new boolean[DocumentLevel.values().length];
        boolean conditionTaken = false;
        for (EvidenceOutcome e : own) {
            if (e.counts() || !e.accepted()) {
                continue;
            }
            boolean forCondition = !conditionMet && !conditionTaken && e.type() == rules.condition();
            boolean stronger = required && e.level().compareTo(baseline) > 0 && !levelTaken[e.level().ordinal()];
            if (stronger || forCondition) {
                levelTaken[e.level().ordinal()] |= stronger;
                conditionTaken |= forCondition;
                DocumentLevel level = e.level().compareTo(baseline) > 0 ? e.level() : baseline;
                acts.add(new Act(List.of(new Move(Step.Kind.EVIDENCE_FIXED, Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.of(e), Optional.empty(), null, null, level, true, fix)), level,
                        fix, e.type() == rules.condition()));
            }
        }
        List<EvidenceType> types = new ArrayList<>();
        if (required) {
            for (DocumentLevel level : DocumentLevel.values()) {
                if (level.compareTo(baseline) > 0) {
                    typeOf(level, rules.accepted()).ifPresent(types::add);
                }
            }
        }
        if (!conditionMet && !types.contains(rules.condition())
                && (rules.accepted().isEmpty() || rules.accepted().contains(rules.condition()))) {
            types.add(rules.condition());
        }
        for (EvidenceType type : types) {
            DocumentLevel level = levelOf(type).compareTo(baseline) > 0 ? levelOf(type) : baseline;
            acts.add(new Act(List.of(new Move(Step.Kind.EVIDENCE_ADDED, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.of(type), null, null, level, true, add)), level, add,
                    type == rules.condition()));
        }
        if (required && !conditionMet) {
            acts.addAll(pairs(acts));
        }
        return acts;
    }

    /**
     * The document a rank condition needs together with a stronger one the answer needs: the condition's own
     * supports the answer only as far as its level, so an answer above it needs both. The stronger one comes first,
     * so that no step loses points on the way.
     */
    private static List<Act> pairs(List<Act> acts) {
        List<Act> pairs = new ArrayList<>();
        for (Act condition : acts) {
            if (!condition.meetsCondition()) {
                continue;
            }
            for (Act stronger : acts) {
                if (!stronger.meetsCondition() && !stronger.moves().isEmpty()
                        && stronger.level().compareTo(condition.level()) > 0) {
                    List<Move> moves = new ArrayList<>(stronger.moves());
                    moves.addAll(condition.moves());
                    pairs.add(new Act(List.copyOf(moves), stronger.level(), stronger.effort() + condition.effort(),
                            true));
                }
            }
        }
        return pairs;
    }

    /** A document type of a level that the indicator accepts: a report or the like for a non-regulation. */
    private static Optional<EvidenceType> typeOf(DocumentLevel level, Set<EvidenceType> accepted) {
        if (level == DocumentLevel.NONE) {
            return Optional.empty();
        }
        for (EvidenceType type : EvidenceType.values()) {
            if (levelOf(type) == level && (accepted.isEmpty() || accepted.contains(type))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static DocumentLevel levelOf(EvidenceType type) {
        return type.isRegulation() ? type.documentLevel() : DocumentLevel.DRAFT;
    }

    /** An effort in units of 10<sup>-{@value Effort#SCALE}</sup>. */
    static long units(BigDecimal effort) {
        return effort.movePointRight(Effort.SCALE).longValueExact();
    }
}
