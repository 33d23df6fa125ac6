package io.github.layakanak.kla.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class GenTest {

    private static final Pattern SHRUNK = Pattern.compile("Shrunk in \\d+ steps to:\\R(.*)\\RCause: ",
            Pattern.DOTALL);

    @Test
    void drawsPairsFromBothGenerators() {
        Property.forAll(Gen.pair(Gen.longs(0, 9), Gen.longs(100, 109))).check(p -> {
            assertTrue(p.first() >= 0 && p.first() <= 9, p.toString());
            assertTrue(p.second() >= 100 && p.second() <= 109, p.toString());
        });
    }

    @Test
    void shrinksAPairOneSideAtATime() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Property.forAll(Gen.pair(Gen.longs(0, 1000), Gen.longs(0, 1000)))
                        .describedBy(p -> p.first() + " " + p.second())
                        .check(p -> assertTrue(p.first() + p.second() < 700)));

        String[] sides = shrunk(e).split(" ");
        assertEquals(700, Long.parseLong(sides[0]) + Long.parseLong(sides[1]), "neither side can shrink further");
    }

    @Test
    void drawsListsOfEveryLengthWithinTheBounds() {
        Gen<List<Long>> lists = Gen.listOf(Gen.longs(0, 5), 2, 4);
        boolean[] lengths = new boolean[5];
        Property.forAll(lists).tries(200).check(list -> {
            assertTrue(list.size() >= 2 && list.size() <= 4, list.toString());
            lengths[list.size()] = true;
        });

        assertTrue(lengths[2] && lengths[3] && lengths[4]);
    }

    @Test
    void shrinksAListToTheFewestAndSmallestValuesThatStillFail() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Property.forAll(Gen.listOf(Gen.longs(0, 100), 1, 20)).describedBy(List::toString).check(list ->
                        assertTrue(list.stream().filter(v -> v >= 50).count() < 2)));

        assertEquals("[50, 50]", shrunk(e));
    }

    @Test
    void neverShrinksAListBelowItsMinimum() {
        Gen<List<Long>> lists = Gen.listOf(Gen.longs(0, 100), 3, 8);
        Property.forAll(lists).tries(100).check(list -> lists.shrink(list).forEach(smaller ->
                assertTrue(smaller.size() >= 3 && !smaller.equals(list), smaller.toString())));
    }

    @Test
    void makesTheSameListAndPairFromTheSameSeed() {
        Gen<Gen.Pair<List<Long>, Long>> gen = Gen.pair(Gen.listOf(Gen.longs(0, 1000), 0, 10), Gen.longs(-5, 5));

        assertEquals(gen.generate(new SplittableRandom(13)), gen.generate(new SplittableRandom(13)));
    }

    @Test
    void refusesBoundsOutOfOrder() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gen.listOf(Gen.longs(0, 1), 3, 2));

        assertEquals("min must be in [0, max 2], but was 3", e.getMessage());
    }

    private static String shrunk(AssertionFailedError e) {
        Matcher m = SHRUNK.matcher(e.getMessage());
        assertTrue(m.find(), e.getMessage());
        return m.group(1);
    }
}
