/**
 * How the reports are rendered: the text, the HTML page (from Mustache templates beside these classes) and the
 * CSV, the reports' words in both languages, and how they write numbers, bands and the stage gate.
 *
 * <p>Not API: exported only to the command line, which writes the same numbers and words in its own lines
 * ({@code kla explain}, {@code kla plan}, {@code kla packs}).
 */
@NullMarked
package io.github.layakanak.kla.report.internal;

import org.jspecify.annotations.NullMarked;
