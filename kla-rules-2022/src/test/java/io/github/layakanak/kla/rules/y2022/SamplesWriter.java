package io.github.layakanak.kla.rules.y2022;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.DocumentLevel;
import io.github.layakanak.kla.model.Evidence;
import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Region;
import io.github.layakanak.kla.model.RegionEdition;
import io.github.layakanak.kla.model.RegionRegistry;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.Verification;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.samples.Samples;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.testkit.Targets;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the testkit's sample submissions, calibrated under this pack. Not part of the build (its name does not
 * end in Test); run it after changing the pack, then check the diff:
 * <pre>
 * ./mvnw -B install -DskipTests && ./mvnw -B test -pl kla-rules-2022 -Dtest=SamplesWriter -Dkla.samples.write=true
 * </pre>
 * {@link SamplesTest} checks that every sample still lands where its index says.
 */
class SamplesWriter {

    private static final Path FOLDER = Path.of("..", "kla-samples", "src", "main", "resources", "io", "github",
            "layakanak", "kla", "samples", "samples");
    private static final String SYNTHETIC = "Contoh sintetis: ";
    private static final List<String> DISTRICTS = List.of("batam", "kendari", "bengkalis", "banyuasin",
            "tanjung-jabung-barat");

    /**
     * What to write: name, region, stage, total, the rank it must land in, and what it is (in English, then in
     * Indonesian).
     */
    private record Plan(String name, String region, Stage stage, String total, Rank rank, String description,
            String indonesian) {
    }

