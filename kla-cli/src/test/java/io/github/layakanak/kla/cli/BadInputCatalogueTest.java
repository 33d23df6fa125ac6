package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.json.JsonFormatException;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.model.validation.Violation;
import io.github.layakanak.kla.scoring.RulePackNotFoundException;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.ScoringException;
import io.github.layakanak.kla.testkit.BadInputs;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of the testkit's bad-input catalogue, through the library: {@code KlaJson} reads it, the pack of its
 * year is found, {@code ScoringEngine.check} checks it; each ends in the exception the catalogue names, at its
 * JSON pointer, with its words, and nothing else escapes. (Here, in the command line's tests, because this is
 * the module with both rule packs; {@link BadInputCatalogueIT} runs the same cases through the command line.)
 */
class BadInputCatalogueTest {

    static Stream<BadInputs.Case> cases() {
        return BadInputs.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedAtItsPointerWithItsWords(BadInputs.Case bad) {
        switch (bad.refusal()) {
            case JSON_FORMAT -> {
                JsonFormatException e = assertThrows(JsonFormatException.class, () -> KlaJson.readSubmission(bad.open()),
                        bad::about);
                assertEquals(bad.pointer(), e.pointer(), () -> bad.name() + ": " + e.getMessage());
                assertTrue(e.problem().contains(bad.problem()), () -> bad.name() + ": " + e.getMessage());
                assertTrue(e.getMessage().chars().noneMatch(c -> c < 0x20 || c >= 0x7f && c <= 0x9f),
                        () -> bad.name() + ": the message holds a control character: " + e.getMessage());
            }
            case SCORING -> {
                Submission submission = KlaJson.readSubmission(bad.open());
                ScoringException e = assertThrows(ScoringException.class,
                        () -> ScoringEngine.check(Oracle.PACKS.forYear(submission.year()), submission), bad::about);
                List<Violation> violations = e.violations();
                assertTrue(violations.stream().anyMatch(v -> BadInputs.matches(bad, v.pointer(), v.message())),
                        () -> bad.name() + ": expected " + bad.pointer() + ": ..." + bad.problem() + "..., but got "
                                + violations);
            }
            case NO_RULE_PACK -> {
                Submission submission = KlaJson.readSubmission(bad.open());
                RulePackNotFoundException e = assertThrows(RulePackNotFoundException.class,
                        () -> Oracle.PACKS.forYear(submission.year()), bad::about);
                assertTrue(e.getMessage().contains(bad.problem()), () -> bad.name() + ": " + e.getMessage());
            }
        }
    }

    /** English words that Indonesian refusals must not contain (the pointer and quoted input aside). */
    private static final java.util.regex.Pattern ENGLISH = java.util.regex.Pattern.compile(
            "\\b(expected|must|field|malformed|the|is|not|an?|of|with|without|write|remove|leave|more|than|number|"
                    + "string|object|document|file|line|column|save|characters?|decimal|whole|"
                    + "unknown|missing|required|nested|deep)\\b");

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedInIndonesianWithoutEnglish(BadInputs.Case bad) {
        if (bad.refusal() != BadInputs.Refusal.JSON_FORMAT) {
            return;
        }
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> KlaJson.readSubmission(bad.open()));
        String indonesian = e.problem(java.util.Locale.forLanguageTag("id"))
                .replaceAll("\\[[^\\]]*\\]", "[]");   // what the input said, quoted, may be English
        assertTrue(!ENGLISH.matcher(indonesian).find(), () -> bad.name() + ": " + indonesian);
    }

    @Test
    void theCatalogueHoldsMoreThanEightyCasesWithDistinctNames() {
        Set<String> names = new HashSet<>();
        BadInputs.all().forEach(c -> assertTrue(names.add(c.name()), "twice: " + c.name()));
        assertTrue(names.size() >= 80, "cases: " + names.size());
        assertTrue(BadInputs.all().stream().anyMatch(c -> c.generate().isPresent()), "some are generated");
    }

    @Test
    void theSubmissionTheCasesDepartFromIsAdmissible() {
        Submission base = KlaJson.readSubmission(BadInputs.validBase());
        ScoringEngine.check(Oracle.PACKS.forYear(base.year()), base);
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        byte[] base = BadInputs.validBase().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withBom = new byte[base.length + 3];
        withBom[0] = (byte) 0xef;
        withBom[1] = (byte) 0xbb;
        withBom[2] = (byte) 0xbf;
        System.arraycopy(base, 0, withBom, 3, base.length);
        assertEquals(KlaJson.readSubmission(BadInputs.validBase()),
                KlaJson.readSubmission(new java.io.ByteArrayInputStream(withBom)));
    }

    @Test
    void anEndlessStreamIsRefusedAfterTheLimitWithoutReadingOn() {
        java.io.InputStream zeros = new java.io.InputStream() {
            private long read;

            @Override
            public int read() {
                read++;
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                read += len;
                java.util.Arrays.fill(b, off, off + len, (byte) 0);
                return len;
            }

            @Override
            public String toString() {
                return read + " bytes read";
            }
        };
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> KlaJson.readSubmission(zeros));
        assertTrue(e.problem().startsWith("the document is larger than"), e.getMessage());
        assertEquals(KlaJson.MAX_DOCUMENT_BYTES + 1L + " bytes read", zeros.toString());
    }
}
