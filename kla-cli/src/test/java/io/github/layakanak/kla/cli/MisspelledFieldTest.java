package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.layakanak.kla.model.json.JsonFormatException;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.testkit.Samples;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * What kla-model does with a misspelled required field, as a user of {@code kla validate} meets it. Belongs in
 * kla-model's tests; kept here, disabled, until kla-model decides (see the CLI's hand-over report).
 */
class MisspelledFieldTest {

    @Test
    @Disabled("kla-model: a misspelled required field is reported as the missing field, not as the unknown one "
            + "docs/json-format.md shows; enable once KlaJson reports the unknown field first")
    void aMisspelledRequiredFieldIsReportedAsTheUnknownFieldTheDocsShow() {
        String json = Samples.find("batam").orElseThrow().json().replaceFirst("\"title\" :", "\"titel\" :");
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> KlaJson.readSubmission(json));
        // Today: pointer /answers/0/evidence/0/title, "required field is missing or null".
        assertEquals("/answers/0/evidence/0/titel", e.pointer());
    }
}
