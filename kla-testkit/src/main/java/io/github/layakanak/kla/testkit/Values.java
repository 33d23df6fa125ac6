package io.github.layakanak.kla.testkit;

import io.github.layakanak.kla.model.Direction;
import io.github.layakanak.kla.model.DocumentLevel;
import io.github.layakanak.kla.model.FunctioningLevel;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.MeasurementKind;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.Step;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Values a rubric rates: random ones, one landing on each of its steps, better ones, and simpler ones.
 */
final class Values {

    private Values() {
    }

    /** A random value of a kind the rubric rates, or empty for an options rubric. */
    static Optional<IndicatorValue> random(Rubric rubric, MeasurementKind preferred, SplittableRandom r) {
        if (rubric instanceof Rubric.Composite composite) {
            Map<String, IndicatorValue> items = new LinkedHashMap<>();
            for (Rubric.Composite.Item item : composite.items()) {
                if (r.nextInt(5) > 0) {
                    random(item.rubric(), MeasurementKind.COMPOSITE, r).ifPresent(v -> items.put(item.id(), v));
                }
            }
            return Optional.of(new IndicatorValue.Composite(items));
        }
        if (rubric.valueKinds().isEmpty()) {
            return Optional.empty();
        }
        MeasurementKind kind = rubric.valueKinds().contains(preferred) ? preferred
                : rubric.valueKinds().stream().sorted().findFirst().orElseThrow();
        return Optional.of(random(kind, rubric, r));
    }

    private static IndicatorValue random(MeasurementKind kind, Rubric rubric, SplittableRandom r) {
        switch (kind) {
            case PERCENTAGE:
                return new IndicatorValue.Percentage(percent(r), r.nextBoolean() ? Optional.of(percent(r))
                        : Optional.empty());
            case COUNT:
                long top = countCeiling(rubric);
                return new IndicatorValue.Count(r.nextLong(top + 1),
                        r.nextBoolean() ? Optional.of(r.nextLong(top + 1)) : Optional.empty());
            case DOCUMENT_LEVEL:
                return IndicatorValue.document(pick(DocumentLevel.values(), r));
            case FUNCTIONING_LEVEL:
                return IndicatorValue.functioning(pick(FunctioningLevel.values(), r));
            case PRESENCE:
                return new IndicatorValue.Presence(r.nextBoolean());
            case BUDGET:
                return new IndicatorValue.Budget(r.nextBoolean(), r.nextBoolean());
            default:
                return new IndicatorValue.Composite(Map.of());
        }
    }

    private static long countCeiling(Rubric rubric) {
        long top = 10;
        if (rubric instanceof Rubric.CountThresholds thresholds) {
            for (Rubric.CountThresholds.CountThreshold t : thresholds.thresholds()) {
                top = Math.max(top, t.atLeast() * 2);
            }
        }
        if (rubric instanceof Rubric.TargetComparison target) {
            top = Math.max(top, target.target().longValue() * 2 + 2);
        }
        return top;
    }

    private static BigDecimal percent(SplittableRandom r) {
        int which = r.nextInt(10);
        if (which == 0) {
            return BigDecimal.ZERO;
        }
        if (which == 1) {
            return BigDecimal.valueOf(100);
        }
        return BigDecimal.valueOf(r.nextInt(1001), 1);
    }

    private static <E> E pick(E[] values, SplittableRandom r) {
        return values[r.nextInt(values.length)];
    }

    /**
     * One value per step of a rubric; for a proportional rubric, one every {@code tenths} tenths of a percent.
     */
    static List<IndicatorValue> witnesses(Rubric rubric, MeasurementKind kind, int tenths) {
        List<IndicatorValue> values = new ArrayList<>();
        if (rubric instanceof Rubric.DocumentLadder) {
            for (DocumentLevel level : DocumentLevel.values()) {
                values.add(IndicatorValue.document(level));
            }
        } else if (rubric instanceof Rubric.FunctioningLadder) {
            for (FunctioningLevel level : FunctioningLevel.values()) {
                values.add(IndicatorValue.functioning(level));
            }
        } else if (rubric instanceof Rubric.PercentBands bands) {
            bands.bands().forEach(b -> values.add(IndicatorValue.percent(b.from().toPlainString())));
        } else if (rubric instanceof Rubric.CountThresholds thresholds) {
            thresholds.thresholds().forEach(t -> values.add(IndicatorValue.count(t.atLeast())));
        } else if (rubric instanceof Rubric.TargetComparison target) {
            BigDecimal at = target.target();
            BigDecimal worse = target.direction() == Direction.LOWER_IS_BETTER ? at.add(BigDecimal.TEN)
                    : at.subtract(BigDecimal.ONE).max(BigDecimal.ZERO);
            BigDecimal worst = target.direction() == Direction.LOWER_IS_BETTER ? worse.add(BigDecimal.ONE)
                    : worse.subtract(BigDecimal.ONE).max(BigDecimal.ZERO);
            if (kind == MeasurementKind.COUNT) {
                values.add(new IndicatorValue.Count(at.longValue(), Optional.empty()));
                values.add(new IndicatorValue.Count(worse.longValue(), Optional.of(worst.longValue())));
                values.add(new IndicatorValue.Count(worse.longValue(), Optional.empty()));
            } else {
                values.add(new IndicatorValue.Percentage(at.min(BigDecimal.valueOf(100)), Optional.empty()));
                values.add(new IndicatorValue.Percentage(worse.min(BigDecimal.valueOf(100)),
                        Optional.of(worst.min(BigDecimal.valueOf(100)))));
                values.add(new IndicatorValue.Percentage(worse.min(BigDecimal.valueOf(100)), Optional.empty()));
            }
        } else if (rubric instanceof Rubric.PresenceCheck) {
            values.add(new IndicatorValue.Presence(true));
            values.add(new IndicatorValue.Presence(false));
        } else if (rubric instanceof Rubric.BudgetSources) {
            values.add(new IndicatorValue.Budget(true, true));
            values.add(new IndicatorValue.Budget(true, false));
            values.add(new IndicatorValue.Budget(false, false));
        } else if (rubric instanceof Rubric.Proportional) {
            for (int t = 0; t <= 1000; t += tenths) {
                values.add(IndicatorValue.percent(BigDecimal.valueOf(t, 1).toPlainString()));
            }
        } else if (rubric instanceof Rubric.Custom custom) {
            for (MeasurementKind k : custom.valueKinds()) {
                SplittableRandom r = new SplittableRandom(k.ordinal());
                for (int i = 0; i < 20; i++) {
                    values.add(random(k, rubric, r));
                }
            }
        }
        return values;
    }

