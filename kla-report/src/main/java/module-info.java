/**
 * The reports of a KLA scorecard, for apps: text, a self-contained HTML page and CSV, in Indonesian and English,
 * the same the {@code kla} command line writes.
 *
 * <p>The HTML page is rendered from a Mustache template (Mustache.java, which escapes every value by default); the
 * CSV is written by Jackson's CSV generator.
 */
module io.github.layakanak.kla.report {
    requires transitive io.github.layakanak.kla.scoring;
    requires com.github.mustachejava;
    requires com.fasterxml.jackson.dataformat.csv;
    requires static org.jspecify;

    exports io.github.layakanak.kla.report;
    // How the reports write numbers and words, for the command line's own lines (not API).
    exports io.github.layakanak.kla.report.internal to io.github.layakanak.kla.cli;
}
