package io.github.layakanak.kla.scoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.layakanak.kla.model.Direction;
import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.Indicator;
import io.github.layakanak.kla.model.Measurement;
import io.github.layakanak.kla.model.Question;
import io.github.layakanak.kla.model.Scope;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.VerificationStatus;
import io.github.layakanak.kla.scoring.internal.ParametersJson.BandJson;
import io.github.layakanak.kla.scoring.internal.ParametersJson.BandsJson;
import io.github.layakanak.kla.scoring.internal.ParametersJson.BudgetSourcesJson;
import io.github.layakanak.kla.scoring.internal.ParametersJson.CompositeJson;
import io.github.layakanak.kla.scoring.internal.ParametersJson.CountThresholdsJson;
import io.github.layakanak.kla.scoring.internal.ParametersJson.CustomJson;
import io.github.layakanak.kla.scoring.internal.ParametersJson.DocumentLadderJson;
import io.github.layakanak.kla.scoring.internal.ParametersJson.FunctioningLadderJson;
import io.github.layakanak.kla.scoring.internal.ParametersJson.IndicatorJson;
import io.github.layakanak.kla.scoring.internal.ParametersJson.ItemJson;
import io.github.layakanak.kla.scoring.internal.ParametersJson.OptionJson;
import io.github.layakanak.kla.scoring.internal.ParametersJson.OptionsJson;
import io.github.layakanak.kla.scoring.internal.ParametersJson.Pack;
import io.github.layakanak.kla.scoring.internal.ParametersJson.PercentBandsJson;
import io.github.layakanak.kla.scoring.internal.ParametersJson.PresenceJson;
import io.github.layakanak.kla.scoring.internal.ParametersJson.ProportionalJson;
import io.github.layakanak.kla.scoring.internal.ParametersJson.QuantityJson;
import io.github.layakanak.kla.scoring.internal.ParametersJson.QuestionJson;
import io.github.layakanak.kla.scoring.internal.ParametersJson.RankConditionJson;
import io.github.layakanak.kla.scoring.internal.ParametersJson.RubricJson;
import io.github.layakanak.kla.scoring.internal.ParametersJson.TargetComparisonJson;
import io.github.layakanak.kla.scoring.internal.ParametersJson.WindowJson;
import io.github.layakanak.kla.scoring.pack.Gate;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.Quantity;
import io.github.layakanak.kla.scoring.pack.QuestionRule;
import io.github.layakanak.kla.scoring.pack.RankBands;
import io.github.layakanak.kla.scoring.pack.RankCondition;
import io.github.layakanak.kla.scoring.pack.Round;
import io.github.layakanak.kla.scoring.pack.Rounding;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.SectionRule;
import io.github.layakanak.kla.scoring.pack.StageRules;
import io.github.layakanak.kla.scoring.pack.Step;
import io.github.layakanak.kla.scoring.spi.CustomRubric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns the parameters as written into the pack model, resolving named provenances and custom rubrics.
 *
 * <p>What cannot be expressed in the model (a missing provenance, a custom rubric nobody registered, an
 * option's fraction outside [0, 1], which {@link Step} refuses) is reported as a problem and replaced by a
 * harmless stand-in, so that the linter still runs on the rest and the author sees every problem at once. The
 * stand-ins never escape: any problem fails the load.
 */
final class PackReader {

    private static final Pattern PACK_ID = Pattern.compile(Indicator.ID_PATTERN);

    /** Stands in for a missing provenance; the missing provenance is reported, so the pack is never built. */
    private static final Provenance MISSING = Provenance.hypothetical("missing provenance (reported)");

    private final Map<String, Provenance> named;
    private final Map<String, CustomRubric> customs;
    private final Problems problems;
    private final String namingHint;

    private PackReader(Map<String, Provenance> named, Map<String, CustomRubric> customs, Problems problems,
            String namingHint) {
        this.named = named;
        this.customs = customs;
        this.problems = problems;
        this.namingHint = namingHint;
    }

    /** A reader for an overlay, which has no named provenances. */
    static PackReader forOverlay(Map<String, CustomRubric> customs, Problems problems) {
        return new PackReader(Map.of(), customs, problems, "an object {\"kind\", \"source\"}");
    }

    /** Reads a whole pack's parameters. */
    static Draft read(Pack json, Map<String, CustomRubric> customs, Problems problems) {
        Map<String, Provenance> named = new LinkedHashMap<>();
        json.provenances().forEach((name, p) -> {
            try {
                named.put(name, new Provenance(p.kind(), p.source()));
            } catch (IllegalArgumentException e) {
                problems.add("/provenances/" + Problems.token(name) + "/source", "%s", e.getMessage());
                named.put(name, MISSING);
            }
        });
        PackReader reader = new PackReader(named, customs, problems,
                "an object {\"kind\", \"source\"} or the name of an entry of /provenances");
        return reader.pack(json);
    }

    private Draft pack(Pack json) {
        if (!PACK_ID.matcher(json.id()).matches()) {
            problems.add("/id", "the pack id must be lower-case words joined by hyphens, such as kla-2022, but was [%s]",
                    json.id());
        }
        List<Round.Window> calendar = new ArrayList<>();
        for (int i = 0; i < json.round().calendar().size(); i++) {
            WindowJson w = json.round().calendar().get(i);
            if (w.to().isBefore(w.from())) {
                problems.add("/round/calendar/" + i + "/to", "window [%s] must not end before it starts, but runs "
                        + "from %s to %s", w.id(), w.from(), w.to());
            }
            calendar.add(new Round.Window(w.id(), w.label().id(), w.label().en(), w.from(), w.to()));
        }
        Round round = new Round(json.round().evaluationYear(), json.round().dataYear(), json.round().awardYear(),
                calendar, provenance(json.round().provenance(), "/round", Optional.empty()));
        Quantity totalMax = quantity(json.totalMax(), "/totalMax");
        Rounding rounding;
        Provenance roundingProvenance = provenance(json.rounding().provenance(), "/rounding", Optional.empty());
        if (json.rounding().scale() < 0) {
            problems.add("/rounding/scale", "scale must not be negative, but was %d", json.rounding().scale());
            rounding = new Rounding(0, json.rounding().mode(), json.rounding().at(), roundingProvenance);
        } else {
            rounding = new Rounding(json.rounding().scale(), json.rounding().mode(), json.rounding().at(),
                    roundingProvenance);
        }
        List<SectionRule> sections = new ArrayList<>();
        for (int i = 0; i < json.sections().size(); i++) {
            sections.add(new SectionRule(json.sections().get(i).cluster(),
                    quantity(json.sections().get(i).max(), "/sections/" + i + "/max")));
        }
        if (json.bands().convention() == null) {
            problems.add("/bands/convention", "required field is missing; say in words which band a total on a "
                    + "boundary falls in");
        }
        RankBands bands = bands(json.bands(), "/bands", Optional.ofNullable(json.bands().convention()).orElse(""),
                Optional.empty());
        EnumMap<Stage, Set<VerificationStatus>> counting = new EnumMap<>(Stage.class);
        json.stages().counting().forEach((stage, statuses) -> counting.put(stage, statuses.isEmpty()
                ? EnumSet.noneOf(VerificationStatus.class) : EnumSet.copyOf(statuses)));
        StageRules stageRules = new StageRules(counting,
                provenance(json.stages().provenance(), "/stages", Optional.empty()));
        Optional<Gate> gate = Optional.ofNullable(json.gate()).map(g -> new Gate(g.stage(),
                quantity(g.threshold(), "/gate/threshold"), g.inclusive()));
        List<RankCondition> conditions = new ArrayList<>();
        for (int i = 0; i < json.rankConditions().size(); i++) {
            RankConditionJson c = json.rankConditions().get(i);
            conditions.add(new RankCondition(c.id(), c.rank(), c.indicator(), c.evidenceType(),
                    Boolean.TRUE.equals(c.enabled()), provenance(c.provenance(), "/rankConditions/" + i,
                            Optional.empty())));
        }
        List<IndicatorRule> indicators = new ArrayList<>();
        for (int i = 0; i < json.indicators().size(); i++) {
            indicator(json.indicators().get(i), "/indicators/" + i).ifPresent(indicators::add);
        }
        return new Draft(json.id(), json.years(), json.name().id(), json.name().en(), round, json.regionEdition(),
                totalMax, rounding, sections, indicators, bands, stageRules, gate, conditions);
    }

    private Optional<IndicatorRule> indicator(IndicatorJson json, String at) {
        Quantity max = quantity(json.max(), at + "/max");
        List<QuestionRule> questions = new ArrayList<>();
        Map<String, Question> distinct = new LinkedHashMap<>();
        for (int k = 0; k < json.questions().size(); k++) {
            QuestionJson q = json.questions().get(k);
            String qat = at + "/questions/" + k;
            Quantity qmax = quantity(q.max(), qat + "/max");
            Question question;
            try {
                question = new Question(q.code(), qmax.value(), q.topic().id(), q.topic().en(), q.kind(),
                        q.evidence(), Optional.ofNullable(q.scope()).orElse(Scope.KABUPATEN_KOTA), q.agencies());
            } catch (IllegalArgumentException e) {
                problems.add(qat, "%s", e.getMessage());
                continue;
            }
            // The model's indicator refuses two questions of one code; the linter reports them from the rules.
            distinct.putIfAbsent(question.code(), question);
            questions.add(new QuestionRule(question, qmax.provenance(),
                    rubric(q.rubric(), qat + "/rubric", Optional.empty()), !Boolean.FALSE.equals(q.evidenceRequired())));
        }
        Optional<Rubric> rubric = Optional.ofNullable(json.rubric())
                .map(r -> rubric(r, at + "/rubric", Optional.empty()));
        if (rubric.isPresent() && !json.questions().isEmpty()) {
            problems.add(at, "indicator [%s] must be scored by a rubric or by questions, but has both", json.id());
            questions.clear();
        } else if (rubric.isEmpty() && json.questions().isEmpty()) {
            problems.add(at, "indicator [%s] must be scored by a rubric or by questions, but has neither",
                    json.id());
        }
        if (rubric.isEmpty() && questions.isEmpty()) {
            rubric = Optional.of(new Rubric.Proportional(Direction.HIGHER_IS_BETTER, MISSING));
        }
        Optional<Provenance> cap = Optional.ofNullable(json.cap())
                .map(c -> provenance(c.provenance(), at + "/cap", Optional.empty()));
        if (!PACK_ID.matcher(json.id()).matches()) {
            problems.add(at + "/id", "an indicator id must be lower-case words joined by hyphens, but was [%s]",
                    json.id());
            return Optional.empty();
        }
        Indicator indicator;
        try {
            indicator = new Indicator(json.id(), json.code(), json.cluster(), json.name().id(), json.name().en(),
                    new Measurement(json.measurement().kind(),
                            Optional.ofNullable(json.measurement().direction()).orElse(Direction.HIGHER_IS_BETTER),
                            Optional.ofNullable(json.measurement().unit()).orElse("")),
                    json.acceptedEvidence().isEmpty() ? EnumSet.noneOf(EvidenceType.class)
                            : EnumSet.copyOf(json.acceptedEvidence()),
                    List.copyOf(distinct.values()));
        } catch (IllegalArgumentException e) {
            problems.add(at, "%s", e.getMessage());
            return Optional.empty();
        }
        return Optional.of(new IndicatorRule(indicator, max, rubric, questions, cap,
                !Boolean.FALSE.equals(json.evidenceRequired())));
    }

    Quantity quantity(QuantityJson json, String at) {
        return new Quantity(json.value(), provenance(json.provenance(), at, Optional.empty()));
    }

    RankBands bands(BandsJson json, String at, String convention, Optional<Provenance> inherited) {
        List<RankBands.Band> bands = new ArrayList<>();
        for (BandJson b : json.ranks()) {
            bands.add(new RankBands.Band(b.rank(), b.from(), b.fromInclusive()));
        }
        return new RankBands(bands, Optional.ofNullable(json.convention()).orElse(convention),
                provenance(json.provenance(), at, inherited));
    }

    /**
     * Resolves the provenance of the object at {@code at}.
     *
     * @param node      the object's {@code provenance} field, or null when it has none
     * @param at        the pointer of the object that holds the provenance
     * @param inherited what a missing provenance falls back to (a composite's, an overlay's), if anything
     */
    Provenance provenance(@Nullable JsonNode node, String at, Optional<Provenance> inherited) {
        String pointer = at + "/provenance";
        if (node == null || node.isNull() || node.isMissingNode()) {
            if (inherited.isPresent()) {
                return inherited.get();
            }
            problems.add(pointer, "provenance is missing; every number needs one: %s", namingHint);
            return MISSING;
        }
        if (node.isTextual()) {
            Provenance found = named.get(node.textValue());
            if (found == null) {
                problems.add(pointer, "no provenance is named [%s]; named provenances are %s", node.textValue(),
                        named.keySet());
                return MISSING;
            }
            return found;
        }
        if (!node.isObject()) {
            problems.add(pointer, "expected %s", namingHint);
            return MISSING;
        }
        boolean broken = false;
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("kind") && !name.equals("source")) {
                problems.add(pointer + "/" + Problems.token(name), "unknown field; expected one of [kind, source]");
                broken = true;
            }
        }
        JsonNode kindNode = node.get("kind");
        Provenance.Kind kind = null;
        if (kindNode == null) {
            problems.add(pointer + "/kind", "required field is missing");
        } else {
            kind = Arrays.stream(Provenance.Kind.values()).filter(k -> kindNode.isTextual()
                    && k.name().equals(kindNode.textValue())).findFirst().orElse(null);
            if (kind == null) {
                problems.add(pointer + "/kind", "[%s] is not one of %s", kindNode.isTextual() ? kindNode.textValue()
                        : kindNode.toString(), Arrays.toString(Provenance.Kind.values()));
            }
        }
        JsonNode sourceNode = node.get("source");
        if (sourceNode == null || !sourceNode.isTextual()) {
            problems.add(pointer + "/source", sourceNode == null ? "required field is missing" : "expected a string");
        } else if (sourceNode.textValue().isBlank()) {
            problems.add(pointer + "/source", "source must not be blank: cite the regulation, or say why the "
                    + "number is a stand-in");
        } else if (kind != null && !broken) {
            return new Provenance(kind, sourceNode.textValue());
        }
        return MISSING;
    }

    /** Reads a rubric; {@code inherited} is the provenance a rubric without one takes (a composite's). */
    Rubric rubric(RubricJson json, String at, Optional<Provenance> inherited) {
        Provenance provenance = provenance(json.provenance(), at, inherited);
        if (json instanceof DocumentLadderJson r) {
            return new Rubric.DocumentLadder(r.fractions(), provenance);
        } else if (json instanceof PercentBandsJson r) {
            return new Rubric.PercentBands(r.direction(), r.bands().stream()
                    .map(b -> new Rubric.PercentBands.PercentBand(b.from(), b.fraction())).toList(), provenance);
        } else if (json instanceof TargetComparisonJson r) {
            return new Rubric.TargetComparison(r.direction(), r.target(), r.atTarget(), r.improving(),
                    r.worsening(), provenance);
        } else if (json instanceof FunctioningLadderJson r) {
            return new Rubric.FunctioningLadder(r.fractions(), provenance);
        } else if (json instanceof CountThresholdsJson r) {
            return new Rubric.CountThresholds(r.thresholds().stream()
                    .map(t -> new Rubric.CountThresholds.CountThreshold(t.atLeast(), t.fraction())).toList(),
                    provenance);
        } else if (json instanceof PresenceJson r) {
            return new Rubric.PresenceCheck(r.present(), r.absent(), provenance);
        } else if (json instanceof BudgetSourcesJson r) {
            return new Rubric.BudgetSources(r.both(), r.one(), r.none(), provenance);
        } else if (json instanceof ProportionalJson r) {
            return new Rubric.Proportional(r.direction(), provenance);
        } else if (json instanceof OptionsJson r) {
            List<Step> options = new ArrayList<>();
            for (int i = 0; i < r.options().size(); i++) {
                OptionJson o = r.options().get(i);
                BigDecimal fraction = o.fraction();
                if (!PackLinter.isFraction(fraction)) {
                    PackLinter.fractionProblem(problems, at + "/options/" + i + "/fraction", fraction);
                    fraction = fraction.signum() < 0 ? BigDecimal.ZERO : BigDecimal.ONE;
                }
                options.add(new Step(o.id(), fraction, o.label().id(), o.label().en()));
            }
            return new Rubric.Options(options, provenance);
        } else if (json instanceof CompositeJson r) {
            List<Rubric.Composite.Item> items = new ArrayList<>();
            for (int i = 0; i < r.items().size(); i++) {
                ItemJson item = r.items().get(i);
                items.add(new Rubric.Composite.Item(item.id(), item.weight(), item.label().id(), item.label().en(),
                        rubric(item.rubric(), at + "/items/" + i + "/rubric", Optional.of(provenance))));
            }
            return new Rubric.Composite(items, provenance);
        } else if (json instanceof CustomJson r) {
            CustomRubric implementation = customs.get(r.name());
            if (implementation == null) {
                problems.add(at + "/name", "no custom rubric named [%s] is registered (registered: %s); register "
                        + "it with RulePackLoader.withCustomRubric(...)", r.name(), new TreeMap<>(customs).keySet());
                return new Rubric.Proportional(Direction.HIGHER_IS_BETTER, provenance);
            }
            return new Rubric.Custom(implementation, r.parameters(), provenance);
        }
        throw new AssertionError("every rubric kind is handled: " + json.getClass());
    }
}
