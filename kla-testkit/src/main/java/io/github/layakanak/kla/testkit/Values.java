package io.github.layakanak.kla.testkit;

import io.github.layakanak.kla.model.Direction;
import io.github.layakanak.kla.model.DocumentLevel;
import io.github.layakanak.kla.model.FunctioningLevel;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.MeasurementKind;
import io.github.layakanak.kla.scoring.pack.Response;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.Rung;
import io.github.layakanak.kla.scoring.rubric.Composite;
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

    static Optional<IndicatorValue> random(Rubric rubric, MeasurementKind preferred, SplittableRandom r) {
        if (rubric instanceof Composite composite) {
            Map<String, IndicatorValue> items = new LinkedHashMap<>();
            for (Composite.Item item : composite.items()) {
                if (r.nextInt(5) > 0) {
                    random(item.rubric(), MeasurementKind.COMPOSITE, r).ifPresent(v -> items.put(item.id(), v));
                }
            }
            return Optional.of(new IndicatorValue.Composite(items));
        }
        if (rubric.valueKinds().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(random(kindOf(rubric, preferred), rubric, r));
    }

    /** The kind a value for the rubric should have: the one measured, when the rubric rates it. */
    static MeasurementKind kindOf(Rubric rubric, MeasurementKind preferred) {
        return rubric.valueKinds().contains(preferred) ? preferred
                : rubric.valueKinds().stream().sorted().findFirst().orElse(preferred);
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

    /** Twice the count of the best rung (and two more), and at least 10: every rung gets reached. */
    private static long countCeiling(Rubric rubric) {
        long top = 10;
        List<Rung> ladder = rubric.ladder();
        for (Rung rung : ladder) {
            Optional<IndicatorValue> value = rubric.witness(rung, MeasurementKind.COUNT).flatMap(Response::value);
            if (value.isPresent() && value.get() instanceof IndicatorValue.Count c && c.count() < Long.MAX_VALUE / 4) {
                top = Math.max(top, c.count() * 2);
            }
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
     * Values of a kind that land on each rung of a rubric (as the rubric tells them), and for a percentage every
     * {@code tenths} tenths of a percent from 0 to 100 as well (none when {@code tenths} is 0).
     */
    static List<IndicatorValue> witnesses(Rubric rubric, MeasurementKind preferred, int tenths) {
        MeasurementKind kind = kindOf(rubric, preferred);
        List<IndicatorValue> values = new ArrayList<>();
        for (Rung rung : rubric.ladder()) {
            rubric.witness(rung, kind).flatMap(Response::value).ifPresent(values::add);
        }
        if (tenths > 0 && kind == MeasurementKind.PERCENTAGE && rubric.valueKinds().contains(kind)) {
            for (int t = 0; t <= 1000; t += tenths) {
                values.add(IndicatorValue.percent(BigDecimal.valueOf(t, 1).toPlainString()));
            }
        }
        return values;
    }

    /** The answer options of a rubric that rates options; none for one that rates values. */
    static List<String> options(Rubric rubric) {
        return rubric.valueKinds().isEmpty() ? rubric.ladder().stream().map(Rung::id).toList() : List.of();
    }

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
