package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Stage;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * A usage error in the user's language: picocli's exceptions, whose own messages are English, told apart by their
 * type and said in kla's words ({@code usage.*} in {@link Texts}), with picocli's suggestions and where to read
 * more. A usage error kla's commands raise says its own words already, in the user's language.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    /** Prints a usage error: what is wrong, what may have been meant, and the help to read. */
    static void print(ParameterException e, Lang lang, PrintWriter err) {
        CommandLine command = e.getCommandLine();
        err.println("kla: " + words(e, lang));
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            err.println(lang.text("usage.didYouMean", unmatched.getSuggestions().stream()
                    .map(s -> s.startsWith("-") ? s : qualified(command, s)).collect(Collectors.joining(", "))));
        }
        err.println(lang.text("usage.try", command.getCommandSpec().qualifiedName(" ")));
    }

    /** What is wrong, in the user's words. */
    static String words(ParameterException e, Lang lang) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> given = unmatched.getUnmatched();
            String first = given.isEmpty() ? "" : given.get(0);
            if (first.startsWith("-") && !first.equals("-")) {
                return lang.text("usage.unknownOption", first);
            }
            if (e.getCommandLine().getCommandSpec().parent() == null
                    && !e.getCommandLine().getSubcommands().isEmpty()) {
                return lang.text("usage.unknownCommand", first, KlaCommand.commandNames());
            }
            return lang.text("usage.unmatched", String.join(" ", given));
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            List<ArgSpec> args = missing.getMissing();
            if (missing.getMessage() != null && missing.getMessage().startsWith("Missing required parameter for option")
                    && !args.isEmpty() && args.get(0) instanceof OptionSpec option) {
                return lang.text("usage.missingValue", option.longestName(), option.paramLabel());
            }
            String options = args.stream().filter(ArgSpec::isOption).map(a -> name(a))
                    .collect(Collectors.joining(", "));
            String parameters = args.stream().filter(ArgSpec::isPositional).map(a -> name(a))
                    .collect(Collectors.joining(", "));
            return options.isEmpty() ? lang.text("usage.missingParameter", parameters)
                    : lang.text("usage.missingOption", options);
        }
        if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
            ArgSpec twice = overwritten.getOverwritten();
            return lang.text("usage.twice", twice instanceof OptionSpec option ? option.longestName() : name(twice));
        }
        if (e.getArgSpec() != null && e.getValue() != null && !(e instanceof CommandLine.MaxValuesExceededException)) {
            return invalid(e.getArgSpec(), e.getValue(), lang);
        }
        return e.getMessage();
    }

    /** A value that is not one the option takes, with the ones it does. */
    private static String invalid(ArgSpec arg, String value, Lang lang) {
        Class<?> type = arg.type();
        String what = arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
        if (type == Rank.class) {
            return lang.text("usage.invalidChoice", what, value, Arrays.stream(Rank
                    .values()).filter(r -> r != Rank.NONE)
                    .map(r -> r == Rank.KLA ? "KLA" : lang.words().name(r))
                    .collect(Collectors.joining(", ")));
        }
        if (type.isEnum()) {
            return lang.text("usage.invalidChoice", what, value, Arrays.stream(type.getEnumConstants())
                    .map(c -> choice(arg, (Enum<?>) c)).collect(Collectors.joining(", ")));
        }
        if (type == Integer.class || type == int.class) {
            return lang.text("usage.invalidNumber", what, value);
        }
        return lang.text("usage.invalidValue", what, value);
    }

    /** A value of an enum option as the user types it: stages as they are, the rest in lower case. */
    private static String choice(ArgSpec arg, Enum<?> constant) {
        return constant instanceof Stage ? constant.name()
                : constant.name().toLowerCase(Locale.ROOT);
    }

    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName() + (option.typeInfo().isBoolean() ? "" : "=" + option.paramLabel());
        }
        return ((PositionalParamSpec) arg).paramLabel();
    }

    private static String qualified(CommandLine command, String name) {
        return command.getCommandSpec().qualifiedName(" ") + " " + name;
    }
}
