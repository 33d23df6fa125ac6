package io.github.layakanak.kla.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.json.JsonFormatException;
import io.github.layakanak.kla.model.json.KlaJson;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 14: the search for every problem of a refused document stops when it has read its budget of bytes. */
class EveryProblemBudgetTest {

    private static final ObjectMapper MAPPER = Json.newMapper();

    private static final String THREE_DEFECTS = """
            {
              "region": { "code": "21.71", "name": "KOTA BATAM", "province": "KEPULAUAN RIAU" },
              "year": "2022",
              "stage": "FINISHED",
              "submittedOn": "31/03/2022",
              "answers": []
            }
            """;

    @Test
    void stopsWhenItsBudgetIsSpentAndSaysSo() {
        byte[] json = THREE_DEFECTS.getBytes(StandardCharsets.UTF_8);
        JsonFormatException first = assertThrows(JsonFormatException.class,
                () -> KlaJson.readSubmission(THREE_DEFECTS));

        JsonFormatException ample = EveryProblem.find(MAPPER, json, Submission.class, first, 100L * json.length);
        JsonFormatException spent = EveryProblem.find(MAPPER, json, Submission.class, first, json.length / 2);

        assertEquals(3, ample.problems().size(), ample.problems()::toString);
        assertFalse(ample.truncated());
        assertTrue(spent.truncated());
        // What reading stopped at is always there, first.
        assertEquals(1, spent.problems().size(), spent.problems()::toString);
        assertEquals("/year", spent.pointer());
    }
}