    @Test
    @EnabledIfSystemProperty(named = "kla.samples.write", matches = "true")
    void writeSamples() throws IOException {
        RulePack pack = new Kla2022().rulePack();
        List<Plan> plans = List.of(
                new Plan("batam", "21.71", Stage.FINAL, "745.00", Rank.NINDYA,
                        "Kota Batam (Kepulauan Riau), Nindya in 2022; synthetic indicator data and documents",
                        "Kota Batam (Kepulauan Riau), Nindya pada 2022; data indikator dan dokumen rekaan"),
                new Plan("kendari", "74.71", Stage.FINAL, "790.00", Rank.NINDYA,
                        "Kota Kendari (Sulawesi Tenggara), Nindya, 'almost 800', in 2022; synthetic data",
                        "Kota Kendari (Sulawesi Tenggara), Nindya, 'hampir 800', pada 2022; data rekaan"),
                new Plan("bengkalis", "14.03", Stage.FINAL, "575.00", Rank.PRATAMA,
                        "Kabupaten Bengkalis (Riau), Pratama up to 2022; synthetic data",
                        "Kabupaten Bengkalis (Riau), Pratama sampai 2022; data rekaan"),
                new Plan("banyuasin", "16.07", Stage.FINAL, "515.00", Rank.PRATAMA,
                        "Kabupaten Banyuasin (Sumatera Selatan), Pratama; synthetic data",
                        "Kabupaten Banyuasin (Sumatera Selatan), Pratama; data rekaan"),
                new Plan("tanjung-jabung-barat", "15.06", Stage.FINAL, "640.00", Rank.MADYA,
                        "Kabupaten Tanjung Jabung Barat (Jambi), targeting Madya in 2022; synthetic data",
                        "Kabupaten Tanjung Jabung Barat (Jambi), menuju Madya pada 2022; data rekaan"),
                new Plan("perfect", "21.71", Stage.FINAL, "1000.00", Rank.KLA,
                        "Edge district: every indicator in full, 1000.00; synthetic data",
                        "Contoh batas: setiap indikator bernilai penuh, 1000,00; data rekaan"),
                new Plan("edge-500", "21.71", Stage.FINAL, "500.00", Rank.PRATAMA,
                        "Edge district exactly on 500.00, the lowest Pratama total; synthetic data",
                        "Contoh batas tepat pada 500,00, total terendah Pratama; data rekaan"),
                new Plan("edge-600", "21.71", Stage.FINAL, "600.00", Rank.PRATAMA,
                        "Edge district exactly on 600.00, still Pratama; synthetic data",
                        "Contoh batas tepat pada 600,00, masih Pratama; data rekaan"),
                new Plan("edge-700", "21.71", Stage.FINAL, "700.00", Rank.MADYA,
                        "Edge district exactly on 700.00, still Madya; synthetic data",
                        "Contoh batas tepat pada 700,00, masih Madya; data rekaan"),
                new Plan("edge-800", "21.71", Stage.FINAL, "800.00", Rank.NINDYA,
                        "Edge district exactly on 800.00, still Nindya; synthetic data",
                        "Contoh batas tepat pada 800,00, masih Nindya; data rekaan"),
                new Plan("edge-900", "21.71", Stage.FINAL, "900.00", Rank.UTAMA,
                        "Edge district exactly on 900.00, still Utama; synthetic data",
                        "Contoh batas tepat pada 900,00, masih Utama; data rekaan"));
        Files.createDirectories(FOLDER);
        // Keep the other packs' samples in the index; this writer owns the entries of kla-2022.
        List<Map<String, Object>> index = new ArrayList<>();
        List<Map<String, Object>> others = new ArrayList<>();
        for (Map<String, Object> entry : new com.fasterxml.jackson.databind.ObjectMapper().readValue(Files.readString(FOLDER.resolve("index.json")),
                new TypeReference<List<Map<String, Object>>>() { })) {
            if (!pack.id().equals(entry.get("pack"))) {
                others.add(entry);
            }
        }
        for (Plan plan : plans) {
            Region region = RegionRegistry.of(RegionEdition.KEMENDAGRI_2021).get(plan.region());
            Targets targets = Targets.of(pack).in(region, plan.stage());
            if (plan.name().equals("batam")) {
                // Batam is Nindya without a Perda on KLA (domain brief, section 5): its regulation is a Perwali.
                targets = targets.pinning(Answer.of("kla-regulation", IndicatorValue.document(DocumentLevel.PERKADA_OR_SK),
                        List.of(Evidence.of(EvidenceType.PERKADA, "Peraturan Wali Kota Batam tentang Kota Layak Anak",
                                "12/2019", LocalDate.of(2019, 8, 12))
                                .withVerification(Stage.ADMINISTRATIVE_VERIFICATION, Verification.VALID))));
            }
            if (DISTRICTS.contains(plan.name())) {
                // A district's sample also shows what verification costs it: playgrounds whose only photographs
                // were rejected at the field verification, so the indicator earns nothing and a deficiency says
                // what accepting them would gain.
                targets = targets.pinning(Answer.of("child-friendly-infrastructure", IndicatorValue.count(6),
                        List.of(Evidence.of(EvidenceType.ACTIVITY_PHOTO, "Foto Ruang Bermain Ramah Anak", "RBRA/2021",
                                LocalDate.of(2021, 11, 20))
                                .withVerification(Stage.ADMINISTRATIVE_VERIFICATION, Verification.VALID)
                                .withVerification(Stage.FIELD_VERIFICATION,
                                        Verification.invalid("foto tanpa tanggal dan lokasi")))));
            }
            Submission submission = labelled(targets.exactly(new BigDecimal(plan.total())));
            write(plan, submission, pack, index);
        }
        Region batam = RegionRegistry.of(RegionEdition.KEMENDAGRI_2021).get("21.71");
        Submission empty = Targets.of(pack).in(batam, Stage.SELF_ASSESSMENT).exactly(BigDecimal.ZERO)
                .withAnswers(List.of());
        write(new Plan("empty", "21.71", Stage.SELF_ASSESSMENT, "0.00", Rank.NONE,
                "Edge district with no answer at all: 0.00",
                        "Contoh batas tanpa satu jawaban pun: 0,00"), empty, pack, index);
        index.addAll(others);
        Files.writeString(FOLDER.resolve("index.json"), KlaJson.write(index));
        Samples.all();
    }

    private static void write(Plan plan, Submission submission, RulePack pack, List<Map<String, Object>> index)
            throws IOException {
        ScoreCard card = ScoringEngine.score(pack, submission);
        if (card.rank() != plan.rank() || card.total().compareTo(new BigDecimal(plan.total())) != 0) {
            throw new IllegalStateException(plan.name() + " scores " + card.total() + " " + card.rank());
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

    /** Every document's title says that the data is synthetic. */
    private static Submission labelled(Submission submission) {
        List<Answer> answers = new ArrayList<>();
        for (Answer answer : submission.answers()) {
            answers.add(new Answer(answer.indicator(), answer.value(), answer.evidence().stream()
                    .map(SamplesWriter::labelled).toList(), answer.questions(), answer.statedPoints()));
        }
        return submission.withAnswers(answers);
    }

    private static Evidence labelled(Evidence e) {
        return new Evidence(e.type(), SYNTHETIC + e.title(), e.number(), e.issuedOn(), e.issuer(), e.link(),
                e.sha256(), e.verification());
    }
}
