package io.github.layakanak.kla.scoring;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Cluster;
import java.math.BigDecimal;

/**
 * The points a district earned in one section, against the section's maximum.
 *
 * @param cluster the section
 * @param points  the points earned: the sum of its indicators' points
 * @param max     the section's maximum
 */
public record ClusterScore(Cluster cluster, BigDecimal points, BigDecimal max) {

    /**
     * Creates a cluster score.
     *
     * @param cluster the section
     * @param points  the points earned
     * @param max     the maximum
     * @throws NullPointerException if an argument is null
     */
    public ClusterScore {
        requireNonNull(cluster, "cluster");
        requireNonNull(points, "points");
        requireNonNull(max, "max");
    }
}
