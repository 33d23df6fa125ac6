package io.github.layakanak.kla.scoring.pack;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many of a pack's numbers rest on each kind of source, by what the numbers are.
 *
 * @param maxima  the maxima (the weights): the total, the sections, the indicators, the questions, the caps
 * @param rubrics the rubrics' numbers: fractions of steps, weights of composite items, thresholds, targets
 * @param rules   the rank bands and the stage gate
 */
public record ProvenanceSplit(Map<Provenance.Kind, Integer> maxima, Map<Provenance.Kind, Integer> rubrics,
        Map<Provenance.Kind, Integer> rules) {

    /**
     * Creates a split, every kind present in each map.
     *
     * @param maxima  the counts of the maxima
     * @param rubrics the counts of the rubrics' numbers
     * @param rules   the counts of the bands and the gate
     * @throws NullPointerException if an argument is null
     */
    public ProvenanceSplit {
        maxima = complete(maxima);
        rubrics = complete(rubrics);
        rules = complete(rules);
    }

    /**
     * Returns the counts of all the pack's numbers together.
     *
     * @return the count of each kind
     */
    public Map<Provenance.Kind, Integer> all() {
        EnumMap<Provenance.Kind, Integer> all = new EnumMap<>(Provenance.Kind.class);
        for (Provenance.Kind kind : Provenance.Kind.values()) {
            all.put(kind, maxima.get(kind) + rubrics.get(kind) + rules.get(kind));
        }
        return Collections.unmodifiableMap(all);
    }

    private static Map<Provenance.Kind, Integer> complete(Map<Provenance.Kind, Integer> counts) {
        EnumMap<Provenance.Kind, Integer> copy = new EnumMap<>(Provenance.Kind.class);
        for (Provenance.Kind kind : Provenance.Kind.values()) {
            copy.put(kind, counts.getOrDefault(kind, 0));
        }
        return Collections.unmodifiableMap(copy);
    }
}
