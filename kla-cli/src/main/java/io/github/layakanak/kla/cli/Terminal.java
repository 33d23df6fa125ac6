package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.model.internal.Printable;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What kla prints, made safe for a terminal: every character a terminal could act on (an escape sequence, a
 * control character, a bidirectional override) is printed as a visible escape such as {@code \u001B}, never
 * sent raw. kla's reader refuses such characters in a submission; this guards everything else that reaches the
 * screen or a report file: a file name, an option the user typed, a value built by other means. Line feeds,
 * tabs and the CRLF line ends of CSV pass; a lone carriage return only where kla itself redraws its progress
 * line.
 */
final class Terminal {

    private Terminal() {
    }

    /** A print writer onto a stream of the terminal, safe as above. */
    static PrintWriter writer(Writer out, boolean autoFlush) {
        return new SafeWriter(new Escaping(out), autoFlush);
    }

    /**
     * Text made safe as above, for a report file: CRLF pairs are kept; any other carriage return is escaped.
     *
     * @param text a report
     * @return the report, safe to print
     */
    static String safe(String text) {
        if (Printable.firstUnsafe(text) < 0) {
            return text;
        }
        String[] lines = text.split("\r\n", -1);
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("\r\n");
            }
            out.append(Printable.escape(lines[i]));
        }
        return out.toString();
    }

    /** Moves the cursor back to the start of the line, which only kla's own progress line may do. */
    static void carriageReturn(PrintWriter writer) {
        if (writer instanceof SafeWriter safe) {
            safe.flush();
            safe.escaping().raw('\r');
        } else {
            writer.print('\r');
        }
    }

    private static final class SafeWriter extends PrintWriter {

        SafeWriter(Escaping out, boolean autoFlush) {
            super(out, autoFlush);
        }

        Escaping escaping() {
            return (Escaping) out;
        }
    }

    /** Escapes character by character; a carriage return waits to see whether a line feed follows. */
    private static final class Escaping extends FilterWriter {

        private boolean pendingReturn;
        private char pendingHigh;

        Escaping(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            char ch = (char) c;
            if (pendingReturn) {
                pendingReturn = false;
                if (ch == '\n') {
                    out.write("\r\n");
                    return;
                }
                out.write("\\u000D");
            }
            if (pendingHigh != 0) {
                char high = pendingHigh;
                pendingHigh = 0;
                if (Character.isLowSurrogate(ch)) {
                    out.write(high);
                    out.write(ch);
                    return;
                }
                out.write(Printable.escape(String.valueOf(high)));
            }
            if (ch == '\r') {
                pendingReturn = true;
            } else if (Character.isHighSurrogate(ch)) {
                pendingHigh = ch;
            } else {
                out.write(Printable.escape(String.valueOf(ch)));
            }
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                write(buffer[i]);
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            if (!pendingReturn && pendingHigh == 0) {
                String part = text.substring(offset, offset + length);
                if (Printable.firstUnsafe(part) < 0 && part.indexOf('\r') < 0 && !endsHigh(part)) {
                    out.write(part);
                    return;
                }
            }
            for (int i = offset; i < offset + length; i++) {
                write(text.charAt(i));
            }
        }

        void raw(char c) {
            try {
                out.write(c);
                out.flush();
            } catch (IOException e) {
                // As PrintWriter does: the stream's trouble shows in checkError().
            }
        }

        /** A carriage return or half a surrogate pair still waiting is written, escaped, before flushing. */
        @Override
        public void flush() throws IOException {
            if (pendingReturn) {
                out.write("\\u000D");
                pendingReturn = false;
            }
            if (pendingHigh != 0) {
                out.write(Printable.escape(String.valueOf(pendingHigh)));
                pendingHigh = 0;
            }
            super.flush();
        }

        private static boolean endsHigh(String text) {
            return !text.isEmpty() && Character.isHighSurrogate(text.charAt(text.length() - 1));
        }
    }
}
