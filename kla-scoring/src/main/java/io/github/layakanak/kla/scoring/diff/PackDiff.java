package io.github.layakanak.kla.scoring.diff;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.VerificationStatus;
import io.github.layakanak.kla.scoring.RulePackException;
import io.github.layakanak.kla.scoring.diff.Change.Aspect;
import io.github.layakanak.kla.scoring.diff.Change.Part;
import io.github.layakanak.kla.scoring.internal.Hashing;
import io.github.layakanak.kla.scoring.internal.PackFormat;
import io.github.layakanak.kla.scoring.pack.Gate;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.Message;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.Quantity;
import io.github.layakanak.kla.scoring.pack.QuestionRule;
import io.github.layakanak.kla.scoring.pack.RankBands;
import io.github.layakanak.kla.scoring.pack.RankCondition;
import io.github.layakanak.kla.scoring.pack.Rounding;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What differs between two rule packs: the indicators added, removed and changed (matched by their stable
 * {@linkplain IndicatorRule#id() id}), and every changed rule of the pack as a whole: the total and section maxima,
 * the rounding, the rank bands, the gate, the rank conditions and the stage rules, each number's provenance with
 * it. A pack against itself, or against a copy that changes nothing, gives an empty diff.
 *
 * <pre>{@code
 * RulePack official = RulePackLoader.create().applyOverlay(pack, Path.of("kemenpppa-2022.json"));
 * PackDiff diff = PackDiff.between(pack, official);
 * diff.changed().get(0).changes();   // [Change[part=INDICATOR_MAX, aspect=VALUE, before=40.00, after=35.00], ...]
 * DiffExplainer.of(Locale.forLanguageTag("id")).lines(diff);   // the same in words
 * }</pre>
 *
 * <p>The order is the packs' own: indicators removed and changed in the first pack's order, indicators added in
 * the second's; the pack's rules in the order of a parameters file.
 *
 * @param from    the first pack's id
 * @param to      the second pack's id
 * @param added   the indicators only the second pack scores
 * @param removed the indicators only the first pack scores
 * @param changed the indicators both score, differently
 * @param rules   the changes of the pack's own rules
 */
public record PackDiff(String from, String to, List<IndicatorEntry> added, List<IndicatorEntry> removed,
        List<IndicatorDiff> changed, List<Change> rules) {

    /**
     * An indicator only one pack scores.
     *
     * @param id      its stable id
     * @param code    its code in the pack's instrument
     * @param name    its name in that pack, in both languages
     * @param cluster its section
     * @param max     its maximum in that pack
     */
    public record IndicatorEntry(String id, String code, Message.Text name, Cluster cluster, BigDecimal max) {

        /**
         * Creates an entry.
         *
         * @param id      the id
         * @param code    the code
         * @param name    the name
         * @param cluster the section
         * @param max     the maximum
         * @throws NullPointerException if an argument is null
         */
        public IndicatorEntry {
            requireNonNull(id, "id");
            requireNonNull(code, "code");
            requireNonNull(name, "name");
            requireNonNull(cluster, "cluster");
            requireNonNull(max, "max");
        }
    }

    /**
     * An indicator both packs score, and what differs.
     *
     * @param id      its stable id
     * @param code    its code in the second pack's instrument
     * @param name    its name in the second pack, in both languages
     * @param cluster its section in the second pack
     * @param changes what differs, never empty
     */
    public record IndicatorDiff(String id, String code, Message.Text name, Cluster cluster, List<Change> changes) {

        /**
         * Creates an indicator's diff.
         *
         * @param id      the id
         * @param code    the code
         * @param name    the name
         * @param cluster the section
         * @param changes the changes
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if {@code changes} is empty
         */
        public IndicatorDiff {
            requireNonNull(id, "id");
            requireNonNull(code, "code");
            requireNonNull(name, "name");
            requireNonNull(cluster, "cluster");
            changes = List.copyOf(changes);
            if (changes.isEmpty()) {
                throw new IllegalArgumentException("changes of indicator [" + id + "] must not be empty");
            }
        }
    }

    /**
     * Creates a diff.
     *
     * @param from    the first pack's id
     * @param to      the second pack's id
     * @param added   the indicators added
     * @param removed the indicators removed
     * @param changed the indicators changed
     * @param rules   the pack's changed rules
     * @throws NullPointerException if an argument or an element is null
     */
    public PackDiff {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        rules = List.copyOf(rules);
    }

    /**
     * Tells whether the packs score every submission alike and say so with the same sources: nothing added,
     * removed or changed.
     *
     * @return {@code true} when nothing differs
     */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && rules.isEmpty();
    }

    /**
     * Compares two packs.
     *
     * @param a the first pack, such as the one in use
     * @param b the second pack, such as next year's or one with the ministry's table applied
     * @return what differs
     * @throws NullPointerException if an argument is null
     * @throws RulePackException    if a rubric of a pack's own kind fails to write its parameters
     */
    public static PackDiff between(RulePack a, RulePack b) {
        requireNonNull(a, "a");
        requireNonNull(b, "b");
        Map<String, ObjectNode> nodesA = indicatorNodes(a);
        Map<String, ObjectNode> nodesB = indicatorNodes(b);
        List<IndicatorEntry> removed = new ArrayList<>();
        List<IndicatorDiff> changed = new ArrayList<>();
        for (IndicatorRule ruleA : a.indicators()) {
            Optional<IndicatorRule> ruleB = b.findIndicator(ruleA.id());
            if (ruleB.isEmpty()) {
                removed.add(entry(ruleA));
                continue;
            }
            IndicatorRule rb = ruleB.get();
            List<Change> changes = indicator(ruleA, rb, nodesA.get(ruleA.id()), nodesB.get(rb.id()));
            if (!changes.isEmpty()) {
                changed.add(new IndicatorDiff(rb.id(), rb.indicator().code(), name(rb), rb.indicator().cluster(),
                        changes));
            }
        }
        List<IndicatorEntry> added = b.indicators().stream().filter(r -> a.findIndicator(r.id()).isEmpty())
                .map(PackDiff::entry).toList();
        return new PackDiff(a.id(), b.id(), added, removed, changed, rules(a, b));
    }

    private static IndicatorEntry entry(IndicatorRule rule) {
        return new IndicatorEntry(rule.id(), rule.indicator().code(), name(rule), rule.indicator().cluster(),
                rule.max().value());
    }

    private static Message.Text name(IndicatorRule rule) {
        return new Message.Text(rule.indicator().nameId(), rule.indicator().nameEn());
    }

    /** Each indicator's object as the pack's parameters file writes it: its rubrics' parameters, its definition. */
    private static Map<String, ObjectNode> indicatorNodes(RulePack pack) {
        ObjectNode tree;
        try {
            tree = PackFormat.write(pack);
        } catch (RuntimeException e) {
            throw new RulePackException(pack.id(), "/: the pack's parameters cannot be written to compare them: " + e,
                    e);
        }
        Map<String, ObjectNode> nodes = new HashMap<>();
        for (JsonNode node : tree.get("indicators")) {
            nodes.putIfAbsent(node.get("id").asText(), (ObjectNode) node);
        }
        return nodes;
    }

    // ---- the pack's own rules

    private static List<Change> rules(RulePack a, RulePack b) {
        List<Change> out = new ArrayList<>();
        quantity(out, Part.TOTAL_MAX, "", a.totalMax(), b.totalMax());
        matched(out, Part.SECTION_MAX, a.sections(), b.sections(), s -> s.cluster().name(),
                s -> plain(s.max().value()), (s, t) -> quantity(out, Part.SECTION_MAX, s.cluster().name(), s.max(),
                        t.max()));
        rounding(out, a.rounding(), b.rounding());
        RankBands bandsA = a.bands();
        RankBands bandsB = b.bands();
        text(out, Part.BANDS, "", Aspect.CONVENTION, bandsA.convention(), bandsB.convention());
        provenance(out, Part.BANDS, "", bandsA.provenance(), bandsB.provenance());
        matched(out, Part.BAND, bandsA.bands(), bandsB.bands(), band -> band.rank().name(),
                band -> plain(band.from()), (x, y) -> {
                    number(out, Part.BAND, x.rank().name(), x.from(), y.from());
                    flag(out, Part.BAND, x.rank().name(), Aspect.INCLUSIVE, x.fromInclusive(), y.fromInclusive());
                });
        gate(out, a.findGate(), b.findGate());
        matched(out, Part.RANK_CONDITION, a.rankConditions(), b.rankConditions(), RankCondition::id,
                c -> c.rank().name(), (x, y) -> {
                    flag(out, Part.RANK_CONDITION, x.id(), Aspect.ENABLED, x.enabled(), y.enabled());
                    text(out, Part.RANK_CONDITION, x.id(), Aspect.RANK, x.rank().name(), y.rank().name());
                    requirement(out, x, y);
                    provenance(out, Part.RANK_CONDITION, x.id(), x.provenance(), y.provenance());
                });
        for (Stage stage : Stage.values()) {
            text(out, Part.STAGES, stage.name(), Aspect.COUNTING, counting(a, stage), counting(b, stage));
        }
        provenance(out, Part.STAGES, "", a.stageRules().provenance(), b.stageRules().provenance());
        return out;
    }

    private static String counting(RulePack pack, Stage stage) {
        Set<VerificationStatus> statuses = pack.stageRules().counting().get(stage);
        return statuses == null ? "" : statuses.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static void rounding(List<Change> out, Rounding a, Rounding b) {
        if (a.scale() != b.scale()) {
            out.add(new Change(Part.ROUNDING, "", Aspect.ROUNDING, "scale", Integer.toString(a.scale()),
                    Integer.toString(b.scale())));
        }
        if (a.mode() != b.mode()) {
            out.add(new Change(Part.ROUNDING, "", Aspect.ROUNDING, "mode", a.mode().name(), b.mode().name()));
        }
        if (a.at() != b.at()) {
            out.add(new Change(Part.ROUNDING, "", Aspect.ROUNDING, "at", a.at().name(), b.at().name()));
        }
        provenance(out, Part.ROUNDING, "", a.provenance(), b.provenance());
    }

    private static void gate(List<Change> out, Optional<Gate> a, Optional<Gate> b) {
        if (a.isPresent() && b.isPresent()) {
            Gate x = a.get();
            Gate y = b.get();
            text(out, Part.GATE, "", Aspect.STAGE, x.stage().name(), y.stage().name());
            quantity(out, Part.GATE, "", x.threshold(), y.threshold());
            flag(out, Part.GATE, "", Aspect.INCLUSIVE, x.inclusive(), y.inclusive());
        } else if (a.isPresent()) {
            out.add(new Change(Part.GATE, "", Aspect.REMOVED, "", plain(a.get().threshold().value()), ""));
        } else if (b.isPresent()) {
            out.add(new Change(Part.GATE, "", Aspect.ADDED, "", "", plain(b.get().threshold().value())));
        }
    }

    /** Rules matched by key: those of both compared, those of one added or removed with their value. */
    private static <T> void matched(List<Change> out, Part part, List<T> a, List<T> b, Function<T, String> key,
            Function<T, String> value, BiConsumer<T, T> compare) {
        Map<String, T> inB = new HashMap<>();
        b.forEach(t -> inB.putIfAbsent(key.apply(t), t));
        Set<String> inA = new LinkedHashSet<>();
        for (T x : a) {
            String k = key.apply(x);
            inA.add(k);
            T y = inB.get(k);
            if (y == null) {
                out.add(new Change(part, k, Aspect.REMOVED, "", value.apply(x), ""));
            } else {
                compare.accept(x, y);
            }
        }
        for (T y : b) {
            if (!inA.contains(key.apply(y))) {
                out.add(new Change(part, key.apply(y), Aspect.ADDED, "", "", value.apply(y)));
            }
        }
    }

    // ---- one indicator

    private static List<Change> indicator(IndicatorRule a, IndicatorRule b, ObjectNode nodeA, ObjectNode nodeB) {
        List<Change> out = new ArrayList<>();
        quantity(out, Part.INDICATOR_MAX, "", a.max(), b.max());
        flag(out, Part.INDICATOR, "", Aspect.EVIDENCE_REQUIRED, a.evidenceRequired(), b.evidenceRequired());
        text(out, Part.INDICATOR, "", Aspect.KIND, scoring(a), scoring(b));
        if (a.rubric().isPresent() && b.rubric().isPresent()) {
            rubric(out, "", nodeA.get("rubric"), nodeB.get("rubric"));
        }
        Map<String, JsonNode> questionsA = questionNodes(nodeA);
        Map<String, JsonNode> questionsB = questionNodes(nodeB);
        matched(out, Part.QUESTION, a.questions(), b.questions(), QuestionRule::code, q -> plain(q.max()),
                (x, y) -> {
                    quantity(out, Part.QUESTION_MAX, x.code(), new Quantity(x.max(), x.maxProvenance()),
                            new Quantity(y.max(), y.maxProvenance()));
                    flag(out, Part.QUESTION, x.code(), Aspect.EVIDENCE_REQUIRED, x.evidenceRequired(),
                            y.evidenceRequired());
                    JsonNode qa = questionsA.get(x.code());
                    JsonNode qb = questionsB.get(y.code());
                    rubric(out, x.code(), qa.get("rubric"), qb.get("rubric"));
                    fields(out, Part.QUESTION, x.code(), Aspect.DEFINITION, qa, qb,
                            Set.of("code", "max", "evidenceRequired", "rubric"));
                });
        Optional<Provenance> capA = a.capProvenance();
        Optional<Provenance> capB = b.capProvenance();
        if (capA.isPresent() && capB.isPresent()) {
            provenance(out, Part.CAP, "", capA.get(), capB.get());
        } else if (capA.isPresent() != capB.isPresent()) {
            out.add(new Change(Part.CAP, "", capA.isPresent() ? Aspect.REMOVED : Aspect.ADDED, "",
                    capA.map(p -> p.kind().name()).orElse(""), capB.map(p -> p.kind().name()).orElse("")));
        }
        fields(out, Part.INDICATOR, "", Aspect.DEFINITION, nodeA, nodeB,
                Set.of("id", "max", "evidenceRequired", "rubric", "questions", "cap"));
        return out;
    }

    private static String scoring(IndicatorRule rule) {
        return rule.byQuestions() ? "QUESTIONS" : rule.rubric().orElseThrow().kind();
    }

    private static Map<String, JsonNode> questionNodes(ObjectNode indicator) {
        Map<String, JsonNode> nodes = new HashMap<>();
        JsonNode questions = indicator.get("questions");
        if (questions != null) {
            questions.forEach(q -> nodes.putIfAbsent(q.get("code").asText(), q));
        }
        return nodes;
    }

    /** A rubric's kind, its written parameters field by field, its provenance; nothing but the kind of two kinds. */
    private static void rubric(List<Change> out, String at, JsonNode a, JsonNode b) {
        String kindA = a.get("kind").asText();
        String kindB = b.get("kind").asText();
        if (!kindA.equals(kindB)) {
            out.add(new Change(Part.RUBRIC, at, Aspect.KIND, "", kindA, kindB));
        }
        fields(out, Part.RUBRIC, at, Aspect.PARAMETER, a, b, Set.of("kind", "provenance"));
        JsonNode pa = a.get("provenance");
        JsonNode pb = b.get("provenance");
        text(out, Part.RUBRIC, at, Aspect.PROVENANCE_KIND, pa.get("kind").asText(), pb.get("kind").asText());
        text(out, Part.RUBRIC, at, Aspect.PROVENANCE_SOURCE, pa.get("source").asText(), pb.get("source").asText());
    }

    /** Every written field but those compared on their own, in canonical JSON: the first's order, then the second's. */
    private static void fields(List<Change> out, Part part, String at, Aspect aspect, JsonNode a, JsonNode b,
            Set<String> skip) {
        Set<String> names = new LinkedHashSet<>();
        a.fieldNames().forEachRemaining(names::add);
        for (Iterator<String> it = b.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        for (String name : names) {
            if (skip.contains(name)) {
                continue;
            }
            String x = a.has(name) ? Hashing.canonical(a.get(name)) : "";
            String y = b.has(name) ? Hashing.canonical(b.get(name)) : "";
            if (!x.equals(y)) {
                out.add(new Change(part, at, aspect, name, x, y));
            }
        }
    }

    // ---- values

    private static void quantity(List<Change> out, Part part, String at, Quantity a, Quantity b) {
        number(out, part, at, a.value(), b.value());
        provenance(out, part, at, a.provenance(), b.provenance());
    }

    /** What two rank conditions of one id require: the indicator and evidence type, or the count and fraction. */
    private static void requirement(List<Change> out, RankCondition x, RankCondition y) {
        if (x instanceof RankCondition.EvidenceOfType a && y instanceof RankCondition.EvidenceOfType b) {
            text(out, Part.RANK_CONDITION, x.id(), Aspect.INDICATOR, a.indicator(), b.indicator());
            text(out, Part.RANK_CONDITION, x.id(), Aspect.EVIDENCE_TYPE, a.evidenceType().name(),
                    b.evidenceType().name());
        } else if (x instanceof RankCondition.IndicatorsReaching a && y instanceof RankCondition.IndicatorsReaching b) {
            if (a.atLeast() != b.atLeast()) {
                out.add(new Change(Part.RANK_CONDITION, x.id(), Aspect.PARAMETER, "atLeast",
                        Integer.toString(a.atLeast()), Integer.toString(b.atLeast())));
            }
            if (a.fraction().compareTo(b.fraction()) != 0) {
                out.add(new Change(Part.RANK_CONDITION, x.id(), Aspect.PARAMETER, "fraction", plain(a.fraction()),
                        plain(b.fraction())));
            }
        } else {
            out.add(new Change(Part.RANK_CONDITION, x.id(), Aspect.KIND, "", kind(x), kind(y)));
        }
    }

    private static String kind(RankCondition condition) {
        return condition instanceof RankCondition.EvidenceOfType ? "EVIDENCE_OF_TYPE" : "INDICATORS_REACHING";
    }

    private static void number(List<Change> out, Part part, String at, BigDecimal a, BigDecimal b) {
        if (a.compareTo(b) != 0) {
            out.add(new Change(part, at, Aspect.VALUE, "", plain(a), plain(b)));
        }
    }

    private static void provenance(List<Change> out, Part part, String at, Provenance a, Provenance b) {
        text(out, part, at, Aspect.PROVENANCE_KIND, a.kind().name(), b.kind().name());
        if (!a.bilingual() && !b.bilingual()) {
            text(out, part, at, Aspect.PROVENANCE_SOURCE, a.english(), b.english());
        } else if (!a.indonesian().equals(b.indonesian()) || !a.english().equals(b.english())) {
            // Once per language, its field the language's code: an explainer says the reader's.
            out.add(new Change(part, at, Aspect.PROVENANCE_SOURCE, "id", a.indonesian(), b.indonesian()));
            out.add(new Change(part, at, Aspect.PROVENANCE_SOURCE, "en", a.english(), b.english()));
        }
    }

    private static void flag(List<Change> out, Part part, String at, Aspect aspect, boolean a, boolean b) {
        if (a != b) {
            out.add(new Change(part, at, aspect, "", Boolean.toString(a), Boolean.toString(b)));
        }
    }

    private static void text(List<Change> out, Part part, String at, Aspect aspect, String a, String b) {
        if (!a.equals(b)) {
            out.add(new Change(part, at, aspect, "", a, b));
        }
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
