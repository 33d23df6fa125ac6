package io.github.layakanak.kla.cli;

import picocli.CommandLine.Option;

/** The options every command that reads submissions has: the language and {@code --verbose}. */
final class Common {

    @Option(names = "--lang", paramLabel = "id|en", defaultValue = "id",
            description = "Language of the report and of validation messages: id (Bahasa Indonesia, the default)"
                    + " or en (English).")
    Lang lang = Lang.ID;

    @Option(names = "--verbose", description = "Print the stack trace of a failure.")
    boolean verbose;
}
