package io.github.layakanak.kla.scoring.rubric;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.scoring.pack.Lint;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** What the two ladders over levels share: copying their fractions and linting that every level has one. */
final class Levels {

    private Levels() {
    }

    static <K extends Enum<K>> Map<K, BigDecimal> copy(Map<K, BigDecimal> fractions, Class<K> type) {
        EnumMap<K, BigDecimal> copy = new EnumMap<>(type);
        requireNonNull(fractions, "fractions").forEach((level, fraction) ->
                copy.put(requireNonNull(level, "level"), requireNonNull(fraction, "fraction")));
        return Collections.unmodifiableMap(copy);
    }

    static <K extends Enum<K>> void lint(Lint lint, Map<K, BigDecimal> fractions, Class<K> type, String what) {
        Set<K> missing = EnumSet.allOf(type);
        missing.removeAll(fractions.keySet());
        if (!missing.isEmpty()) {
            lint.problem("/fractions", "the ladder must give every %s, but misses %s", what, missing);
        }
        fractions.forEach((level, fraction) -> lint.fraction("/fractions/" + level.name(), fraction));
    }
}
