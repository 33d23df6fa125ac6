package io.github.layakanak.kla.cli;

import picocli.CommandLine.Option;

/** The options every command that reads submissions has: the language and {@code --verbose}. */
final class Common {

    @Option(names = "--lang", paramLabel = "id|en", defaultValue = "id",
            descriptionKey = "help.lang")
    Lang lang = Lang.ID;

    @Option(names = "--verbose", descriptionKey = "help.verbose")
    boolean verbose;
}
