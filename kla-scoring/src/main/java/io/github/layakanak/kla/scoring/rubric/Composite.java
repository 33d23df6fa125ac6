package io.github.layakanak.kla.scoring.rubric;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.MeasurementKind;
import io.github.layakanak.kla.scoring.pack.Admission;
import io.github.layakanak.kla.scoring.pack.Lint;
import io.github.layakanak.kla.scoring.pack.Message;
import io.github.layakanak.kla.scoring.pack.ParametersWriter;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.Rating;
import io.github.layakanak.kla.scoring.pack.Response;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.RubricKind;
import io.github.layakanak.kla.scoring.pack.Rung;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Several sub-items, each rated by its own rubric and weighted; the weights sum to 1. An item the response does
 * not give earns nothing. The ladder is its two ends, {@code NONE} and {@code ALL}; a rating in between is
 * {@code PARTIAL}, and its parts say what each item reached.
 *
 * <pre>{@code {"kind": "COMPOSITE", "items": [{"id": "task-force", "weight": 0.4,
 *   "label": {"id": "Gugus tugas", "en": "Task force"}, "rubric": {"kind": "FUNCTIONING_LADDER", ...}}, ...],
 *   "provenance": ...}}</pre>
 *
 * <p>An item's rubric may leave out its provenance; it then takes the composite's.
 */
public final class Composite implements Rubric {

    /** The kind, as parameters files name it. */
    public static final RubricKind KIND = RubricKind.of("COMPOSITE", p -> new Composite(
            p.objects("items").stream().map(i -> new Item(i.text("id"), i.number("weight"), i.label("label"),
                    i.rubric("rubric"))).toList(), p.provenance()));

    /** The rung of a rating that earns nothing. */
    public static final String NONE = "NONE";
    /** The rung of a rating that earns part of the maximum. */
    public static final String PARTIAL = "PARTIAL";
    /** The rung of a rating that earns every point. */
    public static final String ALL = "ALL";

    /**
     * One sub-item of a composite.
     *
     * @param id     the item's id, the key of its value in a composite value
     * @param weight its weight, the share of the maximum it carries
     * @param label  what it measures, in Indonesian and English
     * @param rubric how its value is rated
     */
    public record Item(String id, BigDecimal weight, Message.Text label, Rubric rubric) {

        /**
         * Creates an item.
         *
         * @param id     the item's id
         * @param weight its weight
         * @param label  its label
         * @param rubric its rubric
         * @throws NullPointerException if an argument is null
         */
        public Item {
            requireNonNull(id, "id");
            requireNonNull(weight, "weight");
            requireNonNull(label, "label");
            requireNonNull(rubric, "rubric");
        }
    }

    private final List<Item> items;
    private final Provenance provenance;
    private final Ladder ladder;
    private final Map<String, Item> byId = new LinkedHashMap<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final Rating.Part[] notGiven;
    /** Each item's rubric as a rater of bare values. */
    private final ValueRater[] raters;

    /**
     * Creates a composite.
     *
     * @param items      the sub-items
     * @param provenance where the weights come from
     * @throws NullPointerException if an argument or an item is null
     */
    public Composite(List<Item> items, Provenance provenance) {
        this.items = List.copyOf(items);
        this.provenance = requireNonNull(provenance, "provenance");
        this.ladder = Ladder.of(List.of(new Rung(NONE, BigDecimal.ZERO), new Rung(ALL, BigDecimal.ONE)));
        this.notGiven = new Rating.Part[this.items.size()];
        this.raters = new ValueRater[notGiven.length];
        for (int i = 0; i < notGiven.length; i++) {
            Item item = this.items.get(i);
            Rubric rubric = item.rubric();
            raters[i] = rubric instanceof ValueRater leaf ? leaf : value -> rubric.rate(Response.of(value));
            byId.putIfAbsent(item.id(), item);
            index.putIfAbsent(item.id(), i);
            notGiven[i] = new Rating.Part(item.id(), item.weight(), Optional.empty());
        }
    }

    /**
     * Returns the sub-items.
     *
     * @return the items, in the pack's order
     */
    public List<Item> items() {
        return items;
    }

    /**
     * Finds an item by its id.
     *
     * @param id the item's id
     * @return the item, or empty
     */
    public Optional<Item> findItem(String id) {
        return Optional.ofNullable(byId.get(requireNonNull(id, "id")));
    }

