package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.model.json.KlaJson;
import java.io.PrintWriter;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of {@code plan}, {@code at-risk} and {@code compare}, which print one result: {@code --format} (words
 * for people, or the record as JSON), the language and {@code --verbose}.
 */
final class ResultOptions {

    /** What the commands write. */
    enum Format {
        /** Words for people. */
        TEXT,
        /** The record as JSON. */
        JSON
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            descriptionKey = "help.resultFormat")
    Format format = Format.TEXT;

    @Mixin
    Common common = new Common();

    Lang lang() {
        return common.lang;
    }

    /** The reporter of the command's failures. */
    Reporter reporter(CommandLine command) {
        return new Reporter(command.getErr(), common.verbose);
    }

    /** Prints a result on standard output, as JSON or in words. */
    void print(CommandLine command, Object record, Supplier<String> words) {
        PrintWriter stdout = command.getOut();
        stdout.print(format == Format.JSON ? KlaJson.write(record) : words.get());
        stdout.flush();
    }
}
