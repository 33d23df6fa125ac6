package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReporterTest {

    @Test
    void showsProgressOnlyOnATerminalAndClearsItBeforeOtherLines() {
        StringWriter terminal = new StringWriter();
        Reporter onTerminal = new Reporter(new PrintWriter(terminal), false, true);
        onTerminal.progress(1, 514, "district-001.json");
        onTerminal.note("kla: scored 1, failed 0");
        assertTrue(terminal.toString().startsWith("\r[1/514] district-001.json"), terminal.toString());
        assertTrue(terminal.toString().endsWith("\rkla: scored 1, failed 0" + System.lineSeparator()),
                terminal.toString());

        StringWriter file = new StringWriter();
        Reporter redirected = new Reporter(new PrintWriter(file), false, false);
        redirected.progress(1, 514, "district-001.json");
        redirected.note("kla: scored 1, failed 0");
        assertEquals("kla: scored 1, failed 0" + System.lineSeparator(), file.toString());
    }

    @Test
    void keepsTheHighestExitCodeAndCountsTheFailures() {
        StringWriter err = new StringWriter();
        Reporter reporter = new Reporter(new PrintWriter(err), false, false);
        reporter.fail(new Failure(Main.RULE_PACK, "a.json: /year: no pack"));
        reporter.fail(new Failure(Main.INVALID_INPUT, List.of("b.json: /x: one", "b.json: /y: two"), null));
        assertEquals(Main.RULE_PACK, reporter.code());
        assertEquals(2, reporter.failures());
        assertEquals(List.of("a.json: /year: no pack", "b.json: /x: one", "b.json: /y: two"), err.toString().lines().toList());
    }

    @Test
    void printsTheCausesStackTraceOnlyWhenVerbose() {
        StringWriter quiet = new StringWriter();
        new Reporter(new PrintWriter(quiet), false, false).fail(new Failure(Main.IO, "x", new IllegalStateException("y")));
        assertFalse(quiet.toString().contains("IllegalStateException"));
        StringWriter verbose = new StringWriter();
        new Reporter(new PrintWriter(verbose), true, false).fail(new Failure(Main.IO, "x", new IllegalStateException("y")));
        assertTrue(verbose.toString().contains("java.lang.IllegalStateException: y"));
    }
}
