package io.github.layakanak.kla.model;

import static io.github.layakanak.kla.model.Examples.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.layakanak.kla.model.json.JsonFormatException;
import io.github.layakanak.kla.model.json.KlaJson;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SubmissionJsonTest {

    @Test
    void readsEveryPartOfTheExample() {
        Submission submission = Examples.submission();

        assertEquals("21.71", submission.region().code());
        assertEquals(2022, submission.year());
        assertEquals(Stage.FIELD_VERIFICATION, submission.stage());
        assertEquals(LocalDate.of(2022, 3, 31), submission.submittedOn());
        assertEquals(6, submission.answers().size());
        Evidence perwali = submission.answers().get(0).evidence().get(0);
        assertEquals(EvidenceType.PERKADA, perwali.type());
        assertEquals(VerificationStatus.VALID, perwali.verificationAt(Stage.FIELD_VERIFICATION).status());
        assertEquals(VerificationStatus.PENDING, perwali.verificationAt(Stage.FINAL).status());
        assertEquals(VerificationStatus.VALID, perwali.verdictAt(Stage.FINAL).status());
        assertEquals(VerificationStatus.PENDING, perwali.verdictAt(Stage.SELF_ASSESSMENT).status());
        Evidence report = submission.answers().get(1).evidence().get(0);
        assertEquals(java.util.Optional.of("data tanpa tanda tangan dan stempel"),
                report.verdictAt(Stage.FINAL).reason());
        assertEquals(new IndicatorValue.Percentage(new BigDecimal("97.4"), java.util.Optional.of(new BigDecimal("95.1"))),
                submission.answers().get(1).value().orElseThrow());
        assertEquals(new BigDecimal("48.25"), submission.statedSectionPoints().get(Cluster.KELEMBAGAAN));
    }

    @Test
    void writesWhatItReadsAndReadsWhatItWrites() {
        Submission submission = Examples.submission();

        String written = KlaJson.write(submission);

        assertEquals(submission, KlaJson.readSubmission(written));
        assertEquals(written, KlaJson.write(KlaJson.readSubmission(written)));
    }

    @Test
    void readsFromAStream() {
        byte[] bytes = Examples.submissionJson().getBytes(StandardCharsets.UTF_8);

        assertEquals(Examples.submission(), KlaJson.readSubmission(new ByteArrayInputStream(bytes)));
    }

    @Test
    void readsAbsentListsAsEmpty() {
        Submission submission = Examples.submission();

        assertEquals(0, submission.answers().get(2).evidence().size());
        assertEquals(0, submission.answers().get(2).questions().size());
    }

    @Test
    void rejectsAnUnknownFieldNamingItsPointerAndTheFieldsItKnows() {
        JsonFormatException e = rejected(t -> at(t, "/answers/0/evidence/0").put("titel", "Perwali"));

        assertEquals("/answers/0/evidence/0/titel", e.pointer());
        assertEquals("unknown field; expected one of [issuedOn, issuer, link, number, sha256, title, type, "
                + "verification]", e.problem());
    }

    @Test
    void reportsAMisspelledRequiredFieldAsTheUnknownField() {
        JsonFormatException e = rejected(t -> {
            ObjectNode evidence = at(t, "/answers/0/evidence/0");
            evidence.set("titel", evidence.remove("title"));
        });

        assertEquals("/answers/0/evidence/0/titel", e.pointer());
        assertEquals("unknown field; expected one of [issuedOn, issuer, link, number, sha256, title, type, "
                + "verification]", e.problem());
    }

    @Test
    void reportsAMisspelledRequiredFlagAsTheUnknownField() {
        JsonFormatException e = rejected(t -> {
            ObjectNode value = at(t, "/answers/5/questions/2/value");
            value.set("presnt", value.remove("present"));
        });

        assertEquals("/answers/5/questions/2/value/presnt", e.pointer());
        assertEquals("unknown field; expected one of [kind, present]", e.problem());
    }

    @Test
    void rejectsAnUnknownTopLevelField() {
        assertEquals("/score", rejected(t -> t.put("score", 805.26)).pointer());
    }

    @Test
    void rejectsAnUnknownValueKindListingTheKinds() {
        JsonFormatException e = rejected(t -> at(t, "/answers/1/value").put("kind", "PERCENT"));

        assertEquals("/answers/1/value/kind", e.pointer());
        assertEquals("unknown kind [PERCENT]; expected one of [PERCENTAGE, COUNT, DOCUMENT_LEVEL, "
                + "FUNCTIONING_LEVEL, PRESENCE, BUDGET, COMPOSITE]", e.problem());
    }

    @Test
    void rejectsAnUnknownEnumValueListingTheValues() {
        JsonFormatException e = rejected(t -> t.put("stage", "VERIFIKASI"));

        assertEquals("/stage", e.pointer());
        assertEquals("[VERIFIKASI] is not one of [SELF_ASSESSMENT, ADMINISTRATIVE_VERIFICATION, FIELD_VERIFICATION, "
                + "FINAL]", e.problem());
    }

    @Test
    void rejectsAMissingRequiredField() {
        JsonFormatException e = rejected(t -> at(t, "/answers/0/evidence/0").remove("title"));

        assertEquals("/answers/0/evidence/0/title", e.pointer());
        assertEquals("required field is missing or null", e.problem());
    }

    @Test
    void rejectsAMissingRequiredFlag() {
        JsonFormatException e = rejected(t -> at(t, "/answers/5/questions/2/value").remove("present"));

        assertEquals("/answers/5/questions/2/value/present", e.pointer());
    }

    @Test
    void rejectsANumberWrittenAsText() {
        JsonFormatException e = rejected(t -> at(t, "/answers/1/value").put("percent", "97.4"));

        assertEquals("/answers/1/value/percent", e.pointer());
    }

    @Test
    void rejectsAFractionalCount() {
        JsonFormatException e = rejected(t -> at(t, "/answers/4/value").put("count", 3.5));

        assertEquals("/answers/4/value/count", e.pointer());
    }

    @Test
    void rejectsAMalformedDate() {
        JsonFormatException e = rejected(t -> t.put("submittedOn", "31-03-2022"));

        assertEquals("/submittedOn", e.pointer());
        assertEquals("[31-03-2022] is not a date as YYYY-MM-DD: write 2022-03-31", e.problem(), "a day first, with a hint");
    }

    @Test
    void rejectsADayThatDoesNotExistAndADateInAnyOtherFormInsteadOfAlteringIt() {
        for (String date : List.of("2022-02-30", "2022-13-01", "2022-3-31", "+2022-03-31", "2022-03-31T00:00",
                " 2022-03-31", "2022-03-31 ", "")) {
            JsonFormatException e = rejected(t -> t.put("submittedOn", date));

            assertEquals("/submittedOn", e.pointer(), date);
            assertEquals("[" + date + "] is not a date as YYYY-MM-DD", e.problem(), date);
        }
    }

    @Test
    void rejectsADateWrittenAsAnArrayOrANumber() {
        JsonFormatException array = rejected(t -> t.putArray("submittedOn").add(2022).add(3).add(31));
        JsonFormatException number = rejected(t -> t.put("submittedOn", 19082));

        assertEquals("/submittedOn", array.pointer());
        assertEquals("expected a date as YYYY-MM-DD, not an array", array.problem());
        assertEquals("/submittedOn", number.pointer());
        assertEquals("expected a date as YYYY-MM-DD, not a number", number.problem());
    }

    @Test
    void readsEveryDayOfALeapYear() {
        for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() == 2024; day = day.plusDays(1)) {
            String text = day.toString();
            assertEquals(day, KlaJson.readSubmission(Examples.submissionJson()
                    .replace("\"submittedOn\": \"2022-03-31\"", "\"submittedOn\": \"" + text + "\"")).submittedOn());
        }
    }

    @Test
    void tellsHowToWriteANumberGivenWithTheIndonesianDecimalComma() {
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> KlaJson.readSubmission(
                Examples.submissionJson().replaceFirst("\"percent\": ([0-9.]+)", "\"percent\": \"97,4\"")));

        assertEquals("expected a number, not the string [\"97,4\"]: write 97.4, with a decimal point and without quotes",
                e.problem());
        assertEquals("seharusnya angka, bukan teks [\"97,4\"]: tulis 97.4, dengan titik sebagai tanda desimal dan tanpa "
                + "tanda kutip", e.problem(java.util.Locale.forLanguageTag("id")));
    }

    @Test
    void tellsHowToWriteANumberGivenInQuotes() {
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> KlaJson.readSubmission(
                Examples.submissionJson().replaceFirst("\"percent\": ([0-9.]+)", "\"percent\": \"97.4\"")));

        assertEquals("expected a number, not the string [\"97.4\"]: write 97.4, without quotes", e.problem());
    }

    @Test
    void tellsHowToWriteADateGivenDayFirst() {
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> KlaJson.readSubmission(
                Examples.submissionJson().replace("\"submittedOn\": \"2022-03-31\"", "\"submittedOn\": \"31/03/2022\"")));

        assertEquals("/submittedOn", e.pointer());
        assertEquals("[31/03/2022] is not a date as YYYY-MM-DD: write 2022-03-31", e.problem());
        assertEquals("[31/03/2022] bukan tanggal dengan format YYYY-MM-DD: tulis 2022-03-31",
                e.problem(java.util.Locale.forLanguageTag("id")));
    }

    @Test
    void speaksEnglishForAnyLanguageButIndonesianWhateverTheDefaultLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("id"));
            JsonFormatException e = assertThrows(JsonFormatException.class, () -> KlaJson.readSubmission("null"));
            assertEquals("expected an object (a submission), not null", e.problem(java.util.Locale.FRENCH));
            assertEquals("seharusnya objek (satu data penilaian), bukan null",
                    e.problem(java.util.Locale.forLanguageTag("id")));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void rejectsAMalformedRegionCodeWithTheRule() {
        JsonFormatException e = rejected(t -> at(t, "/region").put("code", "21.70"));

        assertEquals("/region/code", e.pointer(), "the record names the component at fault");
        assertEquals("must be PP.KK with KK in 01-69 (kabupaten) or 71-99 (kota), but was [21.70]", e.problem());
    }

    @Test
    void rejectsADuplicateFieldInsteadOfKeepingOneOfThem() {
        String json = Examples.submissionJson().replace("\"year\": 2022,", "\"year\": 2022, \"year\": 2023,");

        JsonFormatException e = assertThrows(JsonFormatException.class, () -> KlaJson.readSubmission(json));

        assertEquals("/year", e.pointer());
        assertEquals(true, e.problem().endsWith("the field [year] is given twice; keep one"), e.getMessage());
    }

    @Test
    void rejectsBrokenJsonWithItsLineAndColumn() {
        JsonFormatException e = assertThrows(JsonFormatException.class,
                () -> KlaJson.readSubmission("{\n  \"year\": 2022,\n  \"stage\": \n}"));

        assertEquals("/stage", e.pointer(), "the field whose value is missing");
        assertEquals(true, e.problem().startsWith("malformed JSON (line 4, column 1)"), e.problem());
    }

    @Test
    void rejectsTrailingContent() {
        assertThrows(JsonFormatException.class, () -> KlaJson.readSubmission(Examples.submissionJson() + "{}"));
    }

    @Test
    void aStageWrittenInWordsGetsTheCodeToWrite() {
        JsonFormatException indonesian = rejected(t -> t.put("stage", "Penilaian Mandiri"));
        JsonFormatException lowerCase = rejected(t -> t.put("stage", "final"));

        assertEquals("/stage", indonesian.pointer());
        assertTrue(indonesian.problem().startsWith("[Penilaian Mandiri] is not one of [SELF_ASSESSMENT"),
                indonesian.problem());
        assertTrue(indonesian.problem().endsWith(": write SELF_ASSESSMENT"), indonesian.problem());
        assertTrue(indonesian.problem(java.util.Locale.forLanguageTag("id")).endsWith(": tulis SELF_ASSESSMENT"),
                indonesian.problem(java.util.Locale.forLanguageTag("id")));
        assertTrue(lowerCase.problem().endsWith(": write FINAL"), lowerCase.problem());
        assertFalse(rejected(t -> t.put("stage", "SOMETHING")).problem().contains("write"));
    }

    @Test
    void aMissingYearIsNamedAsMissingNotAsAJavaFailure() {
        JsonFormatException e = rejected(t -> t.remove("year"));

        assertEquals("/year", e.pointer(), e.getMessage());
        assertTrue(e.problem().startsWith("required field is missing"), e.problem());
        assertFalse(e.getMessage().contains("Exception") || e.getMessage().contains("construct"), e.getMessage());
    }

    private static JsonFormatException rejected(Consumer<ObjectNode> change) {
        String json = Examples.submissionJsonWith(change);
        return assertThrows(JsonFormatException.class, () -> KlaJson.readSubmission(json));
    }
}
