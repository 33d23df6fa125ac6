package io.github.layakanak.kla.testkit;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A seeded generator of values, and how to shrink a value it made towards a simpler one.
 *
 * <p>A generator draws only from the random source it is given, so the same seed gives the same value. Shrinking
 * proposes simpler candidates (fewer answers, fewer documents, smaller values), each one still a value the
 * generator could have made; the {@link Property} runner keeps the first candidate that still fails, and starts
 * again from it.
 *
 * @param <T> the type of the values
 */
public interface Gen<T> {

    /**
     * Draws a value.
     *
     * @param random the source of randomness, seeded by the caller
     * @return the value
     */
    T generate(SplittableRandom random);

    /**
     * Proposes simpler values than one this generator made, the most aggressive first.
     *
     * @param value a value this generator made
     * @return the candidates; none by default
     */
    default Stream<T> shrink(T value) {
        return Stream.empty();
    }

    /**
     * A generator that draws from a function and shrinks with another.
     *
     * @param generate draws a value
     * @param shrink   proposes simpler values
     * @param <T>      the type of the values
     * @return the generator
     */
    static <T> Gen<T> of(Function<SplittableRandom, T> generate, Function<T, Stream<T>> shrink) {
        requireNonNull(generate, "generate");
        requireNonNull(shrink, "shrink");
        return new Gen<>() {
            @Override
            public T generate(SplittableRandom random) {
                return generate.apply(random);
            }

            @Override
            public Stream<T> shrink(T value) {
                return shrink.apply(value);
            }
        };
    }

    /**
     * A generator that picks one of some values, shrinking towards the first.
     *
     * @param values the values, the simplest first
     * @param <T>    the type of the values
     * @return the generator
     * @throws IllegalArgumentException if there are no values
     */
    static <T> Gen<T> oneOf(List<T> values) {
        List<T> copy = List.copyOf(values);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("values must not be empty");
        }
        return of(r -> copy.get(r.nextInt(copy.size())),
                v -> copy.indexOf(v) > 0 ? Stream.of(copy.get(0)) : Stream.empty());
    }

    /**
     * A generator of whole numbers in a range, shrinking towards the lower bound.
     *
     * @param from the lower bound, inclusive
     * @param to   the upper bound, inclusive
     * @return the generator
     * @throws IllegalArgumentException if {@code from > to}
     */
    static Gen<Long> longs(long from, long to) {
        if (from > to) {
            throw new IllegalArgumentException("from must not exceed to, but was " + from + " > " + to);
        }
        return of(r -> from == to ? from : r.nextLong(from, to == Long.MAX_VALUE ? to : to + 1),
                v -> Stream.concat(Stream.of(from), Stream.iterate((v - from) / 2, d -> d > 0, d -> d / 2)
                        .map(d -> v - d)).distinct().filter(c -> c < v));
    }

    /**
     * A generator of pairs, one value from each generator, drawn first then second. A pair shrinks its first value
     * (keeping the second), then its second (keeping the first).
     *
     * <pre>{@code
     * Property.forAll(Gen.pair(Generators.submissions(pack), Gen.oneOf(List.of(Stage.values())))).check(p -> ...);
     * }</pre>
     *
     * @param first  the generator of first values
     * @param second the generator of second values
     * @param <A>    the type of the first values
     * @param <B>    the type of the second values
     * @return the generator
     */
    static <A, B> Gen<Pair<A, B>> pair(Gen<A> first, Gen<B> second) {
        requireNonNull(first, "first");
        requireNonNull(second, "second");
        return of(r -> new Pair<>(first.generate(r), second.generate(r)), p -> Stream.concat(
                first.shrink(p.first()).map(a -> new Pair<>(a, p.second())),
                second.shrink(p.second()).map(b -> new Pair<A, B>(p.first(), b))));
    }

    /**
     * A generator of lists of {@code min} to {@code max} values of another generator, each length equally likely.
     * A list shrinks to shorter ones first (its first {@code min} values; its first and its second half; one value
     * fewer), never below {@code min}, then value by value as the element generator shrinks them.
     *
     * @param element the generator of the values
     * @param min     the fewest values, at least 0
     * @param max     the most values, at least {@code min}
     * @param <T>     the type of the values
     * @return the generator
     * @throws IllegalArgumentException if {@code min} is negative or above {@code max}
     */
    static <T> Gen<List<T>> listOf(Gen<T> element, int min, int max) {
        requireNonNull(element, "element");
        if (min < 0 || min > max) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "min must be in [0, max %d], but was %d", max, min));
        }
        return of(r -> {
            int size = min + r.nextInt(max - min + 1);
            List<T> values = new java.util.ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                values.add(element.generate(r));
            }
            return List.copyOf(values);
        }, list -> Lists.shrink(list, min, element));
    }

    /**
     * A pair of values, as {@link #pair(Gen, Gen)} makes them.
     *
     * @param first  the first value
     * @param second the second value
     * @param <A>    the type of the first value
     * @param <B>    the type of the second value
     */
    record Pair<A, B>(A first, B second) {

        /**
         * Creates a pair.
         *
         * @param first  the first value
         * @param second the second value
         * @throws NullPointerException if a value is null
         */
        public Pair {
            requireNonNull(first, "first");
            requireNonNull(second, "second");
        }
    }

    /**
     * Returns a generator of this generator's values mapped by a function; its values do not shrink.
     *
     * @param mapper the function
     * @param <R>    the type of the mapped values
     * @return the generator
     */
    default <R> Gen<R> map(Function<T, R> mapper) {
        requireNonNull(mapper, "mapper");
        Gen<T> self = this;
        return r -> mapper.apply(self.generate(r));
    }
}