    @Override
    public String kind() {
        return KIND.name();
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public List<Rung> ladder() {
        return ladder.rungs();
    }

    @Override
    public Set<MeasurementKind> valueKinds() {
        return Set.of(MeasurementKind.COMPOSITE);
    }

    @Override
    public Rating rate(Response response) {
        Map<String, IndicatorValue> values = ((IndicatorValue.Composite) response.value().orElseThrow()).items();
        Rating.Part[] parts = new Rating.Part[items.size()];
        BigDecimal fraction = BigDecimal.ZERO;
        // The value's items, each found by its id (a composite value holds only items the rubric has: admitted).
        for (Map.Entry<String, IndicatorValue> given : values.entrySet()) {
            Integer i = index.get(given.getKey());
            if (i == null) {
                continue;
            }
            Rating rating = raters[i].rateValue(given.getValue());
            Rating.Part part = notGiven[i];
            parts[i] = new Rating.Part(part.item(), part.weight(), Optional.of(rating));
            fraction = fraction.add(part.weight().multiply(rating.fraction()));
        }
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] == null) {
                parts[i] = notGiven[i];
            }
        }
        Rung rung = fraction.signum() == 0 ? ladder.rungs().get(0)
                : fraction.compareTo(BigDecimal.ONE) >= 0 ? ladder.rungs().get(1) : new Rung(PARTIAL, fraction);
        return new Rating(rung, fraction, ladder.rungs(), List.of(parts));
    }

    /** Every key must be one of the items, and each item's value one its rubric admits. */
    @Override
    public void admit(Response response, Admission admission) {
        Rubric.super.admit(response, admission);
        response.value().filter(IndicatorValue.Composite.class::isInstance).ifPresent(value -> {
            ((IndicatorValue.Composite) value).items().forEach((key, itemValue) -> {
                Item item = byId.get(key);
                if (item == null) {
                    admission.refuseValue("/items/" + key.replace("~", "~0").replace("/", "~1"),
                            Message.of("admission.item", key, items.stream().map(Item::id).toList()));
                } else {
                    admission.admitItem(key, item.rubric(), itemValue);
                }
            });
        });
    }

    @Override
    public Message describe(Rung rung) {
        return Message.of("rung.composite." + rung.id());
    }

    /** Each item with what it reached and its weight: "Gugus tugas: Berfungsi penuh (1 × 0.4); ...". */
    @Override
    public Message describe(Rating rating) {
        List<Message> parts = new ArrayList<>(rating.parts().size());
        for (Rating.Part part : rating.parts()) {
            Item item = byId.get(part.item());
            Message.Text label = item == null ? new Message.Text(part.item(), part.item()) : item.label();
            parts.add(part.rating().isEmpty() || item == null
                    ? Message.of("rating.composite.notGiven", label, part.weight())
                    : Message.of("rating.composite.part", label, item.rubric().describe(part.rating().get()),
                            part.rating().get().fraction(), part.weight()));
        }
        return Message.of("rating.composite", parts);
    }

    @Override
    public List<Rubric> nested() {
        return items.stream().map(Item::rubric).toList();
    }

    /** Every item at the same end of its own ladder (the kind of each item's value as its rubric rates first). */
    @Override
    public Optional<Response> witness(Rung rung, MeasurementKind kind) {
        if (rung.id().equals(NONE)) {
            return Optional.of(Response.of(new IndicatorValue.Composite(Map.of())));
        }
        Map<String, IndicatorValue> values = new LinkedHashMap<>();
        for (Item item : items) {
            List<Rung> ladder = item.rubric().ladder();
            if (ladder.isEmpty()) {
                return Optional.empty();
            }
            MeasurementKind itemKind = item.rubric().valueKinds().stream().sorted().findFirst()
                    .orElse(MeasurementKind.COMPOSITE);
            Optional<IndicatorValue> value = item.rubric().witness(ladder.get(ladder.size() - 1), itemKind)
                    .flatMap(Response::value);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.put(item.id(), value.get());
        }
        return Optional.of(Response.of(new IndicatorValue.Composite(values)));
    }

    @Override
    public void write(ParametersWriter out) {
        out.objects("items", items, (w, item) -> w.text("id", item.id()).number("weight", item.weight())
                .label("label", item.label()).rubric("rubric", item.rubric()));
    }

    @Override
    public void lint(Lint lint) {
        if (items.isEmpty()) {
            lint.problem("/items", "there must be at least one item, but there is none");
            return;
        }
        Set<String> ids = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String at = "/items/" + i;
            if (!ids.add(item.id())) {
                lint.problem(at + "/id", "item ids must be unique, but [%s] appears twice", item.id());
            }
            if (item.weight().signum() <= 0) {
                lint.problem(at + "/weight", "a weight must be above 0, but is %s", Ladder.plain(item.weight()));
            }
            if (item.rubric().valueKinds().isEmpty()) {
                lint.problem(at + "/rubric/kind", "an item is rated from a value, but its %s rubric rates answer "
                        + "options", item.rubric().kind());
            }
            sum = sum.add(item.weight());
            lint.rubric(at + "/rubric", item.rubric());
        }
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            lint.problem("/items", "the items' weights must sum to exactly 1, but sum to %s", Ladder.plain(sum));
        }
    }

    /** The sum of each item's weight times the best its rubric can give. */
    @Override
    public BigDecimal top() {
        BigDecimal top = BigDecimal.ZERO;
        for (Item item : items) {
            top = top.add(item.weight().max(BigDecimal.ZERO).multiply(item.rubric().top()));
        }
        return top;
    }

    /** Each item's weight, on the composite's provenance, and the numbers of each item's rubric. */
    @Override
    public void numbers(Consumer<Provenance> each) {
        for (Item item : items) {
            each.accept(provenance);
            item.rubric().numbers(each);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Composite that && items.equals(that.items) && provenance.equals(that.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(items, provenance);
    }

    @Override
    public String toString() {
        return "Composite" + items.stream().map(Item::id).toList();
    }
}
