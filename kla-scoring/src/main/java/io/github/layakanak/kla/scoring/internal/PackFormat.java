package io.github.layakanak.kla.scoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.Direction;
import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.Indicator;
import io.github.layakanak.kla.model.Measurement;
import io.github.layakanak.kla.model.MeasurementKind;
import io.github.layakanak.kla.model.Question;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.RegionEdition;
import io.github.layakanak.kla.model.Scope;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.VerificationStatus;
import io.github.layakanak.kla.scoring.RulePackException;
import io.github.layakanak.kla.scoring.pack.Gate;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.Message;
import io.github.layakanak.kla.scoring.pack.Overlay;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.Quantity;
import io.github.layakanak.kla.scoring.pack.QuestionRule;
import io.github.layakanak.kla.scoring.pack.RankBands;
import io.github.layakanak.kla.scoring.pack.RankCondition;
import io.github.layakanak.kla.scoring.pack.Round;
import io.github.layakanak.kla.scoring.pack.Rounding;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.RubricKind;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.pack.SectionRule;
import io.github.layakanak.kla.scoring.pack.StageRules;
import io.github.layakanak.kla.scoring.rubric.Proportional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The parameters file and the overlay file: read into a pack (through {@link RulePack#builder}, the one way to
 * make one) and written back from one, every provenance spelled out. A pack's SHA-256 is that of what it writes,
 * in canonical form ({@link Hashing}), so the hash follows the rules and not the file's layout: reformatting,
 * reordering keys, writing {@code 45.0} for {@code 45} or naming a provenance instead of spelling it out leave it
 * alone.
 */
public final class PackFormat {

    private static final String PACK_HINT = "an object {\"kind\", \"source\"} or the name of an entry of /provenances";
    private static final String OVERLAY_HINT = "an object {\"kind\", \"source\"}";

    private PackFormat() {
    }

    /**
     * Reads a pack's parameters.
     *
     * @param tree   the file's JSON tree
     * @param source what to call the file in messages
     * @param kinds  the rubric kinds known, by name
     * @return the pack, linted
     * @throws RulePackException with every problem of the file, or of the pack it describes
     */
    public static RulePack read(JsonNode tree, String source, Map<String, RubricKind> kinds) {
        JsonParameters.Context context = new JsonParameters.Context(kinds, PACK_HINT);
        JsonParameters root = context.root(tree);
        String id = root.findText("id", true).orElse(source);
        RulePack.Builder pack = RulePack.builder(id);
        for (Map.Entry<String, JsonParameters> named : root.objectsByName("provenances").entrySet()) {
            context.name(named.getKey(), named.getValue().provenanceObject());
        }
        pack.years(root.ints("years"));
        JsonParameters name = root.object("name");
        pack.name(new Message.Text(name.text("id"), name.text("en")));
        pack.regionEdition(root.choice("regionEdition", RegionEdition.class));
        pack.round(round(root.object("round")));
        pack.totalMax(quantity(root.object("totalMax")));
        JsonParameters rounding = root.object("rounding");
        int scale = rounding.findInt("scale", true).orElse(0);
        if (scale < 0) {
            rounding.problem("scale", "scale must not be negative, but was %d", scale);
            scale = 0;
        }
        pack.rounding(new Rounding(scale, rounding.choice("mode", RoundingMode.class),
                rounding.choice("at", Rounding.Point.class), rounding.provenance()));
        List<SectionRule> sections = new ArrayList<>();
        for (JsonParameters section : root.objects("sections", true)) {
            sections.add(new SectionRule(section.choice("cluster", Cluster.class), quantity(section.object("max"))));
        }
        pack.sections(sections);
        JsonParameters bands = root.object("bands");
        Optional<String> convention = bands.findText("convention", false);
        if (convention.isEmpty()) {
            bands.problem("convention", "required field is missing; say in words which band a total on a boundary "
                    + "falls in");
        }
        pack.bands(bands(bands, convention.orElse(""), bands.provenance()));
        JsonParameters stages = root.object("stages");
        pack.stageRules(new StageRules(counting(stages), stages.provenance()));
        pack.gate(root.findObject("gate").map(gate -> new Gate(gate.choice("stage", Stage.class),
                quantity(gate.object("threshold")), gate.flag("inclusive", false))));
        List<RankCondition> conditions = new ArrayList<>();
        for (JsonParameters c : root.objects("rankConditions", false)) {
            conditions.add(rankCondition(c));
        }
        pack.rankConditions(conditions);
        List<IndicatorRule> indicators = new ArrayList<>();
        for (JsonParameters indicator : root.objects("indicators", true)) {
            indicator(indicator).ifPresent(indicators::add);
        }
        pack.indicators(indicators);
        context.finish();
        return build(pack, context, source);
    }

    /**
     * Builds a pack read from a file, naming the file in any problem. A file of the wrong form (a field missing,
     * unknown or of the wrong type) is refused with those problems alone; otherwise the pack read is linted, and
     * what reading found (a missing provenance, say) is reported with what the linter finds, all at once.
     */
    private static RulePack build(RulePack.Builder pack, JsonParameters.Context context, String source) {
        List<String> problems = new ArrayList<>(context.problems.lines());
        if (context.malformed) {
            throw new RulePackException(source, problems);
        }
        try {
            RulePack built = pack.build();
            if (problems.isEmpty()) {
                return built;
            }
        } catch (RulePackException lint) {
            for (String problem : lint.problems()) {
                if (!problems.contains(problem)) {
                    problems.add(problem);
                }
            }
        }
        throw new RulePackException(source, problems);
    }

    private static Map<Stage, Set<VerificationStatus>> counting(JsonParameters stages) {
        Map<Stage, Set<VerificationStatus>> counting = new EnumMap<>(Stage.class);
        stages.choiceLists("counting", Stage.class, VerificationStatus.class).forEach((stage, statuses) ->
                counting.put(stage, statuses.isEmpty() ? EnumSet.noneOf(VerificationStatus.class)
                        : EnumSet.copyOf(statuses)));
        return counting;
    }

    private static Round round(JsonParameters round) {
        List<Round.Window> calendar = new ArrayList<>();
        for (JsonParameters window : round.objects("calendar", false)) {
            JsonParameters label = window.object("label");
            calendar.add(new Round.Window(window.text("id"), new Message.Text(label.text("id"), label.text("en")),
                    window.date("from"), window.date("to")));
        }
        return new Round(round.findInt("evaluationYear", true).orElse(0), round.findInt("dataYear", true).orElse(0),
                round.findInt("awardYear", true).orElse(0), calendar, round.provenance());
    }

    /**
     * A rank condition: evidence of a type on an indicator ({@code indicator}, {@code evidenceType}), or a number of
     * indicators reaching a fraction of their maximum ({@code indicatorsReaching}), never both.
     */
    private static RankCondition rankCondition(JsonParameters c) {
        String id = c.text("id");
        Rank rank = c.choice("rank", Rank.class);
        boolean enabled = c.flag("enabled", false);
        Optional<JsonParameters> reaching = c.findObject("indicatorsReaching");
        if (reaching.isPresent()) {
            if (c.has("indicator") || c.has("evidenceType")) {
                c.problem("indicatorsReaching", "a rank condition counts indicators reaching a share of their "
                        + "maximum or needs evidence of a type on one indicator, not both; remove [indicator] and "
                        + "[evidenceType], or [indicatorsReaching]");
            }
            JsonParameters r = reaching.get();
            return new RankCondition.IndicatorsReaching(id, rank, r.findInt("atLeast", true).orElse(1),
                    r.number("fraction"), enabled, c.provenance());
        }
        return new RankCondition.EvidenceOfType(id, rank, c.text("indicator"),
                c.choice("evidenceType", EvidenceType.class), enabled, c.provenance());
    }

    private static Quantity quantity(JsonParameters quantity) {
        return new Quantity(quantity.number("value"), quantity.provenance());
    }

    private static RankBands bands(JsonParameters bands, String convention, Provenance provenance) {
        List<RankBands.Band> ranks = new ArrayList<>();
        for (JsonParameters band : bands.objects("ranks", true)) {
            ranks.add(new RankBands.Band(band.choice("rank", Rank.class), band.number("from"),
                    band.flag("fromInclusive", false)));
        }
        return new RankBands(ranks, convention, provenance);
    }

    private static Optional<IndicatorRule> indicator(JsonParameters json) {
        // Every field is read before anything is decided, so that each is checked, and none reported as unknown.
        String id = json.text("id");
        String code = json.text("code");
        Cluster cluster = json.choice("cluster", Cluster.class);
        JsonParameters name = json.object("name");
        String nameId = name.text("id");
        String nameEn = name.text("en");
        JsonParameters measurement = json.object("measurement");
        MeasurementKind measured = measurement.choice("kind", MeasurementKind.class);
        Direction direction = measurement.choice("direction", Direction.class, Direction.HIGHER_IS_BETTER);
        String unit = measurement.findText("unit", false).orElse("");
        List<EvidenceType> accepted = json.choices("acceptedEvidence", EvidenceType.class);
        Quantity max = quantity(json.object("max"));
        boolean evidenceRequired = json.flag("evidenceRequired", true);
        Optional<Rubric> rubric = json.has("rubric") ? Optional.of(json.rubric("rubric")) : Optional.empty();
        Optional<Provenance> cap = json.findObject("cap").map(JsonParameters::provenance);
        List<QuestionRule> questions = new ArrayList<>();
        Map<String, Question> distinct = new LinkedHashMap<>();
        List<JsonParameters> questionObjects = json.objects("questions", false);
        for (JsonParameters q : questionObjects) {
            String questionCode = q.text("code");
            Quantity qmax = quantity(q.object("max"));
            JsonParameters topic = q.object("topic");
            String topicId = topic.text("id");
            String topicEn = topic.text("en");
            MeasurementKind kind = q.choice("kind", MeasurementKind.class);
            List<String> evidence = q.texts("evidence");
            Scope scope = q.choice("scope", Scope.class, Scope.KABUPATEN_KOTA);
            List<String> agencies = q.texts("agencies");
            boolean questionEvidenceRequired = q.flag("evidenceRequired", true);
            Rubric questionRubric = q.rubric("rubric");
            Question question;
            try {
                question = new Question(questionCode, qmax.value(), topicId, topicEn, kind, evidence, scope,
                        agencies);
            } catch (IllegalArgumentException e) {
                q.problem(e.getMessage().startsWith("code ") ? "code" : "", "%s", e.getMessage());
                continue;
            }
            // The model's indicator refuses two questions of one code; the linter reports them from the rules.
            distinct.putIfAbsent(question.code(), question);
            questions.add(new QuestionRule(question, qmax.provenance(), questionRubric, questionEvidenceRequired));
        }
        // An indicator scored both ways, or neither, is read with its rubric or a stand-in, so that the linter
        // does not report the sums that its absence would break.
        if (rubric.isPresent() && !questionObjects.isEmpty()) {
            json.problem("", "indicator [%s] must be scored by a rubric or by questions, but has both", id);
            questions.clear();
            distinct.clear();
        } else if (rubric.isEmpty() && questionObjects.isEmpty()) {
            json.problem("", "indicator [%s] must be scored by a rubric or by questions, but has neither", id);
        }
        if (rubric.isEmpty() && questions.isEmpty()) {
            rubric = Optional.of(new Proportional(Direction.HIGHER_IS_BETTER, JsonParameters.STAND_IN));
        }
        Indicator indicator;
        try {
            indicator = new Indicator(id, code, cluster, nameId, nameEn, new Measurement(measured, direction, unit),
                    accepted.isEmpty() ? EnumSet.noneOf(EvidenceType.class) : EnumSet.copyOf(accepted),
                    List.copyOf(distinct.values()));
        } catch (IllegalArgumentException e) {
            json.problem(e.getMessage().startsWith("id ") ? "id" : e.getMessage().startsWith("code ") ? "code" : "",
                    "%s", e.getMessage());
            return Optional.empty();
        }
        return Optional.of(new IndicatorRule(indicator, max, rubric, questions, cap, evidenceRequired));
    }

    /**
     * Writes a pack's parameters in canonical form.
     *
     * @param pack the pack
     * @return the file's JSON tree
     */
    public static ObjectNode write(RulePack pack) {
        JsonParametersWriter out = new JsonParametersWriter(JsonParametersWriter.object());
        ObjectNode root = out.node();
        root.put("id", pack.id());
        ArrayNode years = root.putArray("years");
        pack.years().forEach(years::add);
        out.label("name", pack.name());
        out.choice("regionEdition", pack.regionEdition());
        Round round = pack.round();
        ObjectNode roundNode = root.putObject("round");
        roundNode.put("evaluationYear", round.evaluationYear()).put("dataYear", round.dataYear())
                .put("awardYear", round.awardYear());
        new JsonParametersWriter(roundNode).objects("calendar", round.calendar(), (w, window) -> w
                .text("id", window.id()).label("label", window.label()).text("from", window.from().toString())
                .text("to", window.to().toString()));
        roundNode.set("provenance", JsonParametersWriter.provenance(round.provenance()));
        root.set("totalMax", quantity(pack.totalMax()));
        ObjectNode rounding = root.putObject("rounding");
        rounding.put("scale", pack.rounding().scale()).put("mode", pack.rounding().mode().name())
                .put("at", pack.rounding().at().name());
        rounding.set("provenance", JsonParametersWriter.provenance(pack.rounding().provenance()));
        ArrayNode sections = root.putArray("sections");
        for (SectionRule section : pack.sections()) {
            ObjectNode node = sections.addObject().put("cluster", section.cluster().name());
            node.set("max", quantity(section.max()));
        }
        ObjectNode bands = root.putObject("bands");
        bands.put("convention", pack.bands().convention());
        bands.set("provenance", JsonParametersWriter.provenance(pack.bands().provenance()));
        bands.set("ranks", ranks(pack.bands()));
        ObjectNode stages = root.putObject("stages");
        ObjectNode counting = stages.putObject("counting");
        pack.stageRules().counting().forEach((stage, statuses) -> {
            ArrayNode list = counting.putArray(stage.name());
            statuses.forEach(status -> list.add(status.name()));
        });
        stages.set("provenance", JsonParametersWriter.provenance(pack.stageRules().provenance()));
        pack.findGate().ifPresent(gate -> {
            ObjectNode node = root.putObject("gate").put("stage", gate.stage().name());
            node.set("threshold", quantity(gate.threshold()));
            node.put("inclusive", gate.inclusive());
        });
        ArrayNode conditions = root.putArray("rankConditions");
        for (RankCondition c : pack.rankConditions()) {
            ObjectNode node = conditions.addObject().put("id", c.id()).put("rank", c.rank().name());
            if (c instanceof RankCondition.EvidenceOfType e) {
                node.put("indicator", e.indicator()).put("evidenceType", e.evidenceType().name());
            } else {
                RankCondition.IndicatorsReaching r = (RankCondition.IndicatorsReaching) c;
                node.putObject("indicatorsReaching").put("atLeast", r.atLeast()).put("fraction", r.fraction());
            }
            node.put("enabled", c.enabled());
            node.set("provenance", JsonParametersWriter.provenance(c.provenance()));
        }
        ArrayNode indicators = root.putArray("indicators");
        for (IndicatorRule rule : pack.indicators()) {
            indicators.add(indicator(rule));
        }
        return root;
    }

    private static ObjectNode indicator(IndicatorRule rule) {
        Indicator indicator = rule.indicator();
        JsonParametersWriter out = new JsonParametersWriter(JsonParametersWriter.object());
        ObjectNode node = out.node();
        node.put("id", indicator.id()).put("code", indicator.code()).put("cluster", indicator.cluster().name());
        out.label("name", new Message.Text(indicator.nameId(), indicator.nameEn()));
        node.putObject("measurement").put("kind", indicator.measurement().kind().name())
                .put("direction", indicator.measurement().direction().name())
                .put("unit", indicator.measurement().unit());
        ArrayNode accepted = node.putArray("acceptedEvidence");
        indicator.acceptedEvidence().forEach(type -> accepted.add(type.name()));
        node.set("max", quantity(rule.max()));
        node.put("evidenceRequired", rule.evidenceRequired());
        rule.rubric().ifPresent(rubric -> out.rubric("rubric", rubric));
        if (rule.byQuestions()) {
            ArrayNode questions = node.putArray("questions");
            for (QuestionRule q : rule.questions()) {
                Question question = q.question();
                JsonParametersWriter qout = new JsonParametersWriter(questions.addObject());
                qout.node().put("code", question.code());
                qout.node().set("max", quantity(new Quantity(question.maxPoints(), q.maxProvenance())));
                qout.label("topic", new Message.Text(question.topicId(), question.topicEn()));
                qout.choice("kind", question.kind());
                ArrayNode evidence = qout.node().putArray("evidence");
                question.evidence().forEach(evidence::add);
                qout.choice("scope", question.scope());
                ArrayNode agencies = qout.node().putArray("agencies");
                question.agencies().forEach(agencies::add);
                qout.node().put("evidenceRequired", q.evidenceRequired());
                qout.rubric("rubric", q.rubric());
            }
        }
        rule.capProvenance().ifPresent(cap -> node.putObject("cap").set("provenance",
                JsonParametersWriter.provenance(cap)));
        return node;
    }

    private static ObjectNode quantity(Quantity quantity) {
        ObjectNode node = JsonParametersWriter.object();
        node.put("value", quantity.value());
        node.set("provenance", JsonParametersWriter.provenance(quantity.provenance()));
        return node;
    }

    private static ArrayNode ranks(RankBands bands) {
        ArrayNode ranks = JsonParametersWriter.object().arrayNode();
        for (RankBands.Band band : bands.bands()) {
            ranks.addObject().put("rank", band.rank().name()).put("from", band.from())
                    .put("fromInclusive", band.fromInclusive());
        }
        return ranks;
    }

    /**
     * Returns the SHA-256 of a pack's canonical form.
     *
     * @param pack the pack
     * @return 64 lower-case hexadecimal digits
     */
    public static String sha256(RulePack pack) {
        return Hashing.sha256(write(pack));
    }

    /**
     * Reads an overlay file for a pack.
     *
     * @param tree   the file's JSON tree
     * @param source what to call the file in messages
     * @param kinds  the rubric kinds known, for the rubrics the overlay gives
     * @param target the pack it is to be applied to, whose band convention new bands keep unless they give one
     * @return the overlay
     * @throws RulePackException with every problem of the file
     */
    public static Overlay readOverlay(JsonNode tree, String source, Map<String, RubricKind> kinds, RulePack target) {
        JsonParameters.Context context = new JsonParameters.Context(kinds, OVERLAY_HINT);
        JsonParameters root = context.root(tree);
        Provenance provenance = root.provenance();
        context.outermost(provenance);
        String name = root.text("overlay");
        String pack = root.text("pack");
        Optional<BigDecimal> totalMax = root.findNumber("totalMax");
        Map<Cluster, BigDecimal> sections = root.numbers("sections", Cluster.class, false);
        Map<String, Overlay.IndicatorChange> indicators = new TreeMap<>();
        root.objectsByName("indicators").forEach((id, change) -> {
            Optional<BigDecimal> max = change.findNumber("max");
            Optional<Rubric> rubric = change.has("rubric") ? Optional.of(change.rubric("rubric")) : Optional.empty();
            indicators.put(id, new Overlay.IndicatorChange(max, rubric));
        });
        Optional<RankBands> bands = root.findObject("bands").map(b -> bands(b,
                b.findText("convention", false).orElse(target.bands().convention()),
                b.has("provenance") ? b.provenance() : provenance));
        context.finish();
        if (!context.problems.isEmpty()) {
            throw new RulePackException(source, context.problems.lines());
        }
        return new Overlay(name, pack, provenance, totalMax, sections, indicators, bands);
    }

    /** The fields a derived pack must give itself: a pack of another year has an id and years of its own. */
    private static final List<String> DERIVED_OWN = List.of("id", "years");

    /**
     * Reads a pack derived from another: a file with {@code derivedFrom} (the base pack's id) and the fields of the
     * pack format it changes, each replacing the base's whole, such as {@code round}, {@code stages} or
     * {@code gate}. It must give its own {@code id} and {@code years}; its {@code provenances} name sources for
     * its own fields. The result is read and linted as a pack of its own.
     *
     * @param tree   the file's JSON tree
     * @param source what to call the file in messages
     * @param kinds  the rubric kinds known
     * @param base   the pack it derives from
     * @return the derived pack, linted
     * @throws RulePackException with every problem of the file, or of the pack it makes
     */
    public static RulePack readDerived(JsonNode tree, String source, Map<String, RubricKind> kinds, RulePack base) {
        List<String> problems = new ArrayList<>();
        if (!tree.isObject()) {
            throw new RulePackException(source, List.of("/: expected an object with derivedFrom and the fields the "
                    + "derived pack changes"));
        }
        JsonNode from = tree.get("derivedFrom");
        if (from == null) {
            problems.add("/derivedFrom: required field is missing; give the id of the pack this one derives from, ["
                    + base.id() + "]");
        } else if (!from.isTextual() || !from.textValue().equals(base.id())) {
            problems.add("/derivedFrom: this file derives from [" + (from.isTextual() ? from.textValue() : from)
                    + "], but was applied to [" + base.id() + "]");
        }
        for (String field : DERIVED_OWN) {
            if (!tree.has(field)) {
                problems.add("/" + field + ": required field is missing; a derived pack has an id and years of its "
                        + "own");
            }
        }
        if (tree.has("id") && tree.get("id").isTextual() && tree.get("id").textValue().equals(base.id())) {
            problems.add("/id: [" + base.id() + "] is the id of the pack it derives from; give the derived pack its "
                    + "own");
        }
        if (!problems.isEmpty()) {
            throw new RulePackException(source, problems);
        }
        ObjectNode merged = write(base);
        tree.properties().forEach(field -> {
            if (!field.getKey().equals("derivedFrom")) {
                merged.set(field.getKey(), field.getValue().deepCopy());
            }
        });
        return read(merged, source, kinds);
    }

    /**
     * Writes an overlay in canonical form.
     *
     * @param overlay the overlay
     * @return its JSON tree
     */
    public static ObjectNode write(Overlay overlay) {
        JsonParametersWriter out = new JsonParametersWriter(JsonParametersWriter.object());
        ObjectNode root = out.node();
        root.put("overlay", overlay.name()).put("pack", overlay.pack());
        root.set("provenance", JsonParametersWriter.provenance(overlay.provenance()));
        overlay.totalMax().ifPresent(max -> out.number("totalMax", max));
        if (!overlay.sections().isEmpty()) {
            out.numbers("sections", overlay.sections());
        }
        if (!overlay.indicators().isEmpty()) {
            ObjectNode indicators = root.putObject("indicators");
            overlay.indicators().forEach((id, change) -> {
                JsonParametersWriter entry = new JsonParametersWriter(indicators.putObject(id));
                change.max().ifPresent(max -> entry.number("max", max));
                change.rubric().ifPresent(rubric -> entry.rubric("rubric", rubric));
            });
        }
        overlay.bands().ifPresent(bands -> {
            ObjectNode node = root.putObject("bands");
            node.put("convention", bands.convention());
            node.set("provenance", JsonParametersWriter.provenance(bands.provenance()));
            node.set("ranks", ranks(bands));
        });
        return root;
    }

    /**
     * Returns the SHA-256 of an overlay's canonical form.
     *
     * @param overlay the overlay
     * @return 64 lower-case hexadecimal digits
     */
    public static String sha256(Overlay overlay) {
        return Hashing.sha256(write(overlay));
    }
}
