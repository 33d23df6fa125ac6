package io.github.layakanak.kla.rules.y2022;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.layakanak.kla.model.Region;
import io.github.layakanak.kla.model.RegionSource;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.validation.SubmissionValidator;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.ScoringException;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.samples.Samples;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A region of one's own, registered as an app registers it (a {@link RegionSource} named in
 * {@code META-INF/services}), validates and scores like a real district, while a made-up code is refused at
 * validation. Run in a JVM of its own, since the registries read the sources once per JVM.
 */
class TestRegionTest {

    /** The app's test district. */
    public static final class TestRegions implements RegionSource {
        /** Creates the source; the service loader calls this. */
        public TestRegions() {
        }

        @Override
        public List<Region> regions() {
            return List.of(new Region("99.01", "Kabupaten Contoh", "Provinsi Uji"));
        }
    }

    /** What the app does: validate, then score, Batam's sample moved to the test district or a made-up one. */
    public static void main(String[] args) {
        RulePack pack = new Kla2022().rulePack();
        SubmissionValidator validator = SubmissionValidator.create(Locale.forLanguageTag("id"));
        for (String code : args) {
            Submission batam = Samples.get("batam");
            Submission moved = new Submission(new Region(code, "Kabupaten Contoh", "Provinsi Uji"), batam.year(),
                    batam.stage(), batam.submittedOn(), batam.answers(), batam.statedSectionPoints());
            System.out.println(code + " validate " + validator.validate(moved));
            try {
                ScoreCard card = ScoringEngine.score(ScoringEngine.check(pack, moved, validator));
                System.out.println(code + " score " + card.total() + " " + card.rank());
            } catch (ScoringException e) {
                System.out.println(code + " refused " + e.violations());
            }
        }
    }

    @Test
    void aTestDistrictScoresLikeARealOneAndAMadeUpCodeIsRefusedAtValidation(@TempDir Path dir) throws Exception {
        Path services = dir.resolve("META-INF/services/" + RegionSource.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, TestRegions.class.getName() + "\n", StandardCharsets.UTF_8);

        List<String> lines = run(dir, "99.01", "99.02");

        String batam = ScoringEngine.score(new Kla2022().rulePack(), Samples.get("batam")).total() + " "
                + ScoringEngine.score(new Kla2022().rulePack(), Samples.get("batam")).rank();
        assertEquals(List.of(
                "99.01 validate []",
                "99.01 score " + batam,
                "99.02 validate [/region/code: harus berupa kode kabupaten/kota dalam daftar Kemendagri, misalnya "
                        + "21.71 untuk Kota Batam]",
                "99.02 refused [/region/code: [99.02] bukan kode kabupaten/kota pada daftar wilayah Kemendagri "
                        + "2021, yang dipakai paket aturan [kla-2022]]"),
                lines);
    }

    /** Runs {@link #main} on the class path of this test (module path included) with the services folder first. */
    private static List<String> run(Path services, String... codes) throws IOException, InterruptedException {
        String classPath = Stream.of(services.toString(), System.getProperty("jdk.module.path", ""),
                        System.getProperty("java.class.path", ""))
                .flatMap(path -> Stream.of(path.split(File.pathSeparator)))
                .filter(entry -> !entry.isEmpty())
                .distinct()
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, TestRegionTest.class.getName()));
        command.addAll(List.of(codes));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), out);
        return out.lines().filter(line -> line.startsWith("99.")).toList();
    }
}
