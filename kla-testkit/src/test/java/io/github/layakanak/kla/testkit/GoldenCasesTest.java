package io.github.layakanak.kla.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.layakanak.kla.model.json.JsonFormatException;
import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.scoring.spi.RulePackLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden-case runner, on cases of a small pack of 100 points in two sections (written by kla-scoring's
 * {@code TestPacks}, the pack its engine tests build in Java).
 */
class GoldenCasesTest {

    private static final Path CASES = Path.of("src/test/resources/io/github/layakanak/kla/testkit/cases");
    private static final RulePacks PACKS = RulePacks.of(RulePackLoader.create()
            .load(GoldenCasesTest.class, "test-2030.json"));

    @TestFactory
    Stream<DynamicTest> scoresEveryCaseAsExpected() {
        List<GoldenCase> cases = GoldenCases.load(CASES);
        assertFalse(cases.isEmpty());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(),
                () -> assertEquals(List.of(), c.check(PACKS), c.name())));
    }

    @Test
    void reportsEveryDifferenceAtItsPointer() throws Exception {
        String json = Files.readString(CASES.resolve("01-perfect.json"))
                .replace("\"total\": 100.00", "\"total\": 99.00")
                .replace("\"rank\": \"KLA\"", "\"rank\": \"UTAMA\", \"bonus\": 1")
                .replace("\"deficiencies\": []", "\"deficiencies\": [{}]");

        List<String> differences = GoldenCases.parse(json, "broken.json").check(PACKS);

        assertEquals(List.of("/total: expected [99.00] but was [100.00]",
                "/rank: expected [\"UTAMA\"] but was [\"KLA\"]",
                "/bonus: expected [1] but the field is absent",
                "/deficiencies: expected an array of 1 but was an array of 0"), differences);
    }

    @Test
    void comparesNumbersByValue() throws Exception {
        String json = Files.readString(CASES.resolve("01-perfect.json")).replace("\"total\": 100.00", "\"total\": 100");

        assertEquals(List.of(), GoldenCases.parse(json, "whole.json").check(PACKS));
    }

    @Test
    void refusesAnUnknownFieldInACase() {
        JsonFormatException e = assertThrows(JsonFormatException.class,
                () -> GoldenCases.parse("{\"name\": \"x\", \"expect\": {}}", "typo.json"));

        assertEquals("/expect", e.pointer());
        assertEquals("typo.json: unknown field; expected one of [expected, name, pack, rankConditions, submission]",
                e.problem());
    }

    @Test
    void namesTheFileAndPointerOfABrokenSubmission() {
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> GoldenCases.parse(
                "{\"name\": \"x\", \"expected\": {}, \"submission\": {\"year\": \"2030\"}}", "bad.json"));

        assertEquals("/submission/year", e.pointer());
    }
}
