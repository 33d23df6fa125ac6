/**
 * The reports of a KLA scorecard, for apps: the text, the HTML page and the CSV the {@code kla} command line
 * writes, in Indonesian or English, rendered from the engine's structured results.
 *
 * <p>{@link io.github.layakanak.kla.report.Reports} is the entry point; a
 * {@link io.github.layakanak.kla.report.Scored} is one district's scorecard with the submission and the pack it came
 * from; a {@link io.github.layakanak.kla.report.CsvDialect} says how a CSV is written for the spreadsheet that opens
 * it.
 *
 * <pre>{@code
 * Scored batam = Scored.of("batam.json", RulePacks.discover().forYear(2022), submission);
 * String page = Reports.in(Locale.forLanguageTag("id")).html(batam);
 * }</pre>
 */
@NullMarked
package io.github.layakanak.kla.report;

import org.jspecify.annotations.NullMarked;
