package io.github.layakanak.kla.rules.y2024;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.DocumentLevel;
import io.github.layakanak.kla.model.Evidence;
import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.QuestionAnswer;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Region;
import io.github.layakanak.kla.model.RegionEdition;
import io.github.layakanak.kla.model.RegionRegistry;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.Verification;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.samples.Samples;
import io.github.layakanak.kla.scoring.Basis;
import io.github.layakanak.kla.scoring.ClusterScore;
import io.github.layakanak.kla.scoring.IndicatorScore;
import io.github.layakanak.kla.scoring.QuestionScore;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.pack.QuestionRule;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.testkit.Targets;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the samples (of kla-samples) of the 2024 cycle ({@code batam-2024} and so on), calibrated under this pack with
 * the testkit's {@link Targets}, and adds them to the samples index, keeping the entries of other packs. Not part
 * of the build (its name does not end in Test); run it after changing the pack, then check the diff:
 * <pre>
 * ./mvnw -B install -DskipTests &amp;&amp; ./mvnw -B test -pl kla-rules-2024 -Dtest=SamplesWriter -Dkla.samples.write=true
 * </pre>
 * {@link SamplesTest} checks that every sample still lands where its index says.
 *
 * <p>Kota Batam's 770.16 (Nindya) and Kabupaten Bengkalis' 661.69 (Madya) are the totals they were published
 * with for this cycle (awarded in 2025); the pack's stand-in fractions can produce both exactly. The other three
 * totals are synthetic, in the rank each district held in the last rounds reported. Every answer and document is
 * synthetic. Batam is written as a verifier's recap (awarded points per question, with the indicator and section
 * subtotals the recap states), the others as declarations.
 */
class SamplesWriter {

    private static final Path FOLDER = Path.of("..", "kla-samples", "src", "main", "resources", "io", "github",
            "layakanak", "kla", "samples", "samples");
    private static final String SYNTHETIC = "Contoh sintetis: ";
    private static final LocalDate SUBMITTED = LocalDate.of(2024, 3, 31);

