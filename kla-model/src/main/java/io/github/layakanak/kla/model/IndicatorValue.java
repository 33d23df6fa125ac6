package io.github.layakanak.kla.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.layakanak.kla.model.validation.Percent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The value a district declares for an indicator or a question: a percentage, a count, a document level, ...
 *
 * <p>In JSON each value names its kind: {@code {"kind": "PERCENTAGE", "percent": 92.5}}. The shape follows the
 * indicator's {@link MeasurementKind}; the rule pack decides how the value becomes points.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = IndicatorValue.Percentage.class, name = "PERCENTAGE"),
    @JsonSubTypes.Type(value = IndicatorValue.Count.class, name = "COUNT"),
    @JsonSubTypes.Type(value = IndicatorValue.Document.class, name = "DOCUMENT_LEVEL"),
    @JsonSubTypes.Type(value = IndicatorValue.Functioning.class, name = "FUNCTIONING_LEVEL"),
    @JsonSubTypes.Type(value = IndicatorValue.Presence.class, name = "PRESENCE"),
    @JsonSubTypes.Type(value = IndicatorValue.Budget.class, name = "BUDGET"),
    @JsonSubTypes.Type(value = IndicatorValue.Composite.class, name = "COMPOSITE")
})
public sealed interface IndicatorValue {

    /**
     * Returns the measurement kind this value answers.
     *
     * @return the kind
     */
    MeasurementKind kind();

    /**
     * A percentage from 0 to 100, with last year's where the rubric compares years.
     *
     * @param percent      this year's percentage
     * @param previousYear last year's percentage, when known
     */
    record Percentage(@Percent BigDecimal percent, Optional<@Percent BigDecimal> previousYear)
            implements IndicatorValue {

        /**
         * Creates a {@code Percentage}, copying its collections.
         *
         * @param percent this year's percentage
         * @param previousYear last year's percentage, when known
         * @throws NullPointerException if an argument, or an element of a collection, is null
         */
        public Percentage {
            requireNonNull(percent, "percent");
            requireNonNull(previousYear, "previousYear");
        }

        @Override
        public MeasurementKind kind() {
            return MeasurementKind.PERCENTAGE;
        }
    }

    /**
     * A count, with last year's where the rubric compares years.
     *
     * @param count        this year's count
     * @param previousYear last year's count, when known
     */
    record Count(@JsonProperty(required = true) @PositiveOrZero(message = "{kla.Count.message}") long count,
            Optional<@PositiveOrZero(message = "{kla.Count.message}") Long> previousYear)
            implements IndicatorValue {

        /**
         * Creates a {@code Count}, copying its collections.
         *
         * @param count this year's count
         * @param previousYear last year's count, when known
         * @throws NullPointerException if an argument, or an element of a collection, is null
         */
        public Count {
            requireNonNull(previousYear, "previousYear");
        }

        @Override
        public MeasurementKind kind() {
            return MeasurementKind.COUNT;
        }
    }

    /**
     * The strongest document in force.
     *
     * @param level the document level
     */
    record Document(DocumentLevel level) implements IndicatorValue {

        /**
         * Creates a {@code Document}, copying its collections.
         *
         * @param level the document level
         * @throws NullPointerException if an argument, or an element of a collection, is null
         */
        public Document {
            requireNonNull(level, "level");
        }

        @Override
        public MeasurementKind kind() {
            return MeasurementKind.DOCUMENT_LEVEL;
        }
    }

    /**
     * How well an institution functions.
     *
     * @param level the functioning level
     */
    record Functioning(FunctioningLevel level) implements IndicatorValue {

        /**
         * Creates a {@code Functioning}, copying its collections.
         *
         * @param level the functioning level
         * @throws NullPointerException if an argument, or an element of a collection, is null
         */
        public Functioning {
            requireNonNull(level, "level");
        }

        @Override
        public MeasurementKind kind() {
            return MeasurementKind.FUNCTIONING_LEVEL;
        }
    }

    /**
     * Whether something exists.
     *
     * @param present {@code true} when it exists
     */
    record Presence(@JsonProperty(required = true) boolean present) implements IndicatorValue {

        @Override
        public MeasurementKind kind() {
            return MeasurementKind.PRESENCE;
        }
    }

    /**
     * Which budgets fund an activity.
     *
     * @param regional {@code true} when the regional budget (APBD) funds it
     * @param other    {@code true} when other sources (national budget, village funds, business, donors) fund it
     */
    record Budget(@JsonProperty(required = true) boolean regional,
            @JsonProperty(required = true) boolean other) implements IndicatorValue {

        @Override
        public MeasurementKind kind() {
            return MeasurementKind.BUDGET;
        }
    }

    /**
     * Several sub-items, each with its own value, keyed by the sub-item's id in the rule pack.
     *
     * @param items the sub-items' values, sorted by key
     */
    record Composite(@Size(max = Composite.MAX_ITEMS, message = "{kla.Items.message}")
            Map<String, @Valid IndicatorValue> items) implements IndicatorValue {

        /** The most sub-items a composite value may hold. */
        public static final int MAX_ITEMS = 100;

        /**
         * Creates a {@code Composite}, copying its collections.
         *
         * @param items the sub-items' values, sorted by key
         * @throws NullPointerException if an argument, or an element of a collection, is null
         */
        public Composite {
            items = Collections.unmodifiableMap(new TreeMap<>(requireNonNull(items, "items")));
            items.values().forEach(v -> requireNonNull(v, "items value"));
        }

        @Override
        public MeasurementKind kind() {
            return MeasurementKind.COMPOSITE;
        }
    }

    /**
     * A percentage with no figure for last year.
     *
     * @param percent the percentage, as a decimal string such as {@code "92.5"}
     * @return the value
     * @throws NumberFormatException if {@code percent} is not a decimal number
     */
    static IndicatorValue percent(String percent) {
        return new Percentage(new BigDecimal(percent), Optional.empty());
    }

    /**
     * A count with no figure for last year.
     *
     * @param count the count
     * @return the value
     */
    static IndicatorValue count(long count) {
        return new Count(count, Optional.empty());
    }

    /**
     * A document level.
     *
     * @param level the strongest document in force
     * @return the value
     */
    static IndicatorValue document(DocumentLevel level) {
        return new Document(level);
    }

    /**
     * A functioning level.
     *
     * @param level how well the institution functions
     * @return the value
     */
    static IndicatorValue functioning(FunctioningLevel level) {
        return new Functioning(level);
    }
}
