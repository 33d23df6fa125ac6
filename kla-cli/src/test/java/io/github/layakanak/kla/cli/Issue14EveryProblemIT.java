package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.samples.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: {@code kla validate} of a hand-edited file with several format errors lists every one of them at once,
 * one line each with its line, column and indicator, in Indonesian and in English, and exits 3.
 */
class Issue14EveryProblemIT {

    /** The 2022 pack's English name of indicator 2. */
    private static final String INSTITUTION = "Institutionalisation of KLA: task force (decree, functioning, budget, "
            + "meetings), action plan (RAD), child profile, child-friendly sub-districts and villages";

    @TempDir
    Path dir;

    private String edited;

    @BeforeEach
    void writeAFileWithThreeDefects() throws IOException {
        String batam = Samples.find("batam").orElseThrow().json();
        edited = batam.replaceFirst("\"title\" :", "\"titel\" : \"x\", \"title\" :")
                .replaceFirst("\"percent\" : 75", "\"percent\" : \"75,5\"")
                .replaceFirst("\"issuedOn\" : \"2022-01-31\"", "\"issuedOn\" : \"31/01/2022\"");
        Files.writeString(dir.resolve("edited.json"), edited, StandardCharsets.UTF_8);
    }

    /** {@code baris 18, kolom 7} of the first occurrence of a text in the file, as the language writes it. */
    private String place(String text, String line, String column) {
        int at = edited.indexOf(text);
        int number = (int) edited.substring(0, at).lines().count();
        int start = edited.lastIndexOf('\n', at) + 1;
        return line + " " + number + ", " + column + " " + (at - start + 1);
    }

    @Test
    void listsEveryFormatErrorInIndonesian() {
        Kla.Run run = Kla.run(dir, "validate", "edited.json").exits(Main.INVALID_INPUT);

        assertEquals(List.of(
                "edited.json: /answers/0/evidence/0/titel: isian tidak dikenal; seharusnya salah satu dari [issuedOn, "
                        + "issuer, link, number, sha256, title, type, verification] (" + place("\"titel\"", "baris", "kolom")
                        + "; Indikator 1 Peraturan Daerah (Perda) tentang KLA)",
                "edited.json: /answers/1/value/items/child-friendly-villages/percent: seharusnya angka, bukan teks "
                        + "[\"75,5\"]: tulis 75.5, dengan titik sebagai tanda desimal dan tanpa tanda kutip ("
                        + place("\"percent\" : \"75,5\"", "baris", "kolom") + "; Indikator 2 Penguatan kelembagaan KLA)",
                "edited.json: /answers/1/evidence/0/issuedOn: [31/01/2022] bukan tanggal dengan format YYYY-MM-DD: "
                        + "tulis 2022-01-31 (" + place("\"issuedOn\" : \"31/01/2022\"", "baris", "kolom")
                        + "; Indikator 2 Penguatan kelembagaan KLA)"),
                run.errLines().stream().filter(l -> l.startsWith("edited.json")).toList(), run::toString);
        assertEquals("", run.out(), run::toString);
    }

    @Test
    void listsEveryFormatErrorInEnglish() {
        Kla.Run run = Kla.run(dir, "validate", "edited.json", "--lang", "en").exits(Main.INVALID_INPUT);

        assertEquals(List.of(
                "edited.json: /answers/0/evidence/0/titel: unknown field; expected one of [issuedOn, issuer, link, "
                        + "number, sha256, title, type, verification] (" + place("\"titel\"", "line", "column")
                        + "; Indicator 1 Regional regulation on KLA)",
                "edited.json: /answers/1/value/items/child-friendly-villages/percent: expected a number, not the string "
                        + "[\"75,5\"]: write 75.5, with a decimal point and without quotes ("
                        + place("\"percent\" : \"75,5\"", "line", "column") + "; Indicator 2 " + INSTITUTION + ")",
                "edited.json: /answers/1/evidence/0/issuedOn: [31/01/2022] is not a date as YYYY-MM-DD: write "
                        + "2022-01-31 (" + place("\"issuedOn\" : \"31/01/2022\"", "line", "column")
                        + "; Indicator 2 " + INSTITUTION + ")"),
                run.errLines().stream().filter(l -> l.startsWith("edited.json")).toList(), run::toString);
    }

    @Test
    void namesTheIndicatorsOfProblemsBeforeBrokenJson() throws IOException {
        int cut = edited.indexOf("\"issuedOn\" : \"31/01/2022\"");
        Files.writeString(dir.resolve("broken.json"), edited.substring(0, cut) + "\"issuedOn\" \"2022-01-31\"}]}]}");

        Kla.Run run = Kla.run(dir, "validate", "broken.json", "--lang", "en").exits(Main.INVALID_INPUT);

        List<String> lines = run.errLines().stream().filter(l -> l.startsWith("broken.json")).toList();
        assertEquals(3, lines.size(), run::toString);
        assertEquals(true, lines.get(1).endsWith("; Indicator 2 " + INSTITUTION + ")"), run::toString);
        assertEquals(true, lines.get(2).startsWith("broken.json: /answers/1/evidence/0/issuedOn: malformed JSON (line "),
                run::toString);
    }

    @Test
    void saysWhenItStoppedAtTheCap() throws IOException {
        StringBuilder answers = new StringBuilder();
        for (int i = 0; i < KlaJson.MAX_PROBLEMS + 20; i++) {
            answers.append(i == 0 ? "" : ",\n").append("{ \"indicator\": \"a").append(i)
                    .append("\", \"value\": { \"kind\": \"PERCENTAGE\", \"percent\": \"1,5\" } }");
        }
        Files.writeString(dir.resolve("many.json"), "{ \"region\": { \"code\": \"21.71\", \"name\": \"KOTA BATAM\", "
                + "\"province\": \"KEPULAUAN RIAU\" }, \"year\": 2022, \"stage\": \"SELF_ASSESSMENT\", "
                + "\"submittedOn\": \"2022-03-31\", \"answers\": [\n" + answers + "\n] }\n");

        Kla.Run run = Kla.run(dir, "validate", "many.json").exits(Main.INVALID_INPUT);

        List<String> lines = run.errLines().stream().filter(l -> l.startsWith("many.json")).toList();
        assertEquals(KlaJson.MAX_PROBLEMS + 1, lines.size(), run::toString);
        assertEquals("many.json: kla berhenti setelah 100 masalah; perbaiki yang ini, lalu jalankan lagi untuk melihat "
                + "sisanya", lines.get(KlaJson.MAX_PROBLEMS), run::toString);
    }
}
