package io.github.layakanak.kla.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Reports on standard error: failures one line per problem, progress while a batch runs on a terminal, and
 * notes. Keeps the exit code: the highest among the failures reported.
 */
final class Reporter {

    private final PrintWriter err;
    private final boolean verbose;
    private final boolean terminal;
    private int code = Main.OK;
    private int failures;
    private int progressWidth;

    Reporter(PrintWriter err, boolean verbose) {
        this(err, verbose, System.console() != null);
    }

    Reporter(PrintWriter err, boolean verbose, boolean terminal) {
        this.err = err;
        this.verbose = verbose;
        this.terminal = terminal;
    }

    /** Reports a failure of one input, or of the whole command. */
    void fail(Failure failure) {
        clearProgress();
        failure.lines().forEach(err::println);
        Throwable cause = failure.getCause();
        if (verbose && cause != null) {
            cause.printStackTrace(err);
        }
        code = Math.max(code, failure.code());
        failures++;
        err.flush();
    }

    void note(String line) {
        clearProgress();
        err.println(line);
        err.flush();
    }

    /** Shows how far a batch is, only when standard error is a terminal. */
    void progress(int done, int total, String label) {
        if (!terminal) {
            return;
        }
        String line = String.format(Locale.ROOT, "[%d/%d] %s", done, total, label);
        if (line.length() > 78) {
            line = line.substring(0, 77) + "…";
        }
        Terminal.carriageReturn(err);
        err.print(line + " ".repeat(Math.max(0, progressWidth - line.length())));
        progressWidth = line.length();
        err.flush();
    }

    void clearProgress() {
        if (progressWidth > 0) {
            Terminal.carriageReturn(err);
            err.print(" ".repeat(progressWidth));
            Terminal.carriageReturn(err);
            progressWidth = 0;
        }
    }

    int failures() {
        return failures;
    }

    int code() {
        return code;
    }
}
