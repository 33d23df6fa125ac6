/**
 * The {@code kla} command line: {@code score}, {@code validate}, {@code packs}, {@code sample} and
 * {@code explain}, built on picocli, with the text, JSON, CSV and HTML reports they write.
 *
 * <p>An application, not a library: only {@link io.github.layakanak.kla.cli.Main} is public, and nothing is
 * exported. The exit codes are those of {@link io.github.layakanak.kla.cli.Main}.
 */
@NullMarked
package io.github.layakanak.kla.cli;

import org.jspecify.annotations.NullMarked;
