package io.github.layakanak.kla.scoring;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Region;
import io.github.layakanak.kla.model.Stage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A district's score under a rule pack, explained: the total and rank, the points of every section and
 * indicator with the rubric step that applied, what costs points, where the score can still go, whether the
 * district passes the stage gate, and a stamp to reproduce it.
 *
 * <p>Scorecards are values: the same pack and submission give an equal scorecard and the same JSON bytes.
 *
 * @param packId       the id of the pack that scored
 * @param region       the regency or city
 * @param year         the assessment year
 * @param stage        the stage scored
 * @param total        the total, at the pack's scale (two decimals)
 * @param rank         the rank awarded, after any enabled rank condition
 * @param clusters     the points of each section the pack scores, in the pack's order
 * @param indicators   the points of each indicator, in the pack's order
 * @param deficiencies what costs points, in the pack's order of indicators
 * @param losses       every point below the indicators' maxima, by cause, the largest first: they add up to exactly
 *                     the maxima minus the total; the engine computes them when they are first asked for
 * @param provisional  the total and rank if the pending evidence is rejected or accepted
 * @param gate         the stage gate, when the pack has one
 * @param conditions   how each enabled rank condition turned out
 * @param recapIssues  inconsistencies in a verifier's recap
 * @param stamp        what the score can be reproduced from
 */
public record ScoreCard(String packId, Region region, int year, Stage stage, BigDecimal total, Rank rank,
        List<ClusterScore> clusters, List<IndicatorScore> indicators, List<Deficiency> deficiencies,
        List<Loss> losses, ProvisionalRange provisional, Optional<GateOutcome> gate, List<ConditionOutcome> conditions,
        List<RecapIssue> recapIssues, Stamp stamp) {

    /**
     * Creates a scorecard.
     *
     * @param packId       the pack's id
     * @param region       the region
     * @param year         the year
     * @param stage        the stage
     * @param total        the total
     * @param rank         the rank
     * @param clusters     the section scores
     * @param indicators   the indicator scores
     * @param deficiencies the deficiencies
     * @param losses       the losses
     * @param provisional  the provisional range
     * @param gate         the gate outcome, or empty
     * @param conditions   the rank-condition outcomes
     * @param recapIssues  the recap issues
     * @param stamp        the stamp
     * @throws NullPointerException if an argument is null
     */
    public ScoreCard {
        requireNonNull(packId, "packId");
        requireNonNull(region, "region");
        requireNonNull(stage, "stage");
        requireNonNull(total, "total");
        requireNonNull(rank, "rank");
        clusters = List.copyOf(clusters);
        indicators = List.copyOf(indicators);
        deficiencies = List.copyOf(deficiencies);
        losses = losses instanceof Losses ? losses : List.copyOf(losses);
        requireNonNull(provisional, "provisional");
        requireNonNull(gate, "gate");
        conditions = List.copyOf(conditions);
        recapIssues = List.copyOf(recapIssues);
        requireNonNull(stamp, "stamp");
    }

    /**
     * Finds the score of an indicator.
     *
     * @param indicatorId the indicator's stable id
     * @return its score, or empty when the pack does not score it
     */
    public Optional<IndicatorScore> findIndicator(String indicatorId) {
        requireNonNull(indicatorId, "indicatorId");
        return indicators.stream().filter(i -> i.indicator().equals(indicatorId)).findFirst();
    }

    /**
     * Finds the score of a section.
     *
     * @param cluster the section
     * @return its score, or empty when the pack does not score it
     */
    public Optional<ClusterScore> findCluster(Cluster cluster) {
        requireNonNull(cluster, "cluster");
        return clusters.stream().filter(c -> c.cluster() == cluster).findFirst();
    }

    /**
     * Returns the losses of one indicator, the largest first.
     *
     * @param indicatorId the indicator's stable id
     * @return its losses; empty when it earned its maximum
     */
    public List<Loss> lossesOf(String indicatorId) {
        requireNonNull(indicatorId, "indicatorId");
        return losses.stream().filter(l -> l.indicator().equals(indicatorId)).toList();
    }

    /**
     * Returns the points the deficiencies of one indicator cost together.
     *
     * @param indicatorId the indicator's stable id
     * @return the sum of their costs; zero when it has none
     */
    public BigDecimal costOf(String indicatorId) {
        return deficiencies.stream().filter(d -> d.indicator().equals(indicatorId)).map(Deficiency::cost)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
