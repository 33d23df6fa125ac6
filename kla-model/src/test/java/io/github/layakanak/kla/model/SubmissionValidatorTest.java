package io.github.layakanak.kla.model;

import static io.github.layakanak.kla.model.Examples.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.layakanak.kla.model.validation.SubmissionValidator;
import io.github.layakanak.kla.model.validation.Violation;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SubmissionValidatorTest {

    private static final SubmissionValidator VALIDATOR = SubmissionValidator.create();

    @Test
    void acceptsTheDocumentedExample() {
        assertEquals(List.of(), VALIDATOR.validate(Examples.submission()));
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                broken("percentage above 100", "/answers/1/value/percent", "Percent",
                        t -> at(t, "/answers/1/value").put("percent", 100.01)),
                broken("negative percentage of last year", "/answers/1/value/previousYear", "Percent",
                        t -> at(t, "/answers/1/value").put("previousYear", -0.5)),
                broken("percentage of a composite item", "/answers/3/value/items/forum-anak-villages/percent",
                        "Percent", t -> at(t, "/answers/3/value/items/forum-anak-villages").put("percent", 140)),
                broken("negative count", "/answers/4/value/count", "PositiveOrZero",
                        t -> at(t, "/answers/4/value").put("count", -1)),
                broken("negative count of last year", "/answers/4/value/previousYear", "PositiveOrZero",
                        t -> at(t, "/answers/4/value").put("previousYear", -2)),
                broken("negative awarded points", "/answers/5/questions/0/awardedPoints", "Points",
                        t -> at(t, "/answers/5/questions/0").put("awardedPoints", -1)),
                broken("negative stated indicator points", "/answers/5/statedPoints", "Points",
                        t -> at(t, "/answers/5").put("statedPoints", -5.5)),
                broken("negative stated section points", "/statedSectionPoints/KELEMBAGAAN", "Points",
                        t -> at(t, "/statedSectionPoints").put("KELEMBAGAAN", -1)),
                broken("question answered with nothing", "/answers/5/questions/2", "AnswerGiven",
                        t -> at(t, "/answers/5/questions/2").remove("value")),
                broken("malformed question code", "/answers/5/questions/1/question", "Pattern",
                        t -> at(t, "/answers/5/questions/1").put("question", "2A")),
                broken("malformed indicator id", "/answers/2/indicator", "Pattern",
                        t -> at(t, "/answers/2").put("indicator", "Child Marriage")),
                broken("second answer for an indicator", "/answers/4/indicator", "UniqueAnswers",
                        t -> at(t, "/answers/4").put("indicator", "child-marriage")),
                broken("year before KLA began", "/year", "Min", t -> t.put("year", 2005)),
                broken("blank evidence title", "/answers/0/evidence/0/title", "NotBlank",
                        t -> at(t, "/answers/0/evidence/0").put("title", "  ")),
                broken("malformed SHA-256", "/answers/0/evidence/0/sha256", "Sha256",
                        t -> at(t, "/answers/0/evidence/0").put("sha256", "9F86D081")),
                broken("evidence dated after the submission", "/answers/0/evidence/0/issuedOn",
                        "EvidenceNotAfterSubmission",
                        t -> at(t, "/answers/0/evidence/0").put("issuedOn", "2022-04-01")),
                broken("question evidence dated after the submission",
                        "/answers/5/questions/0/evidence/0/issuedOn", "EvidenceNotAfterSubmission",
                        t -> at(t, "/answers/5/questions/0").putArray("evidence").addObject()
                                .put("type", "ACTIVITY_PHOTO")
                                .put("title", "Rapat gugus tugas").put("issuedOn", "2022-05-02")),
                broken("regulation found valid without its number", "/answers/0/evidence/0/verification"
                        + "/ADMINISTRATIVE_VERIFICATION/status", "LegalityForValidRegulation",
                        t -> {
                            ObjectNode evidence = at(t, "/answers/0/evidence/0");
                            evidence.remove("number");
                            at(evidence, "/verification").remove("FIELD_VERIFICATION");
                        }),
                broken("region code no list has", "/region/code", "ListedRegion",
                        t -> at(t, "/region").put("code", "21.79")),
                broken("region named as another code's", "/region/name", "ListedRegion",
                        t -> at(t, "/region").put("name", "Kota Bandung")),
                broken("region placed in another province", "/region/province", "ListedRegion",
                        t -> at(t, "/region").put("province", "Riau")),
                broken("rejection without a reason", "/answers/1/evidence/0/verification/FIELD_VERIFICATION/reason",
                        "ReasonForRejection",
                        t -> at(t, "/answers/1/evidence/0/verification/FIELD_VERIFICATION").remove("reason")));
    }

    private static Arguments broken(String rule, String pointer, String constraint, Consumer<ObjectNode> change) {
        return Arguments.of(rule, pointer, constraint, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void reportsEachBrokenRuleOnceAtItsPointer(String rule, String pointer, String constraint,
            Consumer<ObjectNode> change) {
        List<Violation> violations = VALIDATOR.validate(Examples.submissionWith(change));

        assertEquals(1, violations.size(), () -> rule + ": " + violations);
        assertEquals(pointer, violations.get(0).pointer());
        assertEquals(constraint, violations.get(0).constraint());
    }

    @Test
    void reportsEveryViolationNotOnlyTheFirst() {
        Submission submission = Examples.submissionWith(t -> {
            at(t, "/answers/1/value").put("percent", 120);
            at(t, "/answers/4/value").put("count", -3);
            t.put("year", 1999);
        });

        List<String> pointers = VALIDATOR.validate(submission).stream().map(Violation::pointer).toList();

        assertEquals(List.of("/answers/1/value/percent", "/answers/4/value/count", "/year"), pointers);
    }

    @Test
    void speaksIndonesianWhenAsked() {
        Submission submission = Examples.submissionWith(t -> at(t, "/answers/1/value").put("percent", 120));

        Violation violation = SubmissionValidator.create(Locale.forLanguageTag("id")).validate(submission).get(0);

        assertEquals("/answers/1/value/percent: harus berupa persentase antara 0 dan 100", violation.toString());
    }

    @Test
    void speaksEnglishByDefault() {
        Submission submission = Examples.submissionWith(t -> at(t, "/answers/1/value").put("percent", 120));

        assertEquals("must be a percentage from 0 to 100", VALIDATOR.validate(submission).get(0).message());
    }

    @Test
    void acceptsARegionNamedInAnyCaseWithOrWithoutItsPrefixAndInEitherEdition() {
        for (String name : List.of("KOTA BATAM", "Kota Batam", "batam", "Kota  batam.")) {
            Submission submission = Examples.submissionWith(t -> at(t, "/region").put("name", name)
                    .put("province", "kepulauan riau"));
            assertEquals(List.of(), VALIDATOR.validate(submission), name);
        }
        // Papua Selatan's Kabupaten Merauke is 93.01 in the 2025 list only: which list a year uses is the pack's.
        Submission merauke = Examples.submissionWith(t -> at(t, "/region").put("code", "93.01")
                .put("name", "Kabupaten Merauke").put("province", "Papua Selatan"));
        assertEquals(List.of(), VALIDATOR.validate(merauke));
    }

    @Test
    void saysWhatTheListCallsAMisnamedRegionInBothLanguages() {
        Submission submission = Examples.submissionWith(t -> at(t, "/region").put("name", "Kota Bandung")
                .put("province", "Jawa Barat"));

        assertEquals(List.of(
                        "/region/name: is not the name the Kemendagri list gives this code, which is KOTA BATAM",
                        "/region/province: is not the province the Kemendagri list places this code in, which is "
                                + "KEPULAUAN RIAU"),
                VALIDATOR.validate(submission).stream().map(Violation::toString).toList());
        assertEquals(List.of(
                        "/region/name: bukan nama kode ini dalam daftar Kemendagri, yaitu KOTA BATAM",
                        "/region/province: bukan provinsi kode ini dalam daftar Kemendagri, yaitu KEPULAUAN RIAU"),
                SubmissionValidator.create(Locale.forLanguageTag("id")).validate(submission).stream()
                        .map(Violation::toString).toList());
    }

    @Test
    void namesTheCodeToWriteForAnUnknownRegion() {
        Submission submission = Examples.submissionWith(t -> at(t, "/region").put("code", "99.01"));

        assertEquals(List.of("/region/code: harus berupa kode kabupaten/kota dalam daftar Kemendagri, misalnya 21.71 "
                        + "untuk Kota Batam"),
                SubmissionValidator.create(Locale.forLanguageTag("id")).validate(submission).stream()
                        .map(Violation::toString).toList());
    }

    @Test
    void namesTheRangeOfAssessmentYears() {
        Submission submission = Examples.submissionWith(t -> t.put("year", 2101));

        assertEquals("must be an assessment year from 2006 to 2100", VALIDATOR.validate(submission).get(0).message());
    }

    @Test
    void runsOnTheProviderTheAppBrings() {
        String jar = jakarta.validation.Validation.byDefaultProvider().configure().getClass().getProtectionDomain()
                .getCodeSource().getLocation().getPath();

        String expected = "hibernate-validator-" + System.getProperty("kla.expectedHibernateValidator", "");
        assertTrue(jar.substring(jar.lastIndexOf('/') + 1).startsWith(expected), jar);
    }

    @Test
    void needsNoExpressionLanguageImplementation() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("jakarta.el.ExpressionFactory"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.glassfish.expressly.ExpressionFactoryImpl"));
        assertTrue(SubmissionValidator.create().validate(Examples.submission()).isEmpty());
    }
}
