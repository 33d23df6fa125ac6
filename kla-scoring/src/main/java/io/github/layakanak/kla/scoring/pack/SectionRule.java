package io.github.layakanak.kla.scoring.pack;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Cluster;

/**
 * A section a pack scores and its maximum.
 *
 * @param cluster the section
 * @param max     its maximum, with provenance; the maxima of its indicators add up to it
 */
public record SectionRule(Cluster cluster, Quantity max) {

    /**
     * Creates a section rule.
     *
     * @param cluster the section
     * @param max     its maximum
     * @throws NullPointerException if an argument is null
     */
    public SectionRule {
        requireNonNull(cluster, "cluster");
        requireNonNull(max, "max");
    }
}
