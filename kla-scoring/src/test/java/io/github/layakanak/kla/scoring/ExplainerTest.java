package io.github.layakanak.kla.scoring;

import static io.github.layakanak.kla.scoring.Districts.invalid;
import static io.github.layakanak.kla.scoring.Districts.pending;
import static io.github.layakanak.kla.scoring.Districts.valid;
import static io.github.layakanak.kla.scoring.TestPacks.n;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.DocumentLevel;
import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.QuestionAnswer;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.pack.Rung;
import io.github.layakanak.kla.scoring.spi.HalfOrFull;
import io.github.layakanak.kla.scoring.spi.PackFiles;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ExplainerTest {

    private static final Locale ID = Locale.forLanguageTag("id");
    /** What an enum constant looks like: words in capitals joined by underscores. */
    private static final Pattern INTERNAL_NAME = Pattern.compile("\\b[A-Z]{2,}(_[A-Z0-9]+)+\\b");
    /** What a bundle key looks like, when its words are missing. */
    private static final Pattern KEY = Pattern.compile(
            "\\b(rung|rating|explain|value|evidence|deficiency|admission|basis|enum)\\.[A-Za-z.]+");

    private final RulePack pack = TestPacks.pack();
    private final Explainer indonesian = Explainer.of(pack, ID);
    private final Explainer english = Explainer.of(pack, Locale.ENGLISH);

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Explainer.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyWordIsInBothLanguages() throws IOException {
        Set<String> english = new TreeSet<>(bundle("Words_en.properties").stringPropertyNames());
        Set<String> indonesian = new TreeSet<>(bundle("Words_id.properties").stringPropertyNames());

        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(indonesian);
        Set<String> onlyIndonesian = new TreeSet<>(indonesian);
        onlyIndonesian.removeAll(english);
        assertEquals(Set.of(), onlyEnglish, "keys without Indonesian words");
        assertEquals(Set.of(), onlyIndonesian, "keys without English words");
        for (String key : indonesian) {
            assertFalse(bundle("Words_id.properties").getProperty(key).isBlank(), key);
        }
    }

    /** Scorecards that reach every basis, every kind of deficiency and every kind of value of the test pack. */
    private List<ScoreCard> cards() {
        List<ScoreCard> cards = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            cards.add(ScoringEngine.score(pack, Districts.perfect(stage)));
            cards.add(ScoringEngine.score(pack, Districts.perfect(stage).withAnswers(List.of())));
        }
        cards.add(ScoringEngine.score(pack, Districts.with(Stage.FIELD_VERIFICATION, "regulation", a -> a.withEvidence(
                List.of(invalid(EvidenceType.PERDA, "Perda KLA", "belum diundangkan"),
                        valid(EvidenceType.PERKADA, "Perwali KLA"), valid(EvidenceType.ACTIVITY_PHOTO, "Foto"))))));
        cards.add(ScoringEngine.score(pack, Districts.with(Stage.FIELD_VERIFICATION, "birth-certificates",
                a -> a.withEvidence(List.of(pending(EvidenceType.REPORT, "Data akta belum diperiksa"))))));
        cards.add(ScoringEngine.score(pack, Districts.with(Stage.SELF_ASSESSMENT, "child-marriage",
                a -> Answer.of("child-marriage", new IndicatorValue.Percentage(n("7"), Optional.of(n("8"))),
                        List.of()))));
        cards.add(ScoringEngine.score(pack, Districts.with(Stage.SELF_ASSESSMENT, "task-force",
                a -> Answer.of("task-force", new IndicatorValue.Composite(java.util.Map.of("budget",
                        new IndicatorValue.Budget(true, false))), a.evidence()))));
        cards.add(ScoringEngine.score(pack, Districts.with(Stage.FINAL, "forum", a -> new Answer("forum",
                Optional.empty(), List.of(), List.of(QuestionAnswer.awarded("1", n("13"))),
                Optional.of(n("19.5"))))));
        return cards;
    }

    @Test
    void explainsEveryOutcomeInBothLanguagesWithoutInternalNamesOrMissingWords() {
        for (ScoreCard card : cards()) {
            for (Explainer explainer : List.of(indonesian, english)) {
                List<String> all = new ArrayList<>(explainer.explain(card).indicators().values());
                all.addAll(explainer.explain(card).deficiencies());
                for (IndicatorScore score : card.indicators()) {
                    all.add(explainer.basis(score.basis()));
                    score.value().ifPresent(v -> all.add(explainer.value(v)));
                    score.evidence().forEach(e -> all.add(explainer.evidence(e)));
                    score.questions().forEach(q -> all.add(explainer.question(score, q)));
                }
                for (String words : all) {
                    assertFalse(words.isBlank());
                    assertFalse(KEY.matcher(words).find(), "a bundle key without words: " + words);
                    if (explainer == indonesian) {
                        assertFalse(INTERNAL_NAME.matcher(words).find(), "an internal name: " + words);
                    }
                }
            }
        }
    }

    @Test
    void saysWhyADocumentLevelWasLimitedByItsEvidence() {
        ScoreCard card = ScoringEngine.score(pack, Districts.with(Stage.FIELD_VERIFICATION, "regulation",
                a -> a.withEvidence(List.of(invalid(EvidenceType.PERDA, "Perda KLA", "belum diundangkan"),
                        valid(EvidenceType.PERKADA, "Perwali KLA")))));

        IndicatorScore regulation = card.findIndicator("regulation").orElseThrow();
        assertEquals("Perda, tetapi data dukung terkuat yang dihitung pada tahap ini adalah Perkada/SK → Perkada/SK: "
                + "0,6 × 20 = 12,00 poin", indonesian.indicator(regulation));
        assertEquals("Data dukung \"Perda KLA\" dinyatakan tidak sah (belum diundangkan): perbaiki atau ganti untuk "
                + "+8,00 poin", indonesian.deficiency(card.deficiencies().get(0)));
        assertEquals("Regional bylaw (Perda), but the strongest evidence that counts at this stage is Regent's or "
                + "mayor's regulation or decree → Regent's or mayor's regulation or decree: 0.6 × 20 = 12.00 points",
                english.indicator(regulation));
        assertEquals(List.of(TestPacks.STAND_IN, TestPacks.BANDS), english.sources(regulation),
                "the maximum and rubric, and the stage rules that decided the evidence");
    }

    @Test
    void saysWhatAValueWouldEarnWithEvidence() {
        ScoreCard card = ScoringEngine.score(pack, Districts.with(Stage.SELF_ASSESSMENT, "child-marriage",
                a -> a.withEvidence(List.of())));

        assertEquals("3% (previous year 4%), but no evidence counts at this stage: 0 of 10 points (with valid "
                + "evidence: at or below the target of 5, 10.00 points)",
                english.indicator(card.findIndicator("child-marriage").orElseThrow()));
        assertEquals("Lampirkan data dukung yang sah (Laporan/Tabel Data): +10,00 poin",
                indonesian.deficiency(card.deficiencies().get(0)));
    }

    @Test
    void listsWhatEachItemOfACompositeReached() {
        ScoreCard card = ScoringEngine.score(pack, Districts.with(Stage.SELF_ASSESSMENT, "task-force",
                a -> Answer.of("task-force", new IndicatorValue.Composite(java.util.Map.of("budget",
                        new IndicatorValue.Budget(true, false))), a.evidence())));

        assertEquals("fungsi: tidak diisi (0 × 0,5); anggaran: satu sumber anggaran (0,66 × 0,5): 0,33 × 20 = 6,60 poin",
                indonesian.indicator(card.findIndicator("task-force").orElseThrow()));
    }

    @Test
    void namesTheQuestionAndItsTopicThatIsNotAnswered() {
        ScoreCard card = ScoringEngine.score(pack, Districts.with(Stage.SELF_ASSESSMENT, "forum",
                a -> new Answer("forum", Optional.empty(), List.of(), List.of(QuestionAnswer.chose("1",
                        "SK_AND_FUNCTIONING", List.of(valid(EvidenceType.SK, "SK Forum")))), Optional.empty())));

        List<String> words = card.deficiencies().stream().map(indonesian::deficiency).toList();
        assertTrue(words.contains("Pertanyaan 2a (desa) belum dijawab (hingga 12 poin)"), words.toString());
        IndicatorScore forum = card.findIndicator("forum").orElseThrow();
        assertEquals("SK dan berfungsi → SK dan berfungsi: 1 × 12 = 12,00 poin",
                indonesian.question(forum, forum.questions().get(0)));
        assertEquals("Belum dijawab: 0 dari 12 poin", indonesian.question(forum, forum.questions().get(1)));
    }

    @Test
    void speaksIndonesianForTheLegacyCodeAndEnglishForAnyOtherLanguage() {
        assertEquals(ID, Explainer.of(pack, new Locale("in")).locale());
        assertEquals(Locale.ENGLISH, Explainer.of(pack, Locale.FRENCH).locale());
        assertEquals(Locale.ENGLISH, Explainer.of(pack, Locale.UK).locale());
    }

    @Test
    void refusesAScorecardOfAnotherPack() {
        ScoreCard card = ScoringEngine.score(pack, Districts.perfect(Stage.SELF_ASSESSMENT));
        RulePack other = PackFiles.valid();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Explainer.of(other, ID).explain(card));
        assertEquals("this explainer explains scorecards of pack [test-2031], but the scorecard is of pack "
                + "[test-2030]", e.getMessage());
    }

    @Test
    void rendersTheWordsOfARubricKindOfAPacksOwnFromItsBundle() {
        RulePack own = PackFiles.valid();
        HalfOrFull rubric = (HalfOrFull) own.indicator("puskesmas").rubric().orElseThrow();

        assertEquals("paling sedikit 60%", Explainer.of(own, ID).rung(rubric, new Rung("FULL", n("1"))));
        assertEquals("at least half of 60%", Explainer.of(own, Locale.ENGLISH).rung(rubric,
                new Rung("HALF", n("0.5"))));
        assertEquals("Perda", Explainer.of(own, ID).value(IndicatorValue.document(DocumentLevel.PERDA)),
                "kla's own words still come from kla's bundle");
    }

    @Test
    void givesTheSameWordsForTheSameScorecard() {
        Submission submission = Districts.with(Stage.FIELD_VERIFICATION, "birth-certificates",
                a -> a.withEvidence(List.of(pending(EvidenceType.REPORT, "Data akta"))));

        assertEquals(indonesian.explain(ScoringEngine.score(pack, submission)),
                indonesian.explain(ScoringEngine.score(pack, submission)));
    }
}
