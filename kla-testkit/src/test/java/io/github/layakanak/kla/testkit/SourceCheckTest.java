package io.github.layakanak.kla.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.scoring.pack.Provenance;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceCheckTest {

    private static List<String> problems(Provenance provenance) {
        return SourceCheck.problems("gate", provenance);
    }

    @Test
    void acceptsASourcedNumberCitingAPublicPageInBothLanguages() {
        assertEquals(List.of(), problems(Provenance.sourced(
                "dilaporkan Pemerintah Kabupaten Bengkalis tentang evaluasi 2019 (bengkaliskab.go.id)",
                "as the Kabupaten Bengkalis government reports of the 2019 round (bengkaliskab.go.id)")));
        assertEquals(List.of(), problems(Provenance.sourced(
                "rekap 2024 (github.com/arepsyu/bidadari-oi, database/seeders/KlaSeeder.php)",
                "the 2024 recap (github.com/arepsyu/bidadari-oi, database/seeders/KlaSeeder.php)")));
    }

    @Test
    void acceptsAStandInWithItsReasonAndNoAddress() {
        assertEquals(List.of(), problems(Provenance.hypothetical("bobot resmi tidak dipublikasikan",
                "official weights unpublished")));
    }

    @Test
    void refusesAnOfficialNumberWithoutAPublicAddress() {
        List<String> problems = problems(Provenance.official("Perpres 25/2021 tentang Kebijakan KLA",
                "Perpres 25/2021 on child-friendly regencies and cities"));

        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("gate (id): OFFICIAL without a public address"), problems::toString);
        assertTrue(problems.get(1).startsWith("gate (en): OFFICIAL without a public address"), problems::toString);
    }

    @Test
    void refusesWhatNoUserCanOpen() {
        for (String internal : List.of("as compiled in KLA-EVALUATION.md section 3 (antaranews.com)",
                "data/instrument-2024/questions.csv (antaranews.com)",
                "database/seeders/KlaSeeder.php (antaranews.com)", "the rounding mode HALF_UP (antaranews.com)")) {
            List<String> problems = problems(Provenance.sourced(internal));
            assertTrue(problems.stream().anyMatch(p -> p.contains("brief") || p.contains("names a")),
                    internal + ": " + problems);
        }
    }

    @Test
    void refusesOneTextForBothLanguagesAndTheOtherLanguagesWords() {
        assertTrue(problems(Provenance.sourced("bengkaliskab.go.id")).get(0).contains("one text for both languages"));
        assertEquals(List.of("gate (id): English words [the, of]: nilai the maxima of rekap (antaranews.com)"),
                problems(Provenance.sourced("nilai the maxima of rekap (antaranews.com)",
                        "the maxima of 'Rekap Penilaian Mandiri KLA 2024' (antaranews.com)")));
    }
}
