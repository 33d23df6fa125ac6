package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The language of the whole command line, and picocli's help and usage errors in it, run in this JVM. */
class CommandLineLanguageTest {

    @Test
    void theLanguageIsTheOneLangNamesAnywhereIndonesianOtherwise() {
        assertEquals(Lang.ID, Main.language(new String[] {"score", "--sample", "batam"}));
        assertEquals(Lang.EN, Main.language(new String[] {"--lang", "en", "score"}));
        assertEquals(Lang.EN, Main.language(new String[] {"help", "score", "--lang=EN"}));
        assertEquals(Lang.ID, Main.language(new String[] {"score", "--lang", "fr"}));
        assertEquals(Lang.ID, Main.language(new String[] {"score", "--lang"}));
        assertEquals(Lang.ID, Main.language(new String[] {"score", "--", "--lang", "en"}));
    }

    @Test
    void theHelpIsInTheLanguageAsked() {
        assertTrue(run("score", "--help").out().startsWith("Menilai pengajuan"));
        assertTrue(run("score", "--help").out().contains("\nPenggunaan: kla score "));
        assertTrue(run("--lang", "en", "score", "--help").out().contains("\nUsage: kla score "));
        assertEquals(run("score", "--help", "--lang", "en").out(), run("help", "score", "--lang", "en").out());
    }

    @Test
    void theTopCommandsLangReachesTheSubcommand() {
        assertTrue(run("--lang", "en", "sample").out().contains("synthetic"));
        assertTrue(run("sample").out().contains("rekaan"));
    }

    @Test
    void picocliUsageErrorsAreSaidInKlasWords() {
        assertEquals(List.of("kla: opsi tidak dikenal: --colour", "Lihat 'kla score --help' untuk keterangan lebih lanjut."),
                run("score", "--colour").err().lines().toList());
        assertEquals(List.of("kla: unknown option: --colour", "Try 'kla score --help' for more information."),
                run("score", "--colour", "--lang", "en").err().lines().toList());
        assertEquals("kla: missing required option: --indicator=ID",
                run("explain", "--sample", "batam", "--lang", "en").err().lines().findFirst().orElseThrow());
        assertEquals("kla: missing required parameter: PACK_B",
                run("diff", "kla-2022", "--lang", "en").err().lines().findFirst().orElseThrow());
        assertEquals("kla: option --format needs a value (FORMAT)",
                run("score", "--lang", "en", "--format").err().lines().findFirst().orElseThrow());
        assertEquals("kla: invalid value for --target: [gold]; expected one of Pratama, Madya, Nindya, Utama, KLA",
                run("plan", "--target", "gold", "--lang", "en").err().lines().findFirst().orElseThrow());
        assertEquals("kla: nilai tidak sah untuk --year: [x] bukan bilangan bulat",
                run("score", "--year", "x").err().lines().findFirst().orElseThrow());
        assertEquals("kla: opsi --lang diberikan lebih dari sekali; berikan sekali saja",
                run("score", "--lang", "id", "--lang", "id").err().lines().findFirst().orElseThrow());
        assertEquals(List.of("kla: unknown command: scroe; the commands are score, validate, packs, sample, explain, "
                + "plan, at-risk, compare, diff, pack", "Did you mean: kla score?", "Try 'kla --help' for more information."),
                run("scroe", "--lang", "en").err().lines().toList());
    }

    @Test
    void aUsageErrorExitsWithTheUsageCode() {
        assertEquals(Main.USAGE, run("sample", "batam", "kendari").code());
        assertEquals("kla: argumen tidak terduga: kendari", run("sample", "batam", "kendari").err().lines()
                .findFirst().orElseThrow());
    }

    /** What a run in this JVM printed and how it exited. */
    record Result(int code, String out, String err) {
    }

    /** Runs {@code kla ARGS} in this JVM (PackNewTest runs the command this way too). */
    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }
}
