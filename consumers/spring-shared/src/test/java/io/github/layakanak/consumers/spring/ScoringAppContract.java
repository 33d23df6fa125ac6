package io.github.layakanak.consumers.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.github.layakanak.kla.model.json.JsonFormatException;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.samples.Samples;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The app as a client sees it: Boot's own mapper and validator, with kla's module and kla's messages. Each app
 * runs it through a subclass carrying its Boot's {@code @SpringBootTest} and {@code @AutoConfigureMockMvc} (whose
 * package moved in Boot 4).
 */
public abstract class ScoringAppContract {

    /** A real district's submission (a synthetic copy), which the 2022 pack scores. */
    private static final String SAMPLE = Samples.find("batam").orElseThrow().json();

    @Autowired
    private MockMvc mvc;

    /** For the app's subclass. */
    protected ScoringAppContract() {
    }

    private ResultActions send(String path, String body, String language) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", language)
                .content(body));
    }

    private static String scoredByKla(String body) {
        var submission = KlaJson.readSubmission(body);
        return KlaJson.write(ScoringEngine.score(RulePacks.discover().forYear(submission.year()), submission));
    }

    /** kla's own message for a key, as its bundle has it in a language. */
    private static String klaMessage(String key, String language) {
        return ResourceBundle.getBundle("ContributorValidationMessages", Locale.forLanguageTag(language))
                .getString(key);
    }

    @Test
    void anAdmissibleSubmissionGetsItsScorecardAsKlaWritesIt() throws Exception {
        send("/score", SAMPLE, "id").andExpect(status().isOk())
                .andExpect(content().json(scoredByKla(SAMPLE), JsonCompareMode.STRICT));
    }

    @Test
    void anOmittedOptionalListIsAccepted() throws Exception {
        // Every answer without its "questions": Boot's mapper alone failed here (issue #15).
        String withoutQuestions = SAMPLE.replaceAll(",\\s*\"questions\"\\s*:\\s*\\[\\s*]", "");
        assertThat(withoutQuestions).doesNotContain("\"questions\"");
        send("/score", withoutQuestions, "en").andExpect(status().isOk())
                .andExpect(content().json(scoredByKla(withoutQuestions), JsonCompareMode.STRICT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void violationsAreAnsweredAtTheirPointersInTheRequestsLanguage(String language) throws Exception {
        String bad = SAMPLE.replaceFirst("\"year\"\\s*:\\s*2022", "\"year\" : 1999")
                .replaceFirst("\"title\"\\s*:\\s*\"[^\"]*\"", "\"title\" : \" \"");
        send("/score", bad, language).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems.length()").value(2))
                .andExpect(jsonPath("$.problems[0].pointer").value("/answers/0/evidence/0/title"))
                .andExpect(jsonPath("$.problems[0].message").value(klaMessage("kla.Title.message", language)))
                .andExpect(jsonPath("$.problems[1].pointer").value("/year"))
                .andExpect(jsonPath("$.problems[1].message").value(klaMessage("kla.Year.message", language)));
    }

    @Test
    void klasMessagesDifferByLanguage() {
        // So that the test above proves the language is the request's, not a fallback's.
        assertThat(klaMessage("kla.Year.message", "id")).isNotEqualTo(klaMessage("kla.Year.message", "en"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "unknown field|\\{|{\"colour\" : \"red\", ",
        "duplicate field|\"year\"\\s*:\\s*2022|\"year\" : 2022, \"year\" : 2023",
        "number as a string|\"percent\"\\s*:\\s*75|\"percent\" : \"93.2\""})
    void formatErrorsAreAnsweredWithKlasPointerAndWords(String testCase) throws Exception {
        String[] parts = testCase.split("\\|");
        String bad = SAMPLE.replaceFirst(parts[1], parts[2]);
        JsonFormatException expected = klaRefusal(bad);
        for (String language : new String[] {"id", "en"}) {
            String words = send("/score", bad, language).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.problems.length()").value(expected.problems().size()))
                    .andExpect(jsonPath("$.problems[0].pointer").value(expected.pointer()))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            String message = JsonPath.read(words, "$.problems[0].message");
            assertThat(withoutPlace(message))
                    .isEqualTo(withoutPlace(expected.problem(Locale.forLanguageTag(language))));
        }
    }

    /**
     * The words without the line and column the parser gives for some problems (a duplicate field): through an
     * app's mapper they are those of kla's copy of the value, not of the body (KlaJsonModule says so), so only the
     * pointer and the words proper are compared.
     */
    private static String withoutPlace(String words) {
        return words.replaceFirst(" \\((line|baris) \\d+, (column|kolom) \\d+\\)", "");
    }

    private static JsonFormatException klaRefusal(String body) {
        try {
            KlaJson.readSubmission(body);
        } catch (JsonFormatException e) {
            return e;
        }
        throw new AssertionError("kla's own reader accepts " + body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void theAppsOwnMessageStillResolves(String language) throws Exception {
        ResourceBundle app = ResourceBundle.getBundle("ValidationMessages", Locale.forLanguageTag(language));
        send("/remarks", "{\"text\": \"\"}", language).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].pointer").value("/text"))
                .andExpect(jsonPath("$.problems[0].message").value(app.getString("app.Remark.text")));
    }
}
