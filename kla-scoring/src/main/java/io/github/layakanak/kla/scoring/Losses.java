package io.github.layakanak.kla.scoring;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * A scorecard's losses, computed when first asked for: most callers of the engine want the total, the rank and the
 * indicators' points, and attributing every lost point costs about as much again. The list is immutable and
 * thread-safe; once computed it holds only the losses.
 */
final class Losses extends AbstractList<Loss> implements RandomAccess {

    private @Nullable Scorer scorer;
    private IndicatorScore @Nullable [] indicators;
    private final BigDecimal total;
    private volatile @Nullable List<Loss> losses;

    Losses(Scorer scorer, IndicatorScore[] indicators, BigDecimal total) {
        this.scorer = scorer;
        this.indicators = indicators;
        this.total = total;
    }

    private List<Loss> losses() {
        List<Loss> computed = losses;
        if (computed == null) {
            synchronized (this) {
                computed = losses;
                if (computed == null) {
                    Scorer by = scorer;
                    IndicatorScore[] of = indicators;
                    if (by == null || of == null) {
                        throw new IllegalStateException("losses computed and lost");
                    }
                    computed = by.losses(of, total);
                    losses = computed;
                    scorer = null;
                    indicators = null;
                }
            }
        }
        return computed;
    }

    @Override
    public Loss get(int index) {
        return losses().get(index);
    }

    @Override
    public int size() {
        return losses().size();
    }
}
