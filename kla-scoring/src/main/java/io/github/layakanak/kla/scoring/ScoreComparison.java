package io.github.layakanak.kla.scoring;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Stage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a score changed between two scorecards, and where the points went.
 *
 * @param earlierPack  the pack of the earlier scorecard
 * @param earlierYear  its year
 * @param earlierStage its stage
 * @param laterPack    the pack of the later scorecard
 * @param laterYear    its year
 * @param laterStage   its stage
 * @param earlierTotal the earlier total
 * @param laterTotal   the later total
 * @param change       the later total minus the earlier
 * @param earlierRank  the earlier rank
 * @param laterRank    the later rank
 * @param indicators   the indicators whose points changed, matched by stable id, the largest change first
 */
public record ScoreComparison(String earlierPack, int earlierYear, Stage earlierStage, String laterPack,
        int laterYear, Stage laterStage, BigDecimal earlierTotal, BigDecimal laterTotal, BigDecimal change,
        Rank earlierRank, Rank laterRank, List<IndicatorChange> indicators) {

    /**
     * How one indicator's points changed, and the deficiencies of the later scorecard that explain a loss.
     *
     * @param indicator the indicator's stable id
     * @param before    its score in the earlier scorecard; empty when that pack does not score it
     * @param after     its score in the later scorecard; empty when that pack does not score it
     * @param change    the later points minus the earlier (a missing side counts as zero)
     * @param reasons   the later scorecard's deficiencies for the indicator that cost points, when it lost some
     * @param causes    where the change came from, as losses: for a fall, the later scorecard's losses of the
     *                  indicator that the earlier did not have, or had smaller (by the points they grew); for a rise,
     *                  the earlier's that went away or shrank (by the points they shrank); losses match by question,
     *                  item and cause
     */
    public record IndicatorChange(String indicator, Optional<IndicatorScore> before, Optional<IndicatorScore> after,
            BigDecimal change, List<Deficiency> reasons, List<Loss> causes) {

        /**
         * Creates an indicator change.
         *
         * @param indicator the stable id
         * @param before    the earlier score, or empty
         * @param after     the later score, or empty
         * @param change    the change
         * @param reasons   the later deficiencies
         * @param causes    the losses that grew or went away
         * @throws NullPointerException if an argument is null
         */
        public IndicatorChange {
            requireNonNull(indicator, "indicator");
            requireNonNull(before, "before");
            requireNonNull(after, "after");
            requireNonNull(change, "change");
            reasons = List.copyOf(reasons);
            causes = List.copyOf(causes);
        }
    }

    /**
     * Creates a comparison.
     *
     * @param earlierPack  the earlier pack
     * @param earlierYear  the earlier year
     * @param earlierStage the earlier stage
     * @param laterPack    the later pack
     * @param laterYear    the later year
     * @param laterStage   the later stage
     * @param earlierTotal the earlier total
     * @param laterTotal   the later total
     * @param change       the change
     * @param earlierRank  the earlier rank
     * @param laterRank    the later rank
     * @param indicators   the changed indicators
     * @throws NullPointerException if an argument is null
     */
    public ScoreComparison {
        requireNonNull(earlierPack, "earlierPack");
        requireNonNull(earlierStage, "earlierStage");
        requireNonNull(laterPack, "laterPack");
        requireNonNull(laterStage, "laterStage");
        requireNonNull(earlierTotal, "earlierTotal");
        requireNonNull(laterTotal, "laterTotal");
        requireNonNull(change, "change");
        requireNonNull(earlierRank, "earlierRank");
        requireNonNull(laterRank, "laterRank");
        indicators = List.copyOf(indicators);
    }

    /**
     * The losses of an indicator in {@code to} that {@code from} did not have, or had smaller, by the points they
     * grew, the largest first.
     */
    private static List<Loss> grown(ScoreCard from, ScoreCard to, String indicator) {
        List<Loss> was = from.lossesOf(indicator);
        List<Loss> grown = new ArrayList<>();
        for (Loss loss : to.lossesOf(indicator)) {
            BigDecimal before = BigDecimal.ZERO;
            for (Loss old : was) {
                if (old.cause() == loss.cause() && old.question().equals(loss.question())
                        && old.item().equals(loss.item())) {
                    before = before.add(old.points());
                }
            }
            BigDecimal more = loss.points().subtract(before);
            if (more.signum() > 0) {
                grown.add(more.compareTo(loss.points()) == 0 ? loss : loss.withPoints(more));
            }
        }
        grown.sort(Comparator.comparing(Loss::points).reversed());
        return grown;
    }

    static ScoreComparison of(ScoreCard earlier, ScoreCard later) {
        Map<String, IndicatorScore> before = new LinkedHashMap<>();
        earlier.indicators().forEach(i -> before.put(i.indicator(), i));
        List<IndicatorChange> changes = new ArrayList<>();
        for (IndicatorScore after : later.indicators()) {
            IndicatorScore was = before.remove(after.indicator());
            BigDecimal change = after.points().subtract(was == null ? BigDecimal.ZERO : was.points());
            if (change.signum() != 0 || was == null) {
                List<Deficiency> reasons = change.signum() >= 0 ? List.of() : later.deficiencies().stream()
                        .filter(d -> d.indicator().equals(after.indicator()) && d.cost().signum() > 0).toList();
                changes.add(new IndicatorChange(after.indicator(), Optional.ofNullable(was), Optional.of(after),
                        change, reasons, change.signum() < 0 ? grown(earlier, later, after.indicator())
                                : grown(later, earlier, after.indicator())));
            }
        }
        for (IndicatorScore gone : before.values()) {
            changes.add(new IndicatorChange(gone.indicator(), Optional.of(gone), Optional.empty(),
                    gone.points().negate(), List.of(), List.of()));
        }
        changes.sort(Comparator.comparing((IndicatorChange c) -> c.change().abs()).reversed());
        return new ScoreComparison(earlier.packId(), earlier.year(), earlier.stage(), later.packId(), later.year(),
                later.stage(), earlier.total(), later.total(), later.total().subtract(earlier.total()),
                earlier.rank(), later.rank(), changes);
    }
}
