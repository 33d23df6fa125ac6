package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.layakanak.kla.samples.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML pages the jar writes, parsed: the numbers drawn are the scorecard's. */
class HtmlReportIT {

    @TempDir
    Path dir;

    @Test
    void writesOneParsablePagePerDistrictDrawingItsScorecard() throws IOException {
        Oracle.writeSamples(dir);
        Kla.Run run = Kla.run(dir, "score", ".", "--format", "html", "--out", "pages", "--lang", "en").exits(0);
        assertEquals("", run.out());
        try (Stream<Path> pages = Files.list(dir.resolve("pages"))) {
            assertEquals(Samples.all().size(), pages.count());
        }
        for (Samples.Sample sample : Samples.all()) {
            String html = Files.readString(dir.resolve("pages").resolve(sample.name() + ".html"));
            HtmlReportTest.assertDrawsTheScorecard(html, Oracle.score(sample.submission()));
        }
    }
}
