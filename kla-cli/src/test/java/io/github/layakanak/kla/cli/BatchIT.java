package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.model.validation.SubmissionValidator;
import io.github.layakanak.kla.report.CsvDialect;
import io.github.layakanak.kla.rules.y2022.Kla2022;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.testkit.Gen;
import io.github.layakanak.kla.testkit.Generators;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch the size of Indonesia's 514 regencies and cities, scored by one process in seconds. */
class BatchIT {

    private static final int DISTRICTS = 514;

    @TempDir
    Path dir;

    @Test
    void scores514GeneratedDistrictsIntoOneCsvRowEach() throws IOException {
        Gen<Submission> submissions = Generators.submissions(new Kla2022().rulePack());
        SplittableRandom random = new SplittableRandom(514);
        Path in = Files.createDirectory(dir.resolve("districts"));
        SubmissionValidator validator = SubmissionValidator.create();
        Map<Rank, Integer> expected = new EnumMap<>(Rank.class);
        List<ScoreCard> cards = new ArrayList<>();
        for (int i = 1; i <= DISTRICTS; i++) {
            Submission submission = submissions.generate(random);
            assertEquals(List.of(), validator.validate(submission), "the generator makes admissible submissions");
            ScoreCard card = Oracle.score(submission);
            cards.add(card);
            expected.merge(card.rank(), 1, Integer::sum);
            Files.writeString(in.resolve(String.format(Locale.ROOT, "district-%03d.json", i)), KlaJson.write(submission),
                    StandardCharsets.UTF_8);
        }

        Kla.Run run = Kla.run(dir, "score", "districts", "--format", "csv", "--out", "reports", "--lang", "en")
                .exits(0);

        assertEquals("", run.out());
        assertEquals(List.of(ScoreCommand.summary(DISTRICTS, 0, expected, Lang.EN),
                "kla: wrote 1 file to reports"), run.errLines(), run::toString);
        assertTrue(run.errLines().get(0).startsWith("kla: scored 514, failed 0; KLA "), run::toString);
        List<List<String>> rows = CsvReading.rows(Files.readString(dir.resolve("reports").resolve(ScoreCommand.CSV_FILE),
                StandardCharsets.UTF_8), CsvDialect.EN);
        assertEquals(DISTRICTS + 1, rows.size());
        for (int i = 1; i <= DISTRICTS; i++) {
            List<String> row = rows.get(i);
            ScoreCard card = cards.get(i - 1);
            assertEquals(List.of(String.format(Locale.ROOT, "district-%03d.json", i), card.region().code()),
                    row.subList(0, 2));
            assertEquals(card.total().toPlainString(), row.get(7), row::toString);
            assertEquals(card.rank().nameEn(), row.get(10), row::toString);
        }
    }
}
