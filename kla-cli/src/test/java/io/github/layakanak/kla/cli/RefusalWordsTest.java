package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.model.validation.SubmissionValidator;
import io.github.layakanak.kla.model.validation.Violation;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.ScoringException;
import io.github.layakanak.kla.testkit.BadInputs;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The refusals of the bad-input catalogue's inadmissible submissions (the validator's messages and the engine's
 * admission problems) speak the language asked for: no English word in Indonesian, no Indonesian word in English,
 * and no number written with a decimal point in Indonesian. What the submission itself said, quoted by kla in
 * brackets, is the user's own text and is left out.
 */
class RefusalWordsTest {

    static Stream<BadInputs.Case> inadmissible() {
        return BadInputs.all().stream().filter(c -> c.refusal() == BadInputs.Refusal.SCORING);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inadmissible")
    void speaksTheLanguageAskedFor(BadInputs.Case bad) {
        Submission submission = KlaJson.readSubmission(bad.open());
        List<String> found = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            ScoringException e = assertThrows(ScoringException.class, () -> ScoringEngine.check(
                    Oracle.PACKS.forYear(submission.year()), submission, SubmissionValidator.create(lang.locale())));
            for (Violation violation : e.violations()) {
                String words = violation.message();
                Wording.foreign(lang, words, List.of()).forEach(w -> found.add(lang + ": " + w));
                if (lang == Lang.ID) {
                    DecimalMarks.DECIMAL_POINT.matcher(words.replaceAll("\\[[^\\]]*\\]", "[]")).results()
                            .forEach(m -> found.add("ID: a decimal point in: " + words));
                }
            }
        }
        assertEquals(List.of(), found, bad::about);
    }
}
