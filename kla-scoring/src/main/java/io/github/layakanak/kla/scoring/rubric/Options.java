package io.github.layakanak.kla.scoring.rubric;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.MeasurementKind;
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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The answer option chosen earns its fraction; each option is a rung, by the option's id.
 *
 * <pre>{@code {"kind": "OPTIONS", "options": [{"id": "SK_AND_FUNCTIONING", "fraction": 1,
 *   "label": {"id": "SK dan berfungsi", "en": "Decree and functioning"}}, ...], "provenance": ...}}</pre>
 */
public final class Options implements Rubric {

    /** The kind, as parameters files name it. */
    public static final RubricKind KIND = RubricKind.of("OPTIONS", p -> new Options(
            p.objects("options").stream().map(o -> new Option(o.text("id"), o.number("fraction"), o.label("label")))
                    .toList(), p.provenance()));

    /**
     * One answer option.
     *
     * @param id       the option's id, by which an answer chooses it
     * @param fraction the fraction it earns
     * @param label    what it says, in Indonesian and English
     */
    public record Option(String id, BigDecimal fraction, Message.Text label) {

        /**
         * Creates an option.
         *
         * @param id       the option's id
         * @param fraction its fraction
         * @param label    its label
         * @throws NullPointerException if an argument is null
         */
        public Option {
            requireNonNull(id, "id");
            requireNonNull(fraction, "fraction");
            requireNonNull(label, "label");
        }
    }

    private final List<Option> options;
    private final Provenance provenance;
    private final Ladder ladder;

    /**
     * Creates answer options.
     *
     * @param options    the options
     * @param provenance where their fractions come from
     * @throws NullPointerException if an argument or an option is null
     */
    public Options(List<Option> options, Provenance provenance) {
        this.options = List.copyOf(options);
        this.provenance = requireNonNull(provenance, "provenance");
        List<Rung> rungs = new ArrayList<>();
        for (Option option : this.options) {
            rungs.add(new Rung(option.id(), option.fraction()));
        }
        this.ladder = Ladder.of(rungs);
    }

    /**
     * Returns the options.
     *
     * @return the options, in the pack's order
     */
    public List<Option> options() {
        return options;
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

    /** None: this rubric rates options. */
    @Override
    public Set<MeasurementKind> valueKinds() {
        return Set.of();
    }

    @Override
    public Rating rate(Response response) {
        return ladder.rating(response.option().orElseThrow());
    }

    @Override
    public Message describe(Rung rung) {
        for (Option option : options) {
            if (option.id().equals(rung.id())) {
                return option.label();
            }
        }
        return Message.of("rung.option", rung.id());
    }

    @Override
    public Optional<Response> witness(Rung rung, MeasurementKind kind) {
        return ladder.find(rung.id()).map(r -> Response.option(r.id()));
    }

    @Override
    public void write(ParametersWriter out) {
        out.objects("options", options, (w, option) -> w.text("id", option.id())
                .number("fraction", option.fraction()).label("label", option.label()));
    }

    @Override
    public void lint(Lint lint) {
        if (options.isEmpty()) {
            lint.problem("/options", "there must be at least one option, but there is none");
        }
        for (int i = 0; i < options.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (options.get(j).id().equals(options.get(i).id())) {
                    lint.problem("/options/" + i + "/id", "option ids must be unique, but [%s] appears twice",
                            options.get(i).id());
                }
            }
            lint.fraction("/options/" + i + "/fraction", options.get(i).fraction());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Options that && options.equals(that.options) && provenance.equals(that.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(options, provenance);
    }

    @Override
    public String toString() {
        return "Options" + options.stream().map(Option::id).toList();
    }
}
