package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar carries what the command line runs on and nothing of the test side: no JUnit, no opentest4j
 * and no testkit, since the samples come from kla-samples; the reports and their template come from kla-report.
 */
class RunnableJarIT {

    @Test
    void carriesTheSamplesAndTheReportsButNoTestFramework() throws IOException {
        try (JarFile jar = new JarFile(Kla.JAR.toFile())) {
            List<String> names = jar.stream().map(ZipEntry::getName).toList();
            assertEquals(List.of(), names.stream().filter(n -> n.startsWith("org/junit/")
                    || n.startsWith("org/opentest4j/") || n.startsWith("io/github/layakanak/kla/testkit/")).toList(),
                    "no test framework, no testkit");
            assertTrue(names.contains("io/github/layakanak/kla/samples/samples/index.json"), "the samples' index");
            assertTrue(names.contains("io/github/layakanak/kla/report/internal/report.html.mustache"),
                    "the page's template");
            assertTrue(names.stream().anyMatch(n -> n.startsWith("com/github/mustachejava/")), "its template engine");
        }
    }
}
