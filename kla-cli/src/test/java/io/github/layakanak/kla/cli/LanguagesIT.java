package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.layakanak.kla.samples.Samples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each command of the built jar, its help and its usage errors speak one language: Indonesian output has no English
 * words and English output no Indonesian ({@link Wording}). What is nobody's language is left out: command names
 * ({@code kla score}), and the district's own text (region names, document titles, verifiers' notes: every string of
 * the sample submission).
 */
class LanguagesIT {

    /** The commands, as {@code kla --help} lists them. */
    private static final List<String> COMMANDS = List.of("score", "validate", "packs", "sample", "explain", "plan",
            "at-risk", "compare", "diff", "pack", "pack new", "help");

    @TempDir
    Path dir;

    static Stream<Arguments> helps() {
        List<Arguments> all = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            all.add(Arguments.of(lang, List.of("--help")));
            all.add(Arguments.of(lang, List.of("--version")));
            for (String command : COMMANDS) {
                List<String> args = new ArrayList<>(List.of(command.split(" ")));
                args.add("--help");
                all.add(Arguments.of(lang, args));
            }
            all.add(Arguments.of(lang, List.of("help", "plan")));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: kla {1}")
    @MethodSource("helps")
    void theHelpOfEveryCommandSpeaksTheLanguageAsked(Lang lang, List<String> args) {
        Kla.Run run = run(lang, args.toArray(String[]::new)).exits(Main.OK);
        assertEquals("", run.err(), run::toString);
        Wording.assertIn(lang, run.out(), commandNames(), run.toString());
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void theHelpFollowsLangWhereverItIs(Lang lang) {
        Kla.Run top = Kla.run(dir, "--lang", lang.code(), "--help").exits(Main.OK);
        Kla.Run help = Kla.run(dir, "help", "score", "--lang", lang.code()).exits(Main.OK);
        Kla.Run before = Kla.run(dir, "--lang", lang.code(), "score", "--help").exits(Main.OK);
        assertAll(() -> assertTrue(top.out().startsWith(lang == Lang.ID ? "Penggunaan: kla " : "Usage: kla "), top::toString),
                () -> assertTrue(help.out().contains(lang == Lang.ID ? "Penggunaan: kla score" : "Usage: kla score"),
                        help::toString),
                () -> assertEquals(help.out(), before.out()));
    }

    @Test
    void theHelpIsIndonesianByDefault() {
        Kla.Run run = Kla.run(dir, "score", "--help").exits(Main.OK);
        assertTrue(run.out().contains("Penggunaan: kla score"), run::toString);
        assertTrue(run.out().contains("\nContoh:\n"), run::toString);
        assertTrue(run.out().contains("\nKode keluar:\n"), run::toString);
        Wording.assertIn(Lang.ID, run.out(), commandNames(), run.toString());
    }

    static Stream<Arguments> commands() {
        List<Arguments> all = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            for (List<String> args : List.of(
                    List.of("score", "--sample", "batam"),
                    List.of("score", "--sample", "batam-2024"),
                    List.of("validate", "--sample", "batam"),
                    List.of("packs"),
                    List.of("sample"),
                    List.of("explain", "--sample", "batam", "--indicator", "4"),
                    List.of("plan", "--sample", "banyuasin"),
                    List.of("at-risk", "--sample", "kendari"),
                    List.of("diff", "kla-2022", "kla-2024"))) {
                all.add(Arguments.of(lang, args));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: kla {1}")
    @MethodSource("commands")
    void everyCommandSpeaksTheLanguageAsked(Lang lang, List<String> args) {
        Kla.Run run = run(lang, args.toArray(String[]::new));
        assertEquals(Main.OK, run.code(), run::toString);
        String sample = args.contains("--sample") ? args.get(args.indexOf("--sample") + 1) : "batam";
        List<String> own = own(sample);
        // The sources the packs cite are still English in both languages (the packs' data, not the command line's);
        // diff also quotes a changed definition other than a name as the pack's JSON (a measurement's
        // {"direction":"HIGHER_IS_BETTER",...}), so for diff every text of the packs is left out.
        own.addAll(packTexts(!args.get(0).equals("diff")));
        Wording.assertIn(lang, run.out() + run.err(), own, run.toString());
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void compareAndBatchesSpeakTheLanguageAsked(Lang lang) throws IOException {
        Files.writeString(dir.resolve("batam.json"), Samples.find("batam").orElseThrow().json());
        Files.writeString(dir.resolve("kendari.json"), Samples.find("kendari").orElseThrow().json());
        Kla.Run compare = run(lang, "compare", "batam.json", "kendari.json").exits(Main.OK);
        Kla.Run validate = run(lang, "validate", ".").exits(Main.OK);
        Kla.Run written = run(lang, "score", ".", "--out", "out").exits(Main.OK);
        List<String> own = new ArrayList<>(own("batam"));
        own.addAll(own("kendari"));
        for (Kla.Run run : List.of(compare, validate, written)) {
            Wording.assertIn(lang, run.out() + run.err(), own, run.toString());
        }
    }

    static Stream<Arguments> usageErrors() {
        List<Arguments> all = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            for (List<String> args : List.of(
                    List.of("score", "--colour", "--sample", "batam"),
                    List.of("score", "--format", "pdf", "--sample", "batam"),
                    List.of("score", "--year", "x", "--sample", "batam"),
                    List.of("score", "--sample"),
                    List.of("score"),
                    List.of("validate"),
                    List.of("explain", "--sample", "batam"),
                    List.of("explain", "--sample", "batam", "--indicator", "happiness"),
                    List.of("plan", "--sample", "batam", "--target", "emas"),
                    List.of("plan"),
                    List.of("diff", "kla-2022"),
                    List.of("diff", "kla-2022", "kla-1999"),
                    List.of("compare", "-", "-"),
                    List.of("sample", "jakarta"),
                    List.of("sample", "batam", "kendari"),
                    List.of("scor", "--sample", "batam"),
                    List.of("help", "nope"),
                    List.<String>of(),
                    List.of("score", "--sample", "batam", "--year", "2019"),
                    List.of("score", "--sample", "batam", "--csv-dialect", "en"),
                    List.of("score", "-", "--sample", "batam", "--format", "html"))) {
                all.add(Arguments.of(lang, args));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: kla {1}")
    @MethodSource("usageErrors")
    void usageErrorsSpeakTheLanguageAsked(Lang lang, List<String> args) {
        Kla.Run run = run(lang, args.toArray(String[]::new)).exits(Main.USAGE);
        assertEquals("", run.out(), run::toString);
        assertTrue(run.err().contains(": "), run::toString);
        Wording.assertIn(lang, run.err(), commandNames(), run.toString());
    }

    @Test
    void aValueOfLangThatIsNoLanguageIsReportedInIndonesian() {
        Kla.Run run = Kla.run(dir, "score", "--sample", "batam", "--lang", "fr").exits(Main.USAGE);
        assertEquals("kla: nilai tidak sah untuk --lang: [fr]; seharusnya salah satu dari id, en\n"
                + "Lihat 'kla score --help' untuk keterangan lebih lanjut.\n", run.err());
    }

    @Test
    void aMistypedCommandIsAnsweredWithTheCommandMeant() {
        Kla.Run run = Kla.run(dir, "scroe", "--lang", "en").exits(Main.USAGE);
        assertTrue(run.err().startsWith("kla: unknown command: scroe; the commands are score, validate, "), run::toString);
        assertTrue(run.err().contains("Did you mean: kla score"), run::toString);
        assertTrue(run.err().endsWith("Try 'kla --help' for more information.\n"), run::toString);
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void failuresOfInputAndOutputSpeakTheLanguageAsked(Lang lang) throws IOException {
        String batam = Samples.find("batam").orElseThrow().json();
        Files.writeString(dir.resolve("batam.json"), batam);
        Files.writeString(dir.resolve("2019.json"), batam.replaceFirst("\"year\" : 2022", "\"year\" : 2019"));
        Files.writeString(dir.resolve("unknown.json"), batam.replaceFirst("\"title\" :", "\"titel\" : \"x\", \"title\" :"));
        Files.writeString(dir.resolve("over.json"), batam.replaceFirst("\"percent\" : 75", "\"percent\" : 175"));
        Files.writeString(dir.resolve("effort.json"), "{\"steps\": {\"rungUp\": -1, \"jump\": 2}, \"indicators\": "
                + "{\"happiness\": {}}, \"colour\": 1}");
        Files.createDirectories(dir.resolve("empty"));
        run(lang, "score", "batam.json", "--out", "out").exits(Main.OK);

        List<Kla.Run> runs = List.of(
                run(lang, "score", "batam.json", "--out", "out").exits(Main.IO),
                run(lang, "score", "batam.json", "--out", "batam.json").exits(Main.IO),
                run(lang, "score", "2019.json").exits(Main.INVALID_INPUT),
                run(lang, "validate", "unknown.json").exits(Main.INVALID_INPUT),
                run(lang, "validate", "over.json").exits(Main.INVALID_INPUT),
                run(lang, "score", "missing.json").exits(Main.IO),
                run(lang, "score", "empty").exits(Main.INVALID_INPUT),
                run(lang, "plan", "batam.json", "--effort", "effort.json").exits(Main.INVALID_INPUT),
                run(lang, "plan", "batam.json", "--apply", "batam.json").exits(Main.IO),
                run(lang, "explain", "missing.json", "--indicator", "4").exits(Main.IO));
        for (Kla.Run run : runs) {
            assertEquals("", run.out(), run::toString);
            Wording.assertIn(lang, run.err(), own("batam"), run.toString());
        }
    }

    /** Runs {@code kla ARGS --lang LANG}. */
    private Kla.Run run(Lang lang, String... args) {
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--lang";
        all[args.length + 1] = lang.code();
        return Kla.run(dir, all);
    }

    /** Command names, which are the same in both languages: {@code kla score}, and {@code score} in lists. */
    private static List<String> commandNames() {
        List<String> names = new ArrayList<>();
        names.add("kla help score");
        for (String command : COMMANDS) {
            names.add("kla " + command);
            names.add("  " + command + " ");
        }
        names.add("score, validate, packs, sample, explain, plan, at-risk, compare, diff, pack");
        return names;
    }

    /** The district's own text in a sample: every string of its submission, and the command names. */
    private static List<String> own(String sample) {
        Set<String> own = new TreeSet<>(commandNames());
        try {
            strings(new ObjectMapper().readTree(Samples.find(sample).orElseThrow().json()), own);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(own);
    }

    private static void strings(JsonNode node, Set<String> into) {
        if (node.isTextual() && node.asText().length() > 3) {
            into.add(node.asText());
        }
        node.forEach(child -> strings(child, into));
    }

    /** The texts of the bundled packs' parameters: only the sources they cite, or every text in them. */
    private static List<String> packTexts(boolean sourcesOnly) {
        Set<String> texts = new TreeSet<>();
        for (String resource : List.of("/io/github/layakanak/kla/rules/y2022/kla-2022.json",
                "/io/github/layakanak/kla/rules/y2024/kla-2024.json")) {
            try (java.io.InputStream in = LanguagesIT.class.getResourceAsStream(resource)) {
                assertTrue(in != null, resource);
                JsonNode pack = new ObjectMapper().readTree(in);
                if (sourcesOnly) {
                    pack.findValues("source").forEach(source -> strings(source, texts));
                } else {
                    strings(pack, texts);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ArrayList<>(texts);
    }
}
