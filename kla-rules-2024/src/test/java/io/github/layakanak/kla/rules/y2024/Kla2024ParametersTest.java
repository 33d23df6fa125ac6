package io.github.layakanak.kla.rules.y2024;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The committed parameters file is exactly what {@link ParametersWriter} generates from the instrument's table. */
class Kla2024ParametersTest {

    @Test
    void isGeneratedFromTheInstrumentsTableOfQuestions() throws Exception {
        String generated = ParametersWriter.generate(Files.readString(ParametersWriter.CSV));

        assertEquals(generated, Files.readString(ParametersWriter.OUTPUT),
                "kla-2024.json differs from what ParametersWriter generates from questions.csv; run ParametersWriter");
    }
}
