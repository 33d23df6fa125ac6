package io.github.layakanak.kla.scoring.pack;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Cluster;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Numbers that replace a pack's, as data: the ministry's official weight table, say. Every number the overlay
 * sets takes the overlay's provenance; a rubric it gives keeps its own. Apply it with
 * {@link RulePack#withOverlay(Overlay)}, or from a file with
 * {@link io.github.layakanak.kla.scoring.spi.RulePackLoader#applyOverlay}.
 *
 * @param name       the overlay's name, stamped on the result ({@code "KemenPPPA official weights 2022"})
 * @param pack       the id of the pack it is for
 * @param provenance what every number it sets rests on
 * @param totalMax   a new total maximum
 * @param sections   new section maxima
 * @param indicators new indicator maxima and rubrics, by indicator id
 * @param bands      new rank bands
 */
public record Overlay(String name, String pack, Provenance provenance, Optional<BigDecimal> totalMax,
        Map<Cluster, BigDecimal> sections, Map<String, IndicatorChange> indicators, Optional<RankBands> bands) {

    /**
     * What an overlay changes of one indicator: its maximum, its rubric, or both.
     *
     * @param max    the new maximum
     * @param rubric the new rubric (only for an indicator scored by one rubric)
     */
    public record IndicatorChange(Optional<BigDecimal> max, Optional<Rubric> rubric) {

        /**
         * Creates an indicator change.
         *
         * @param max    the new maximum, or empty
         * @param rubric the new rubric, or empty
         * @throws NullPointerException if an argument is null
         */
        public IndicatorChange {
            requireNonNull(max, "max");
            requireNonNull(rubric, "rubric");
        }
    }

    /**
     * Creates an overlay.
     *
     * @param name       its name
     * @param pack       the pack it is for
     * @param provenance what its numbers rest on
     * @param totalMax   the new total maximum, or empty
     * @param sections   the new section maxima
     * @param indicators the indicators' changes
     * @param bands      the new bands, or empty
     * @throws NullPointerException if an argument, a key or a value is null
     */
    public Overlay {
        requireNonNull(name, "name");
        requireNonNull(pack, "pack");
        requireNonNull(provenance, "provenance");
        requireNonNull(totalMax, "totalMax");
        EnumMap<Cluster, BigDecimal> sectionCopy = new EnumMap<>(Cluster.class);
        requireNonNull(sections, "sections").forEach((cluster, max) ->
                sectionCopy.put(requireNonNull(cluster, "cluster"), requireNonNull(max, "max")));
        sections = Collections.unmodifiableMap(sectionCopy);
        TreeMap<String, IndicatorChange> indicatorCopy = new TreeMap<>();
        requireNonNull(indicators, "indicators").forEach((id, change) ->
                indicatorCopy.put(requireNonNull(id, "indicator id"), requireNonNull(change, "change")));
        indicators = Collections.unmodifiableMap(indicatorCopy);
        requireNonNull(bands, "bands");
    }
}
