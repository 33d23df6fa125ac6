package io.github.layakanak.kla.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.json.KlaJson;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class PropertyTest {

    private static final Pattern SEED = Pattern.compile("seed (-?\\d+);");
    private static final Pattern SHRUNK = Pattern.compile("Shrunk in \\d+ steps to:\\R(.*)\\RCause: ",
            Pattern.DOTALL);

    @Test
    void runsTheCheckOnEveryCase() {
        AtomicInteger runs = new AtomicInteger();

        Property.forAll(Gen.longs(0, 10)).tries(37).check(v -> runs.incrementAndGet());

        assertEquals(37, runs.get());
    }

    @Test
    void runsAThousandCasesByDefault() {
        AtomicInteger runs = new AtomicInteger();

        Property.forAll(Gen.longs(0, 10)).check(v -> runs.incrementAndGet());

        assertEquals(Property.DEFAULT_TRIES, runs.get());
    }

    @Test
    void shrinksANumberToTheSmallestThatFails() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Property.forAll(Gen.longs(0, 100_000)).check(v -> assertTrue(v <= 500, "too big: " + v)));

        assertEquals("501", shrunk(e));
        assertTrue(e.getMessage().contains("Cause: org.opentest4j.AssertionFailedError: too big: 501"),
                e.getMessage());
    }

    @Test
    void printsTheSeedThatReplaysTheFailingCase() {
        Gen<Long> gen = Gen.longs(0, 1_000_000);
        AssertionFailedError first = assertThrows(AssertionFailedError.class,
                () -> Property.forAll(gen).check(v -> assertTrue(v % 7 != 3)));
        Matcher seed = SEED.matcher(first.getMessage());
        assertTrue(seed.find(), first.getMessage());

        AssertionFailedError replayed = assertThrows(AssertionFailedError.class,
                () -> Property.forAll(gen).seed(Long.parseLong(seed.group(1))).check(v -> assertTrue(v % 7 != 3)));

        assertEquals(shrunk(first), shrunk(replayed));
        assertTrue(replayed.getMessage().startsWith("Property failed on case 1 (seed " + seed.group(1)),
                replayed.getMessage());
    }

    @Test
    void shrinksASubmissionToAMinimalOneAndPrintsItAsJson() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Property.forAll(Generators.submissions(TestkitPacks.PACK)).check(s -> assertTrue(
                        s.answers().stream().filter(a -> !a.evidence().isEmpty()).count() < 2)));

        Submission minimal = KlaJson.readSubmission(shrunk(e));
        assertEquals(2, minimal.answers().size());
        assertTrue(minimal.answers().stream().allMatch(a -> a.evidence().size() == 1 && a.questions().isEmpty()),
                shrunk(e));
    }

    @Test
    void treatsAnExceptionAsAFailure() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Property.forAll(Gen.longs(5, 5)).check(v -> {
                    throw new IllegalStateException("boom");
                }));

        assertTrue(e.getCause() instanceof IllegalStateException);
    }

    @Test
    void refusesFewerThanOneTry() {
        assertThrows(IllegalArgumentException.class, () -> Property.forAll(Gen.longs(0, 1)).tries(0));
    }

    private static String shrunk(AssertionFailedError e) {
        Matcher m = SHRUNK.matcher(e.getMessage());
        assertTrue(m.find(), e.getMessage());
        return m.group(1);
    }
}