    /** Options of an options rubric, by id. */
    static List<String> options(Rubric rubric) {
        return rubric instanceof Rubric.Options ? rubric.steps().stream().map(Step::id).toList() : List.of();
    }

    /** A value at least as good as the given one, for a measure where the direction says what better is. */
    static IndicatorValue better(IndicatorValue value, Direction direction, SplittableRandom r) {
        boolean lower = direction == Direction.LOWER_IS_BETTER;
        if (value instanceof IndicatorValue.Percentage p) {
            BigDecimal now = p.percent();
            BigDecimal room = lower ? now : BigDecimal.valueOf(100).subtract(now);
            BigDecimal step = room.multiply(BigDecimal.valueOf(r.nextInt(11), 1)).setScale(1, RoundingMode.DOWN);
            return new IndicatorValue.Percentage(lower ? now.subtract(step) : now.add(step), p.previousYear());
        }
        if (value instanceof IndicatorValue.Count c) {
            long step = r.nextInt(4);
            long next = lower ? Math.max(0, c.count() - step) : c.count() + step;
            return new IndicatorValue.Count(next, c.previousYear());
        }
        if (value instanceof IndicatorValue.Document d) {
            DocumentLevel[] levels = DocumentLevel.values();
            return IndicatorValue.document(levels[r.nextInt(d.level().ordinal(), levels.length)]);
        }
        if (value instanceof IndicatorValue.Functioning f) {
            FunctioningLevel[] levels = FunctioningLevel.values();
            return IndicatorValue.functioning(levels[r.nextInt(f.level().ordinal(), levels.length)]);
        }
        if (value instanceof IndicatorValue.Presence p) {
            return new IndicatorValue.Presence(p.present() || r.nextBoolean());
        }
        if (value instanceof IndicatorValue.Budget b) {
            return new IndicatorValue.Budget(b.regional() || r.nextBoolean(), b.other() || r.nextBoolean());
        }
        return value;
    }

    /** Simpler values than the given one, the simplest first. */
    static Stream<IndicatorValue> simpler(IndicatorValue value) {
        if (value instanceof IndicatorValue.Percentage p) {
            List<IndicatorValue> out = new ArrayList<>();
            if (p.previousYear().isPresent()) {
                out.add(new IndicatorValue.Percentage(p.percent(), Optional.empty()));
            }
            if (p.percent().signum() != 0) {
                out.add(new IndicatorValue.Percentage(BigDecimal.ZERO, p.previousYear()));
            }
            BigDecimal whole = p.percent().setScale(0, RoundingMode.DOWN);
            if (whole.compareTo(p.percent()) != 0) {
                out.add(new IndicatorValue.Percentage(whole, p.previousYear()));
            }
            return out.stream();
        }
        if (value instanceof IndicatorValue.Count c) {
            List<IndicatorValue> out = new ArrayList<>();
            if (c.previousYear().isPresent()) {
                out.add(new IndicatorValue.Count(c.count(), Optional.empty()));
            }
            if (c.count() > 0) {
                out.add(new IndicatorValue.Count(0, c.previousYear()));
                out.add(new IndicatorValue.Count(c.count() / 2, c.previousYear()));
            }
            return out.stream();
        }
        if (value instanceof IndicatorValue.Document d && d.level() != DocumentLevel.NONE) {
            return Stream.of(IndicatorValue.document(DocumentLevel.NONE));
        }
        if (value instanceof IndicatorValue.Functioning f && f.level() != FunctioningLevel.NONE) {
            return Stream.of(IndicatorValue.functioning(FunctioningLevel.NONE));
        }
        if (value instanceof IndicatorValue.Budget b && (b.regional() || b.other())) {
            return Stream.of(new IndicatorValue.Budget(false, false));
        }
        if (value instanceof IndicatorValue.Composite c && !c.items().isEmpty()) {
            List<IndicatorValue> out = new ArrayList<>();
            for (String key : c.items().keySet()) {
                Map<String, IndicatorValue> fewer = new LinkedHashMap<>(c.items());
                fewer.remove(key);
                out.add(new IndicatorValue.Composite(fewer));
            }
            return out.stream();
        }
        return Stream.empty();
    }
}
