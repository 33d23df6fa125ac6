package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.json.JsonFormatException;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.testkit.BadInputs;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14: a file with one format defect gets one problem, the one its refusal names, now that the reader
 * lists every problem of a file; the search for more finds nothing that is not there.
 */
class Issue14EveryProblemCatalogueTest {

    static Stream<BadInputs.Case> formatCases() {
        return BadInputs.all().stream().filter(c -> c.refusal() == BadInputs.Refusal.JSON_FORMAT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formatCases")
    void aCaseWithOneDefectListsOneProblemAtItsPointer(BadInputs.Case bad) {
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> KlaJson.readSubmission(bad.open()));
        assertEquals(1, e.problems().size(), () -> bad.name() + ": " + e.problems());
        JsonFormatException.Problem only = e.problems().get(0);
        assertEquals(bad.pointer(), only.pointer(), bad::name);
        assertEquals(e.problem(), only.problem(), bad::name);
        Locale indonesian = Locale.forLanguageTag("id");
        assertEquals(e.problem(indonesian), only.problem(indonesian), bad::name);
        assertFalse(e.truncated(), bad::name);
        assertTrue(only.line().isEmpty() || only.line().getAsInt() >= 1, bad::name);
    }
}