    /**
     * What to write: name, region, total, the rank it must land in, whether as a recap, and what it is (in English,
     * then in Indonesian).
     */
    private record Plan(String name, String region, String total, Rank rank, boolean recap, String description,
            String indonesian) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan("batam-2024", "21.71", "770.16", Rank.NINDYA, true, "Kota Batam (Kepulauan Riau), Nindya in the "
                    + "2024 cycle with its published 770.16 (awarded 2025), without a Perda on KLA; a verifier's recap "
                    + "of awarded points per question; synthetic answers and documents",
                    "Kota Batam (Kepulauan Riau), Nindya pada siklus 2024 dengan nilai yang diumumkan 770,16 "
                    + "(penganugerahan 2025), tanpa Perda tentang KLA; rekap verifikator berisi poin yang diberikan per "
                    + "pertanyaan; jawaban dan dokumen rekaan"),
            new Plan("bengkalis-2024", "14.03", "661.69", Rank.MADYA, false, "Kabupaten Bengkalis (Riau), Madya in the "
                    + "2024 cycle with its published 661.69 (awarded 2025); synthetic answers and documents",
                    "Kabupaten Bengkalis (Riau), Madya pada siklus 2024 dengan nilai yang diumumkan 661,69 "
                    + "(penganugerahan 2025); jawaban dan dokumen rekaan"),
            new Plan("kendari-2024", "74.71", "785.40", Rank.NINDYA, false, "Kota Kendari (Sulawesi Tenggara), Nindya "
                    + "as in 2021-2023; the total 785.40 and all data synthetic",
                    "Kota Kendari (Sulawesi Tenggara), Nindya seperti pada 2021-2023; total 785,40 dan semua data rekaan"),
            new Plan("banyuasin-2024", "16.07", "548.30", Rank.PRATAMA, false, "Kabupaten Banyuasin (Sumatera "
                    + "Selatan), Pratama as in 2021; the total 548.30 and all data synthetic",
                    "Kabupaten Banyuasin (Sumatera Selatan), Pratama seperti pada 2021; total 548,30 dan semua data "
                    + "rekaan"),
            new Plan("tanjung-jabung-barat-2024", "15.06", "642.15", Rank.MADYA, false, "Kabupaten Tanjung Jabung "
                    + "Barat (Jambi), Madya as in 2023; the total 642.15 and all data synthetic",
                    "Kabupaten Tanjung Jabung Barat (Jambi), Madya seperti pada 2023; total 642,15 dan semua data rekaan"));

    @Test
    @EnabledIfSystemProperty(named = "kla.samples.write", matches = "true")
    void writeSamples() throws IOException {
        RulePack pack = new Kla2024().rulePack();
        RegionRegistry regions = RegionRegistry.of(RegionEdition.KEMENDAGRI_2025);
        List<Map<String, Object>> index = new ArrayList<>();
        for (Map<String, Object> entry : new com.fasterxml.jackson.databind.ObjectMapper().readValue(Files.readString(FOLDER.resolve("index.json")),
                new TypeReference<List<Map<String, Object>>>() { })) {
            if (!pack.id().equals(entry.get("pack"))) {
                index.add(entry);
            }
        }
        for (Plan plan : PLANS) {
            Region region = regions.get(plan.region());
            Targets targets = Targets.of(pack).in(region, Stage.FINAL);
            if (plan.name().equals("batam-2024")) {
                targets = targets.pinning(batamRegulation(pack, region));
            }
            Submission submission = labelled(targets.exactly(new BigDecimal(plan.total())));
            if (plan.recap()) {
                submission = recap(pack, submission);
            }
            ScoreCard card = ScoringEngine.score(pack, submission);
            if (card.rank() != plan.rank() || card.total().compareTo(new BigDecimal(plan.total())) != 0
                    || !card.recapIssues().isEmpty()) {
                throw new IllegalStateException(plan.name() + " scores " + card.total() + " " + card.rank() + " "
                        + card.recapIssues());
            }
            Files.writeString(FOLDER.resolve(plan.name() + ".json"), KlaJson.write(submission));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", plan.name());
            entry.put("region", plan.region());
            entry.put("description", Map.of("id", plan.indonesian(), "en", plan.description()));
            entry.put("pack", pack.id());
            entry.put("expectedRank", plan.rank());
            entry.put("expectedTotal", card.total());
            index.add(entry);
        }
        Files.writeString(FOLDER.resolve("index.json"), KlaJson.write(index));
        Samples.all();
    }

    /**
     * Batam's regulation indicator: Nindya without a Perda on KLA (domain brief, section 5), so its KLA regulation
     * is a mayor's regulation (Perwali), as are most of its sectoral policies; a regional budget funds every topic
     * and other sources some of them; the Forum Anak was heard on the Perwali.
     */
    private static Answer batamRegulation(RulePack pack, Region region) {
        Evidence perwali = Evidence.of(EvidenceType.PERKADA, "Peraturan Wali Kota Batam tentang Kota Layak Anak",
                "12/2019", LocalDate.of(2019, 8, 12)).withVerification(Stage.ADMINISTRATIVE_VERIFICATION,
                Verification.VALID);
        Evidence budget = Evidence.of(EvidenceType.BUDGET_EXTRACT, "Kutipan APBD Kota Batam 2023 untuk KLA",
                "900/2023", LocalDate.of(2023, 1, 16)).withVerification(Stage.ADMINISTRATIVE_VERIFICATION,
                Verification.VALID);
        Evidence minutes = Evidence.of(EvidenceType.OTHER, "Berita acara konsultasi Forum Anak Kota Batam",
                "3/2023", LocalDate.of(2023, 5, 2)).withVerification(Stage.ADMINISTRATIVE_VERIFICATION,
                Verification.VALID);
        List<QuestionAnswer> questions = new ArrayList<>();
        int i = 0;
        for (QuestionRule q : pack.indicator("kla-regulation").questions()) {
            IndicatorValue value = switch (q.question().kind()) {
                case DOCUMENT_LEVEL -> IndicatorValue.document(i % 4 == 3 ? DocumentLevel.INSTRUCTION_OR_CIRCULAR
                        : DocumentLevel.PERKADA_OR_SK);
                case BUDGET -> new IndicatorValue.Budget(true, i % 3 == 0);
                default -> new IndicatorValue.Presence(true);
            };
            questions.add(new QuestionAnswer(q.code(), Optional.empty(), Optional.of(value), Optional.empty(),
                    q.question().kind() == io.github.layakanak.kla.model.MeasurementKind.PRESENCE ? List.of(minutes)
                            : List.of()));
            i++;
        }
        return new Answer("kla-regulation", Optional.empty(), List.of(perwali, budget), questions, Optional.empty());
    }

    /**
     * The verifier's recap of a declaration: the points awarded per question, as the declaration scores, with the
     * indicator and section subtotals stated. Only the KLA regulation keeps its documents, so that the Perda
     * condition can be checked.
     */
    static Submission recap(RulePack pack, Submission declaration) {
        ScoreCard card = ScoringEngine.score(pack, declaration);
        List<Answer> answers = new ArrayList<>();
        for (IndicatorScore indicator : card.indicators()) {
            List<QuestionAnswer> lines = new ArrayList<>();
            for (QuestionScore question : indicator.questions()) {
                if (question.basis() != Basis.NOT_ANSWERED) {
                    lines.add(QuestionAnswer.awarded(question.question(), question.points()));
                }
            }
            if (lines.isEmpty()) {
                continue;
            }
            List<Evidence> evidence = indicator.indicator().equals("kla-regulation")
                    ? declaration.findAnswer("kla-regulation").orElseThrow().evidence() : List.of();
            answers.add(new Answer(indicator.indicator(), Optional.empty(), evidence, lines,
                    Optional.of(indicator.points())));
        }
        Map<Cluster, BigDecimal> sections = new EnumMap<>(Cluster.class);
        for (ClusterScore cluster : card.clusters()) {
            sections.put(cluster.cluster(), cluster.points());
        }
        return new Submission(declaration.region(), declaration.year(), declaration.stage(), SUBMITTED, answers,
                sections);
    }

    /** Every document's title says that the data is synthetic. */
    private static Submission labelled(Submission submission) {
        List<Answer> answers = new ArrayList<>();
        for (Answer answer : submission.answers()) {
            List<QuestionAnswer> questions = new ArrayList<>();
            for (QuestionAnswer q : answer.questions()) {
                questions.add(new QuestionAnswer(q.question(), q.option(), q.value(), q.awardedPoints(),
                        q.evidence().stream().map(SamplesWriter::labelled).toList()));
            }
            answers.add(new Answer(answer.indicator(), answer.value(), answer.evidence().stream()
                    .map(SamplesWriter::labelled).toList(), questions, answer.statedPoints()));
        }
        return submission.withAnswers(answers);
    }

    private static Evidence labelled(Evidence e) {
        return e.title().startsWith(SYNTHETIC) ? e : new Evidence(e.type(), SYNTHETIC + e.title(), e.number(),
                e.issuedOn(), e.issuer(), e.link(), e.sha256(), e.verification());
    }
}
