package io.github.layakanak.kla.scoring.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.Direction;
import io.github.layakanak.kla.model.DocumentLevel;
import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.FunctioningLevel;
import io.github.layakanak.kla.model.MeasurementKind;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.RegionEdition;
import io.github.layakanak.kla.model.Scope;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.VerificationStatus;
import io.github.layakanak.kla.scoring.pack.Rounding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The parameters file and the overlay file exactly as written, read strictly by Jackson.
 *
 * <p>Required fields are checked here (Jackson reports a missing one at its JSON pointer); provenances stay
 * JSON nodes, because one may be an object or the name of an entry of {@code provenances}, and a missing one
 * must become a linter problem rather than a parse failure. {@link PackReader} turns these into the pack model.
 */
final class ParametersJson {

    private ParametersJson() {
    }

    static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }

    static <K, V> Map<K, V> orEmpty(@Nullable Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    record Names(String id, String en) {
        Names {
            requireNonNull(id, "id");
            requireNonNull(en, "en");
        }
    }

    record NamedProvenance(io.github.layakanak.kla.scoring.pack.Provenance.Kind kind, String source) {
        NamedProvenance {
            requireNonNull(kind, "kind");
            requireNonNull(source, "source");
        }
    }

    record Pack(String id, List<Integer> years, Names name, RegionEdition regionEdition,
            @Nullable Map<String, NamedProvenance> provenances, RoundJson round, QuantityJson totalMax,
            RoundingJson rounding, List<SectionJson> sections, BandsJson bands, StagesJson stages,
            @Nullable GateJson gate, @Nullable List<RankConditionJson> rankConditions,
            List<IndicatorJson> indicators) {
        Pack {
            requireNonNull(id, "id");
            requireNonNull(years, "years");
            requireNonNull(name, "name");
            requireNonNull(regionEdition, "regionEdition");
            provenances = orEmpty(provenances);
            requireNonNull(round, "round");
            requireNonNull(totalMax, "totalMax");
            requireNonNull(rounding, "rounding");
            requireNonNull(sections, "sections");
            requireNonNull(bands, "bands");
            requireNonNull(stages, "stages");
            rankConditions = orEmpty(rankConditions);
            requireNonNull(indicators, "indicators");
        }
    }

    record RoundJson(Integer evaluationYear, Integer dataYear, Integer awardYear,
            @Nullable List<WindowJson> calendar, @Nullable JsonNode provenance) {
        RoundJson {
            requireNonNull(evaluationYear, "evaluationYear");
            requireNonNull(dataYear, "dataYear");
            requireNonNull(awardYear, "awardYear");
            calendar = orEmpty(calendar);
        }
    }

    record WindowJson(String id, Names label, LocalDate from, LocalDate to) {
        WindowJson {
            requireNonNull(id, "id");
            requireNonNull(label, "label");
            requireNonNull(from, "from");
            requireNonNull(to, "to");
        }
    }

    record QuantityJson(BigDecimal value, @Nullable JsonNode provenance) {
        QuantityJson {
            requireNonNull(value, "value");
        }
    }

    record RoundingJson(Integer scale, RoundingMode mode, Rounding.Point at, @Nullable JsonNode provenance) {
        RoundingJson {
            requireNonNull(scale, "scale");
            requireNonNull(mode, "mode");
            requireNonNull(at, "at");
        }
    }

    record SectionJson(Cluster cluster, QuantityJson max) {
        SectionJson {
            requireNonNull(cluster, "cluster");
            requireNonNull(max, "max");
        }
    }

    /** Bands; in an overlay the convention and the provenance may be left to the pack's and the overlay's. */
    record BandsJson(@Nullable String convention, @Nullable JsonNode provenance, List<BandJson> ranks) {
        BandsJson {
            requireNonNull(ranks, "ranks");
        }
    }

    record BandJson(Rank rank, BigDecimal from, Boolean fromInclusive) {
        BandJson {
            requireNonNull(rank, "rank");
            requireNonNull(from, "from");
            requireNonNull(fromInclusive, "fromInclusive");
        }
    }

    record StagesJson(Map<Stage, List<VerificationStatus>> counting, @Nullable JsonNode provenance) {
        StagesJson {
            requireNonNull(counting, "counting");
        }
    }

    record GateJson(Stage stage, QuantityJson threshold, Boolean inclusive) {
        GateJson {
            requireNonNull(stage, "stage");
            requireNonNull(threshold, "threshold");
            requireNonNull(inclusive, "inclusive");
        }
    }

    record RankConditionJson(String id, Rank rank, String indicator, EvidenceType evidenceType,
            @Nullable Boolean enabled, @Nullable JsonNode provenance) {
        RankConditionJson {
            requireNonNull(id, "id");
            requireNonNull(rank, "rank");
            requireNonNull(indicator, "indicator");
            requireNonNull(evidenceType, "evidenceType");
        }
    }

    record IndicatorJson(String id, String code, Cluster cluster, Names name, MeasurementJson measurement,
            @Nullable List<EvidenceType> acceptedEvidence, QuantityJson max, @Nullable Boolean evidenceRequired,
            @Nullable RubricJson rubric, @Nullable List<QuestionJson> questions, @Nullable CapJson cap) {
        IndicatorJson {
            requireNonNull(id, "id");
            requireNonNull(code, "code");
            requireNonNull(cluster, "cluster");
            requireNonNull(name, "name");
            requireNonNull(measurement, "measurement");
            acceptedEvidence = orEmpty(acceptedEvidence);
            requireNonNull(max, "max");
            questions = orEmpty(questions);
        }
    }

    record MeasurementJson(MeasurementKind kind, @Nullable Direction direction, @Nullable String unit) {
        MeasurementJson {
            requireNonNull(kind, "kind");
        }
    }

    record CapJson(@Nullable JsonNode provenance) {
    }

    record QuestionJson(String code, QuantityJson max, Names topic, MeasurementKind kind,
            @Nullable List<String> evidence, @Nullable Scope scope, @Nullable List<String> agencies,
            @Nullable Boolean evidenceRequired, RubricJson rubric) {
        QuestionJson {
            requireNonNull(code, "code");
            requireNonNull(max, "max");
            requireNonNull(topic, "topic");
            requireNonNull(kind, "kind");
            evidence = orEmpty(evidence);
            agencies = orEmpty(agencies);
            requireNonNull(rubric, "rubric");
        }
    }

    /** The rubric kinds, told apart by their {@code kind} field. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = DocumentLadderJson.class, name = "DOCUMENT_LADDER"),
        @JsonSubTypes.Type(value = PercentBandsJson.class, name = "PERCENT_BANDS"),
        @JsonSubTypes.Type(value = TargetComparisonJson.class, name = "TARGET_COMPARISON"),
        @JsonSubTypes.Type(value = FunctioningLadderJson.class, name = "FUNCTIONING_LADDER"),
        @JsonSubTypes.Type(value = CountThresholdsJson.class, name = "COUNT_THRESHOLDS"),
        @JsonSubTypes.Type(value = PresenceJson.class, name = "PRESENCE"),
        @JsonSubTypes.Type(value = BudgetSourcesJson.class, name = "BUDGET_SOURCES"),
        @JsonSubTypes.Type(value = ProportionalJson.class, name = "PROPORTIONAL"),
        @JsonSubTypes.Type(value = OptionsJson.class, name = "OPTIONS"),
        @JsonSubTypes.Type(value = CompositeJson.class, name = "COMPOSITE"),
        @JsonSubTypes.Type(value = CustomJson.class, name = "CUSTOM")
    })
    sealed interface RubricJson {
        @Nullable JsonNode provenance();
    }

    /** The names of the rubric kinds, for messages. */
    static final List<String> RUBRIC_KINDS = List.of("DOCUMENT_LADDER", "PERCENT_BANDS", "TARGET_COMPARISON",
            "FUNCTIONING_LADDER", "COUNT_THRESHOLDS", "PRESENCE", "BUDGET_SOURCES", "PROPORTIONAL", "OPTIONS",
            "COMPOSITE", "CUSTOM");

    record DocumentLadderJson(Map<DocumentLevel, BigDecimal> fractions, @Nullable JsonNode provenance)
            implements RubricJson {
        DocumentLadderJson {
            requireNonNull(fractions, "fractions");
        }
    }

    record PercentBandsJson(Direction direction, List<PercentBandJson> bands, @Nullable JsonNode provenance)
            implements RubricJson {
        PercentBandsJson {
            requireNonNull(direction, "direction");
            requireNonNull(bands, "bands");
        }
    }

    record PercentBandJson(BigDecimal from, BigDecimal fraction) {
        PercentBandJson {
            requireNonNull(from, "from");
            requireNonNull(fraction, "fraction");
        }
    }

    record TargetComparisonJson(Direction direction, BigDecimal target, BigDecimal atTarget, BigDecimal improving,
            BigDecimal worsening, @Nullable JsonNode provenance) implements RubricJson {
        TargetComparisonJson {
            requireNonNull(direction, "direction");
            requireNonNull(target, "target");
            requireNonNull(atTarget, "atTarget");
            requireNonNull(improving, "improving");
            requireNonNull(worsening, "worsening");
        }
    }

    record FunctioningLadderJson(Map<FunctioningLevel, BigDecimal> fractions, @Nullable JsonNode provenance)
            implements RubricJson {
        FunctioningLadderJson {
            requireNonNull(fractions, "fractions");
        }
    }

    record CountThresholdsJson(List<CountThresholdJson> thresholds, @Nullable JsonNode provenance)
            implements RubricJson {
        CountThresholdsJson {
            requireNonNull(thresholds, "thresholds");
        }
    }

    record CountThresholdJson(Long atLeast, BigDecimal fraction) {
        CountThresholdJson {
            requireNonNull(atLeast, "atLeast");
            requireNonNull(fraction, "fraction");
        }
    }

    record PresenceJson(BigDecimal present, BigDecimal absent, @Nullable JsonNode provenance)
            implements RubricJson {
        PresenceJson {
            requireNonNull(present, "present");
            requireNonNull(absent, "absent");
        }
    }

    record BudgetSourcesJson(BigDecimal both, BigDecimal one, BigDecimal none, @Nullable JsonNode provenance)
            implements RubricJson {
        BudgetSourcesJson {
            requireNonNull(both, "both");
            requireNonNull(one, "one");
            requireNonNull(none, "none");
        }
    }

    record ProportionalJson(Direction direction, @Nullable JsonNode provenance) implements RubricJson {
        ProportionalJson {
            requireNonNull(direction, "direction");
        }
    }

    record OptionsJson(List<OptionJson> options, @Nullable JsonNode provenance) implements RubricJson {
        OptionsJson {
            requireNonNull(options, "options");
        }
    }

    record OptionJson(String id, BigDecimal fraction, Names label) {
        OptionJson {
            requireNonNull(id, "id");
            requireNonNull(fraction, "fraction");
            requireNonNull(label, "label");
        }
    }

    record CompositeJson(List<ItemJson> items, @Nullable JsonNode provenance) implements RubricJson {
        CompositeJson {
            requireNonNull(items, "items");
        }
    }

    record ItemJson(String id, BigDecimal weight, Names label, RubricJson rubric) {
        ItemJson {
            requireNonNull(id, "id");
            requireNonNull(weight, "weight");
            requireNonNull(label, "label");
            requireNonNull(rubric, "rubric");
        }
    }

    record CustomJson(String name, @Nullable Map<String, BigDecimal> parameters, @Nullable JsonNode provenance)
            implements RubricJson {
        CustomJson {
            requireNonNull(name, "name");
            parameters = orEmpty(parameters);
        }
    }

    /** An overlay file: an official table applied to a pack as data. */
    record Overlay(String overlay, String pack, @Nullable JsonNode provenance, @Nullable BigDecimal totalMax,
            @Nullable Map<Cluster, BigDecimal> sections, @Nullable Map<String, OverlayIndicator> indicators,
            @Nullable BandsJson bands) {
        Overlay {
            requireNonNull(overlay, "overlay");
            requireNonNull(pack, "pack");
            sections = orEmpty(sections);
            indicators = orEmpty(indicators);
        }
    }

    record OverlayIndicator(@Nullable BigDecimal max, @Nullable RubricJson rubric) {
    }
}
