package io.github.layakanak.kla.scoring.plan;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What each kind of step costs a district, for a planner that minimises effort rather than steps: an effort per
 * {@link Step.Kind}, and per indicator where it differs (enacting a Perda is more work than uploading a photo).
 * Efforts are positive, in any unit the district likes (days, people), with at most four decimals.
 *
 * <pre>{@code
 * Effort effort = Effort.steps()
 *         .with(Step.Kind.RUNG_UP, new BigDecimal("5"))
 *         .with("kla-regulation", Step.Kind.RUNG_UP, new BigDecimal("40"));
 * }</pre>
 *
 * @param byKind      the effort of each kind of step; a kind not given costs 1
 * @param byIndicator efforts that differ for an indicator, by its stable id
 */
public record Effort(Map<Step.Kind, BigDecimal> byKind, Map<String, Map<Step.Kind, BigDecimal>> byIndicator) {

    /** The most decimals an effort may have. */
    public static final int SCALE = 4;

    /**
     * Creates an effort table.
     *
     * @param byKind      the efforts by kind
     * @param byIndicator the efforts by indicator and kind
     * @throws NullPointerException     if an argument or an entry is null
     * @throws IllegalArgumentException if an effort is not positive or has more than {@link #SCALE} decimals
     */
    public Effort {
        byKind = copy(byKind);
        TreeMap<String, Map<Step.Kind, BigDecimal>> indicators = new TreeMap<>();
        requireNonNull(byIndicator, "byIndicator").forEach((id, efforts) ->
                indicators.put(requireNonNull(id, "indicator id"), copy(efforts)));
        byIndicator = Map.copyOf(indicators);
    }

    private static Map<Step.Kind, BigDecimal> copy(Map<Step.Kind, BigDecimal> efforts) {
        EnumMap<Step.Kind, BigDecimal> copy = new EnumMap<>(Step.Kind.class);
        requireNonNull(efforts, "efforts").forEach((kind, effort) -> {
            requireNonNull(kind, "kind");
            requireNonNull(effort, "effort");
            if (effort.signum() <= 0 || effort.stripTrailingZeros().scale() > SCALE) {
                throw new IllegalArgumentException("an effort must be positive, with at most " + SCALE
                        + " decimals, but the effort of " + kind + " is " + effort.toPlainString());
            }
            copy.put(kind, effort);
        });
        return Map.copyOf(copy);
    }

    /**
     * The table in which every step costs 1: a plan that minimises effort under it has the fewest steps.
     *
     * @return the table
     */
    public static Effort steps() {
        return new Effort(Map.of(), Map.of());
    }

    /**
     * Returns a copy in which a kind of step costs another effort.
     *
     * @param kind   the kind
     * @param effort its effort
     * @return the new table
     */
    public Effort with(Step.Kind kind, BigDecimal effort) {
        Map<Step.Kind, BigDecimal> kinds = new EnumMap<>(Step.Kind.class);
        kinds.putAll(byKind);
        kinds.put(requireNonNull(kind, "kind"), requireNonNull(effort, "effort"));
        return new Effort(kinds, byIndicator);
    }

    /**
     * Returns a copy in which a kind of step of one indicator costs another effort.
     *
     * @param indicator the indicator's stable id
     * @param kind      the kind
     * @param effort    its effort
     * @return the new table
     */
    public Effort with(String indicator, Step.Kind kind, BigDecimal effort) {
        Map<String, Map<Step.Kind, BigDecimal>> indicators = new TreeMap<>(byIndicator);
        Map<Step.Kind, BigDecimal> kinds = new EnumMap<>(Step.Kind.class);
        kinds.putAll(byIndicator.getOrDefault(requireNonNull(indicator, "indicator"), Map.of()));
        kinds.put(requireNonNull(kind, "kind"), requireNonNull(effort, "effort"));
        indicators.put(indicator, kinds);
        return new Effort(byKind, indicators);
    }

    /**
     * Returns the effort of a kind of step of an indicator.
     *
     * @param indicator the indicator's stable id
     * @param kind      the kind
     * @return its effort: the indicator's own, else the kind's, else 1
     */
    public BigDecimal of(String indicator, Step.Kind kind) {
        BigDecimal own = byIndicator.getOrDefault(indicator, Map.of()).get(kind);
        return own != null ? own : byKind.getOrDefault(kind, BigDecimal.ONE);
    }

    /** Whether every step costs 1. */
    boolean isSteps() {
        return byKind.values().stream().allMatch(e -> e.compareTo(BigDecimal.ONE) == 0)
                && byIndicator.values().stream().flatMap(m -> m.values().stream())
                        .allMatch(e -> e.compareTo(BigDecimal.ONE) == 0);
    }
}
