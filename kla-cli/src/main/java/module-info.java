/**
 * The {@code kla} command line: scores, validates and explains KLA submissions.
 *
 * <p>An application, not a library API: nothing here is exported.
 */
module io.github.layakanak.kla.cli {
    requires io.github.layakanak.kla.scoring;
    requires io.github.layakanak.kla.rules.y2022;
    requires io.github.layakanak.kla.rules.y2023;
    requires io.github.layakanak.kla.rules.y2024;
    requires io.github.layakanak.kla.samples;
    requires io.github.layakanak.kla.report;
    requires info.picocli;
    requires java.compiler; // SourceVersion: is a --package a Java package name
    requires java.logging;
    requires static org.jspecify;

    // picocli builds the commands and sets their options reflectively.
    opens io.github.layakanak.kla.cli to info.picocli;
}
