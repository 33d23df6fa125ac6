package io.github.layakanak.kla.scoring.pack;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;

/**
 * A kind of rubric, by the name a parameters file gives in a rubric's {@code kind} field, and how its parameters
 * are read. The built-in kinds are in {@link io.github.layakanak.kla.scoring.rubric}; a pack that needs logic of
 * its own registers its kind with
 * {@link io.github.layakanak.kla.scoring.spi.RulePackLoader#withRubricKind(RubricKind)}.
 *
 * <pre>{@code
 * public static final RubricKind KIND = RubricKind.of("HALF_OR_FULL",
 *         p -> new HalfOrFull(p.number("threshold"), p.number("half"), p.provenance()));
 * }</pre>
 */
public interface RubricKind {

    /**
     * Returns the kind's name, as parameters files spell it.
     *
     * @return the name, such as {@code "PERCENT_BANDS"}; upper-case words joined by underscores
     */
    String name();

    /**
     * Reads a rubric of this kind from its object in a parameters file.
     *
     * @param parameters the rubric's object; its {@code kind} is already read
     * @return the rubric, whose {@link Rubric#kind()} is this kind's name
     */
    Rubric read(Parameters parameters);

    /**
     * A kind from its name and its reader.
     *
     * @param name   the kind's name
     * @param reader reads a rubric of the kind
     * @return the kind
     * @throws NullPointerException if an argument is null
     */
    static RubricKind of(String name, Function<Parameters, Rubric> reader) {
        requireNonNull(name, "name");
        requireNonNull(reader, "reader");
        return new RubricKind() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Rubric read(Parameters parameters) {
                return reader.apply(parameters);
            }

            @Override
            public String toString() {
                return "RubricKind[" + name + "]";
            }
        };
    }
}
