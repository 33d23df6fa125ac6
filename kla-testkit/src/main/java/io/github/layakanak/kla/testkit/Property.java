package io.github.layakanak.kla.testkit;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.json.KlaJson;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;

/**
 * Checks that a property holds for many generated values, and when it does not, shrinks the value that broke
 * it to a minimal one and reports it with the seed that replays it.
 *
 * <pre>{@code
 * @Test
 * void evidenceNeverLowersTheScore() {
 *     Property.forAll(Generators.submissions(pack)).check(submission -> {
 *         ...assertions...
 *     });
 * }
 * }</pre>
 *
 * <p>Each case draws from its own seed. A failure prints that seed; {@code .seed(s)} (or the system property
 * {@code kla.property.seed}) runs exactly that case again. The number of cases is 1,000 unless
 * {@code .tries(n)} or the system property {@code kla.property.tries} says otherwise. The runner depends on no
 * test framework: it throws opentest4j's {@link AssertionFailedError}, which JUnit, TestNG and IDEs report.
 *
 * @param <T> the type of the values checked
 */
public final class Property<T> {

    /** The number of cases when nothing else is said. */
    public static final int DEFAULT_TRIES = 1000;

    private static final int MAX_SHRINK_STEPS = 2000;

    private final Gen<T> gen;
    private final int tries;
    private final Optional<Long> seed;
    private final Function<? super T, String> describer;

    private Property(Gen<T> gen, int tries, Optional<Long> seed, Function<? super T, String> describer) {
        this.gen = gen;
        this.tries = tries;
        this.seed = seed;
        this.describer = describer;
    }

    /**
     * Starts a property over a generator's values.
     *
     * @param gen the generator
     * @param <T> the type of the values
     * @return the property, with the default number of tries and a fresh seed
     */
    public static <T> Property<T> forAll(Gen<T> gen) {
        requireNonNull(gen, "gen");
        int tries = Integer.getInteger("kla.property.tries", DEFAULT_TRIES);
        Optional<Long> seed = Optional.ofNullable(System.getProperty("kla.property.seed")).map(Long::parseLong);
        return new Property<>(gen, tries, seed, Property::describe);
    }

    /**
     * Sets the number of cases.
     *
     * @param n the number, at least 1
     * @return the property
     * @throws IllegalArgumentException if {@code n} is below 1
     */
    public Property<T> tries(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("tries must be at least 1, but was " + n);
        }
        return new Property<>(gen, n, seed, describer);
    }

    /**
     * Replays one case from the seed a failure printed.
     *
     * @param caseSeed the seed
     * @return the property, running that one case
     */
    public Property<T> seed(long caseSeed) {
        return new Property<>(gen, tries, Optional.of(caseSeed), describer);
    }

    /**
     * Sets how a failing value is printed; kla values print as JSON by default.
     *
     * @param describer the printer
     * @return the property
     */
    public Property<T> describedBy(Function<? super T, String> describer) {
        return new Property<>(gen, tries, seed, requireNonNull(describer, "describer"));
    }

    /**
     * Checks the property: runs the check on every case, and throws if one fails.
     *
     * @param check the check; it fails by throwing (an assertion error or any exception)
     * @throws AssertionFailedError naming the case's seed, the minimal value found by shrinking, and the cause
     */
    public void check(Check<? super T> check) {
        requireNonNull(check, "check");
        if (seed.isPresent()) {
            runCase(seed.get(), 1, check);
            return;
        }
        SplittableRandom seeds = new SplittableRandom();
        for (int i = 1; i <= tries; i++) {
            runCase(seeds.nextLong(), i, check);
        }
    }

    private void runCase(long caseSeed, int number, Check<? super T> check) {
        T value = gen.generate(new SplittableRandom(caseSeed));
        Throwable failure = failureOf(check, value);
        if (failure == null) {
            return;
        }
        T minimal = value;
        int steps = 0;
        boolean shrunk = true;
        while (shrunk && steps < MAX_SHRINK_STEPS) {
            shrunk = false;
            for (Iterator<T> candidates = gen.shrink(minimal).iterator(); candidates.hasNext()
                    && steps < MAX_SHRINK_STEPS;) {
                T candidate = candidates.next();
                steps++;
                Throwable again = failureOf(check, candidate);
                if (again != null) {
                    minimal = candidate;
                    failure = again;
                    shrunk = true;
                    break;
                }
            }
        }
        String message = String.format(Locale.ROOT,
                "Property failed on case %d (seed %d; replay it with .seed(%dL) or -Dkla.property.seed=%d).%n"
                        + "Shrunk in %d steps to:%n%s%nCause: %s",
                number, caseSeed, caseSeed, caseSeed, steps, describer.apply(minimal), failure);
        throw new AssertionFailedError(message, failure);
    }

    private static <T> @Nullable Throwable failureOf(Check<? super T> check, T value) {
        try {
            check.accept(value);
            return null;
        } catch (Throwable t) {
            if (t instanceof VirtualMachineError error) {
                throw error;
            }
            return t;
        }
    }

    private static String describe(Object value) {
        try {
            return KlaJson.write(value).strip();
        } catch (RuntimeException e) {
            return String.valueOf(value);
        }
    }

    /**
     * A check of one value.
     *
     * @param <T> the type of the value
     */
    @FunctionalInterface
    public interface Check<T> {

        /**
         * Checks a value.
         *
         * @param value the value
         * @throws Throwable when the property does not hold for it
         */
        void accept(T value) throws Throwable;
    }
}
