package io.github.layakanak.kla.cli;

import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kla help [COMMAND]}: the help of kla or of one command, like picocli's own help command, but with
 * {@code --lang} (so that {@code kla help score --lang en} is English) and its words from kla's bundle.
 */
@Command(name = "help", helpCommand = true, sortOptions = false, usageHelpAutoWidth = true)
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {

    @Parameters(paramLabel = "${bundle:help.label.command:-COMMAND}", arity = "0..1", descriptionKey = "help.help.command")
    @Nullable String command;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help.help.help")
    boolean help;

    // Read by Main before picocli parses anything; declared so that picocli accepts it here too.
    @Option(names = "--lang", paramLabel = "id|en", defaultValue = "id", descriptionKey = "help.lang")
    Lang lang = Lang.ID;

    private @Nullable CommandLine self;
    private Help.@Nullable ColorScheme colors;
    private @Nullable PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter outWriter,
            PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = outWriter;
    }

    @Override
    public void run() {
        CommandLine me = java.util.Objects.requireNonNull(self, "self");
        CommandLine parent = me.getParent() != null ? me.getParent() : me;
        if (command == null) {
            parent.usage(out, colors);
            return;
        }
        CommandLine named = parent.getSubcommands().get(command);
        if (named == null) {
            throw new CommandLine.ParameterException(parent, lang.text("usage.unknownCommand", command,
                    KlaCommand.commandNames()));
        }
        named.usage(out, colors);
    }
}
