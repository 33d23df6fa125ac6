package io.github.layakanak.kla.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The top command, {@code kla}: it only holds the others. */
@Command(name = "kla", mixinStandardHelpOptions = true, versionProvider = KlaCommand.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        synopsisSubcommandLabel = "[${bundle:help.label.command:-COMMAND}]")
final class KlaCommand implements Callable<Integer> {

    /** The subcommands by name, in the order of the help. */
    private static final Map<String, Class<?>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("score", ScoreCommand.class);
        SUBCOMMANDS.put("validate", ValidateCommand.class);
        SUBCOMMANDS.put("packs", PacksCommand.class);
        SUBCOMMANDS.put("sample", SampleCommand.class);
        SUBCOMMANDS.put("explain", ExplainCommand.class);
        SUBCOMMANDS.put("plan", PlanCommand.class);
        SUBCOMMANDS.put("at-risk", AtRiskCommand.class);
        SUBCOMMANDS.put("compare", CompareCommand.class);
        SUBCOMMANDS.put("diff", DiffCommand.class);
        SUBCOMMANDS.put("pack", PackCommand.class);
        SUBCOMMANDS.put("help", HelpCommand.class);
    }

    @Spec
    CommandSpec spec;

    /** The language, here too, so that {@code kla --lang en --help} reads it; the subcommands have their own. */
    @Option(names = "--lang", paramLabel = "id|en", defaultValue = "id", descriptionKey = "help.lang")
    Lang lang = Lang.ID;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), lang.text("usage.giveCommand", commandNames()));
    }

    /** The names of the commands, in the order of the help, as messages list them: {@code score, validate, ...}. */
    static String commandNames() {
        return String.join(", ", SUBCOMMANDS.keySet().stream().filter(name -> !name.equals("help")).toList());
    }

    /**
     * Adds the subcommands to the top command: only the one named first on the command line when there is one,
     * since picocli reads a command's annotations, and makes an instance of it, when it is added, which a start
     * pays for; all of them otherwise (for the help, {@code kla help COMMAND}, and suggestions for a mistyped name).
     *
     * @param top  the top command
     * @param args the command line
     * @return the top command
     */
    static CommandLine addSubcommands(CommandLine top, String[] args) {
        Class<?> named = args.length == 0 || args[0].equals("help") ? null : SUBCOMMANDS.get(args[0]);
        SUBCOMMANDS.forEach((name, command) -> {
            if (named == null || named == command) {
                top.addSubcommand(name, command);
            }
        });
        return top;
    }

    /** The version written into the jar by the build. */
    static final class Version implements CommandLine.IVersionProvider {

        @Override
        public String[] getVersion() {
            return new String[] {"kla " + properties().getProperty("version", "unknown")};
        }

        /** What the build wrote into version.properties: kla's version, and the plugin versions it builds with. */
        static Properties properties() {
            Properties properties = new Properties();
            try (InputStream in = KlaCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return properties;
        }
    }
}
