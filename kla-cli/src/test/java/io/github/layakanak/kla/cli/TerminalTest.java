package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Nothing a terminal would act on leaves kla raw; CSV's CRLF and kla's own progress line still work. */
class TerminalTest {

    @Test
    void escapesEscapeSequencesControlCharactersAndBidiOverrides() {
        StringWriter raw = new StringWriter();
        PrintWriter out = Terminal.writer(raw, false);
        out.print("KOTA \u001b[31mBATAM\u001b[0m \u009b2J \u202eAKL\u202c a\bb \u0007");
        out.flush();
        assertEquals("KOTA \\u001B[31mBATAM\\u001B[0m \\u009B2J \\u202EAKL\\u202C a\\u0008b \\u0007", raw.toString());
    }

    @Test
    void keepsLineFeedsTabsCrlfAndWholeSurrogatePairs() {
        StringWriter raw = new StringWriter();
        PrintWriter out = Terminal.writer(raw, false);
        out.print("a\tb\nc\r\nd ");
        out.print("\ud83d");
        out.print("\ude00");
        out.flush();
        assertEquals("a\tb\nc\r\nd \ud83d\ude00", raw.toString());
    }

    @Test
    void escapesALoneCarriageReturnAndAHalfSurrogatePair() {
        StringWriter raw = new StringWriter();
        PrintWriter out = Terminal.writer(raw, false);
        out.print("a\rb\ud800c\r");
        out.flush();
        assertEquals("a\\u000Db\\uD800c\\u000D", raw.toString());
    }

    @Test
    void onlyKlasOwnProgressLineReturnsToTheStartOfTheLine() {
        StringWriter raw = new StringWriter();
        PrintWriter err = Terminal.writer(raw, true);
        Terminal.carriageReturn(err);
        err.print("[1/2] batam.json");
        err.flush();
        assertEquals("\r[1/2] batam.json", raw.toString());
    }

    @Test
    void aReportFileKeepsItsCrlfAndEscapesTheRest() {
        assertEquals("a,b\r\n\\u001B[2J,c\r\n", Terminal.safe("a,b\r\n\u001b[2J,c\r\n"));
        String clean = "no escapes\r\n";
        assertEquals(clean, Terminal.safe(clean));
    }
}
