package io.github.layakanak.kla.cli;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A failure the command line reports and exits on: an exit code and one line per problem. Its stack trace is
 * printed only with {@code --verbose}, and only the trace of its cause.
 */
final class Failure extends Exception {

    private static final long serialVersionUID = 1L;

    private final int code;

    @SuppressWarnings("serial") // List.copyOf gives a serializable list
    private final List<String> lines;

    Failure(int code, List<String> lines, @Nullable Throwable cause) {
        super(String.join("; ", lines), cause, false, false);
        this.code = code;
        this.lines = List.copyOf(lines);
    }

    Failure(int code, String line) {
        this(code, List.of(line), null);
    }

    Failure(int code, String line, @Nullable Throwable cause) {
        this(code, List.of(line), cause);
    }

    int code() {
        return code;
    }

    List<String> lines() {
        return lines;
    }
}
