package io.github.layakanak.kla.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * Runs the {@code kla} command line.
 *
 * <pre>{@code
 * java -jar kla-cli/target/kla.jar score --sample batam --lang en
 * }</pre>
 *
 * <p>Exit codes: {@value #OK} success; {@value #USAGE} usage (an unknown option, a missing argument, an
 * unknown sample or indicator, {@code --year} without a pack); {@value #INVALID_INPUT} invalid input (broken
 * JSON, an unknown field, an inadmissible submission, one the rule pack cannot score, a year without a pack, a
 * file that is not a regular file, a directory without submissions); {@value #RULE_PACK} rule-pack problem (a
 * broken or conflicting pack, a pack file that cannot be read); {@value #IO}
 * input or output (a file that cannot be read or written, an output that exists without {@code --force});
 * {@value #INTERNAL} an unexpected failure, a bug. A batch exits with the highest code among its failures.
 * Text goes out in UTF-8, with anything a terminal could act on (escape sequences, control characters) shown
 * as a visible escape such as {@code \u001B}.
 */
public final class Main {

    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: an unexpected failure, which is a bug. */
    public static final int INTERNAL = 1;
    /** Exit code: the command line was used wrongly. */
    public static final int USAGE = 2;
    /** Exit code: an input is not a valid submission. */
    public static final int INVALID_INPUT = 3;
    /** Exit code: a rule pack is broken or conflicts with another. */
    public static final int RULE_PACK = 4;
    /** Exit code: a file could not be read or written. */
    public static final int IO = 5;

    // Hibernate Validator announces its version at INFO through java.util.logging; the logger is held here so
    // that its level is not lost when it is garbage-collected.
    private static final Logger HIBERNATE = Logger.getLogger("org.hibernate");

    private Main() {
    }

    /**
     * Runs a command and exits the JVM with its exit code.
     *
     * @param args the command line, such as {@code score --sample batam}
     */
    public static void main(String[] args) {
        PrintWriter out = writer(new FileOutputStream(FileDescriptor.out), false);
        PrintWriter err = writer(new FileOutputStream(FileDescriptor.err), true);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs a command without exiting.
     *
     * @param args the command line
     * @param rawOut where results go
     * @param rawErr where errors, progress and summaries go
     * @return the exit code
     */
    static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        PrintWriter out = Terminal.writer(rawOut, false);
        PrintWriter err = Terminal.writer(rawErr, true);
        HIBERNATE.setLevel(Level.WARNING);
        boolean verbose = Arrays.asList(args).contains("--verbose");
        Lang lang = language(args);
        // The subcommands first: the settings below apply to the commands there are when they are set.
        CommandLine commandLine = KlaCommand.addSubcommands(new CommandLine(new KlaCommand()), args)
                .setResourceBundle(Texts.of(lang).bundle())
                .setDefaultValueProvider(option -> isLanguage(option) ? lang.code() : null)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler((e, arguments) -> {
                    CommandLine command = e.getCommandLine();
                    UsageErrors.print(e, lang, command.getErr());
                    return USAGE;
                })
                .setExecutionExceptionHandler((e, command, parseResult) -> {
                    command.getErr().println(lang.text("usage.bug", e.toString()));
                    if (verbose) {
                        e.printStackTrace(command.getErr());
                    } else {
                        command.getErr().println(lang.text("usage.bugVerbose"));
                    }
                    return INTERNAL;
                });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The language {@code --lang} names anywhere on the command line ({@code --lang en}, {@code --lang=en}, in any
     * case), for the help and the usage errors as much as for the commands; Indonesian, kla's default, when none or
     * a value that is no language is given (which picocli then reports, in Indonesian). Only the options before
     * {@code --} count.
     */
    static Lang language(String[] args) {
        @Nullable String value = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                break;
            }
            if (arg.equals("--lang") && i + 1 < args.length) {
                value = args[++i];
            } else if (arg.startsWith("--lang=")) {
                value = arg.substring("--lang=".length());
            }
        }
        for (Lang lang : Lang.values()) {
            if (lang.code().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return lang;
            }
        }
        return Lang.ID;
    }

    /** Whether an option is {@code --lang}: its default is the language of the whole command line. */
    private static boolean isLanguage(CommandLine.Model.ArgSpec arg) {
        return arg instanceof CommandLine.Model.OptionSpec option && option.longestName().equals("--lang");
    }

    private static PrintWriter writer(OutputStream stream, boolean autoFlush) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), autoFlush);
    }
}
