package io.github.layakanak.kla.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Examples;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.json.JsonFormatException.Problem;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: every format problem of a file at once, where the reader can go on, each with its pointer, line and
 * column, in the file's order.
 */
class Issue14EveryProblemTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private static final String HEAD = """
            {
              "region": { "code": "21.71", "name": "KOTA BATAM", "province": "KEPULAUAN RIAU" },
              "year": 2022,
              "stage": "SELF_ASSESSMENT",
              "submittedOn": "2022-03-31",
              "answers": [
            """;

    private static JsonFormatException refusal(String json) {
        return assertThrows(JsonFormatException.class, () -> KlaJson.readSubmission(json));
    }

    /**
     * Asserts a problem's pointer and words, and that its place is the first occurrence of a text after the start
     * of a line of the file (lines and columns from 1).
     */
    private static void assertProblem(Problem problem, String pointer, String json, int line, String at,
            String words) {
        assertEquals(pointer, problem.pointer(), problem::toString);
        String text = json.lines().toList().get(line - 1);
        assertTrue(text.contains(at), () -> "line " + line + " lacks " + at);
        assertEquals(OptionalInt.of(line), problem.line(), problem::toString);
        assertEquals(OptionalInt.of(text.indexOf(at) + 1), problem.column(), problem::toString);
        assertTrue(problem.problem().contains(words), problem::toString);
    }

    @Test
    void listsMixedDefectsInDifferentAnswersInTheFilesOrder() {
        String json = HEAD + """
                    { "indicator": "birth-certificates", "value": { "kind": "PERCENTAGE", "percent": "97,4" } },
                    { "indicator": "child-marriage", "value": { "kind": "PERCENTAGE", "percent": 1.2 } },
                    { "indicator": "kla-regulation", "evidence": [ { "type": "PERDA", "title": "Perda", "issuedOn": "31/03/2022" } ] },
                    { "indikator": "creativity-centres", "value": { "kind": "COUNT", "count": 3 } },
                    { "indicator": "child-participation", "value": { "kind": "PERCENTAGE", "percent": 64.12345678901 } },
                    { "value": { "kind": "PRESENCE", "present": true } }
                  ]
                }
                """;
        JsonFormatException e = refusal(json);

        List<Problem> problems = e.problems();
        assertEquals(5, problems.size(), problems::toString);
        assertProblem(problems.get(0), "/answers/0/value/percent", json, 7, "\"percent\"", "write 97.4");
        assertProblem(problems.get(1), "/answers/2/evidence/0/issuedOn", json, 9, "\"issuedOn\"",
                "write 2022-03-31");
        assertProblem(problems.get(2), "/answers/3/indikator", json, 10, "\"indikator\"", "unknown field");
        assertProblem(problems.get(3), "/answers/4/value/percent", json, 11, "\"percent\"", "decimal");
        assertProblem(problems.get(4), "/answers/5/indicator", json, 12, "{", "required field is missing");
        assertFalse(e.truncated());
        // The exception's own accessors describe the first, as a refusal with one problem always did.
        assertEquals("/answers/0/value/percent", e.pointer());
        assertEquals(problems.get(0).problem(), e.problem());
        assertEquals(problems.get(0).problem(INDONESIAN), e.problem(INDONESIAN));
        assertTrue(problems.get(1).problem(INDONESIAN).contains("tulis 2022-03-31"), problems.get(1)::toString);
    }

    @Test
    void findsSeveralProblemsInOneObjectAndAtTheTopLevel() {
        String json = """
                {
                  "region": { "code": "21.71", "name": 2171, "province": "KEPULAUAN RIAU" },
                  "year": "2022",
                  "stage": "FINISHED",
                  "stage": "FINAL",
                  "answers": [ null ]
                }
                """;
        List<Problem> problems = refusal(json).problems();

        assertEquals(List.of("/region/name", "/year", "/stage", "/stage", "/answers/0", "/submittedOn"),
                problems.stream().map(Problem::pointer).toList(), problems::toString);
        assertTrue(problems.get(2).problem().contains("[FINISHED] is not one of"), problems::toString);
        assertTrue(problems.get(3).problem().contains("the field [stage] is given twice"), problems::toString);
        assertTrue(problems.get(4).problem().contains("must not be null"), problems::toString);
        // A missing field is placed at the object that lacks it.
        assertProblem(problems.get(5), "/submittedOn", json, 1, "{", "required field is missing");
    }

    @Test
    void aFieldGivenTwiceInsideAnAnswerIsOneProblemAndReadingGoesOn() {
        String json = HEAD + """
                    { "indicator": "kla-regulation", "evidence": [ { "type": "PERDA", "title": "A", "title": "B" } ] },
                    { "indicator": "child-marriage", "value": { "kind": "PERCENTAGE", "percent": true } }
                  ]
                }
                """;
        List<Problem> problems = refusal(json).problems();

        assertEquals(2, problems.size(), problems::toString);
        assertProblem(problems.get(0), "/answers/0/evidence/0/title", json, 7, "\"title\": \"B\"", "given twice");
        assertProblem(problems.get(1), "/answers/1/value/percent", json, 8, "\"percent\"", "expected a number");
    }

    @Test
    void aSyntaxErrorAfterTwoTypeErrorsGivesThreeTheBreakLast() {
        String json = HEAD + """
                    { "indicator": "birth-certificates", "value": { "kind": "PERCENTAGE", "percent": "97.4" } },
                    { "indicator": "child-marriage", "value": { "kind": "COUNT", "count": "3" } },
                    { "indicator": "kla-regulation" "value": { "kind": "PRESENCE", "present": true } }
                  ]
                }
                """;
        List<Problem> problems = refusal(json).problems();

        assertEquals(3, problems.size(), problems::toString);
        assertProblem(problems.get(0), "/answers/0/value/percent", json, 7, "\"percent\"", "without quotes");
        assertProblem(problems.get(1), "/answers/1/value/count", json, 8, "\"count\"", "expected a whole number");
        assertEquals("/answers/2/indicator", problems.get(2).pointer());
        assertTrue(problems.get(2).problem().startsWith("malformed JSON (line 9, column "), problems::toString);
        assertEquals(OptionalInt.of(9), problems.get(2).line());
    }

    @Test
    void stopsCollectingAtTheCap() {
        StringBuilder json = new StringBuilder(HEAD);
        for (int i = 0; i < KlaJson.MAX_PROBLEMS + 50; i++) {
            json.append(i == 0 ? "" : ",\n").append("    { \"indicator\": \"a").append(i)
                    .append("\", \"value\": { \"kind\": \"PERCENTAGE\", \"percent\": \"1,5\" } }");
        }
        json.append("\n  ]\n}\n");
        JsonFormatException e = refusal(json.toString());

        assertEquals(KlaJson.MAX_PROBLEMS, e.problems().size());
        assertTrue(e.truncated());
        assertEquals("/answers/" + (KlaJson.MAX_PROBLEMS - 1) + "/value/percent",
                e.problems().get(KlaJson.MAX_PROBLEMS - 1).pointer());
    }

    @Test
    void aValidFileReadsAsBefore() {
        String json = Examples.submissionJson();
        Submission read = KlaJson.readSubmission(json);

        assertEquals(Examples.submission(), read);
        assertEquals(KlaJson.write(read), KlaJson.write(KlaJson.readSubmission(KlaJson.write(read))));
    }

    @Test
    void aLimitStillEndsTheReadingAtOnce() {
        String json = HEAD.replace("\"year\": 2022", "\"year\": " + "1".repeat(KlaJson.MAX_NUMBER_LENGTH + 1))
                .replace("\"stage\": \"SELF_ASSESSMENT\"", "\"stage\": \"X\"") + "  ]\n}\n";
        JsonFormatException e = refusal(json);

        assertEquals(1, e.problems().size(), e.problems()::toString);
        assertEquals("/year", e.pointer());
    }

    @Test
    void aProblemOutsideTheFileHasNoPlace() {
        Problem problem = Problem.of("/year", locale -> "wrong");

        assertEquals(OptionalInt.empty(), problem.line());
        assertEquals(OptionalInt.empty(), problem.column());
        assertEquals("Invalid JSON at [/year]: wrong", problem.toString());
        assertThrows(IllegalArgumentException.class, () -> Problem.at("/year", 0, 1, locale -> "wrong"));
        assertThrows(IllegalArgumentException.class, () -> new JsonFormatException(List.of(), false));
    }
}
