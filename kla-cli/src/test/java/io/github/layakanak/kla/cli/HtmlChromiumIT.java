package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.layakanak.kla.report.internal.HtmlReport;
import io.github.layakanak.kla.report.internal.Lang;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML page in a real browser: headless Chromium (Debian's {@code chromium} package) renders the page the jar
 * writes to a screenshot and prints it to PDF, for a 2022 and a 2024 sample in both languages, and its log shows no
 * console message (the page has no script, so any message is Chromium reporting a problem: an uncaught error, a
 * refused style), and no resource loaded besides the page.
 *
 * <p>Chromium is {@code KLA_CHROMIUM} (a system property or an environment variable: the path of the executable),
 * or {@code chromium} or {@code chromium-headless-shell} on the {@code PATH}. Without it the tests are skipped,
 * unless {@code KLA_REQUIRE_CHROMIUM=true} (a system property or an environment variable, as {@code .ci/run} sets
 * it), which makes them fail.
 */
class HtmlChromiumIT {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern PAGE_OBJECT = Pattern.compile("/Type\\s*/Page(?![A-Za-z])");

    /** A console message, at any level: {@code INFO:CONSOLE:12] "Uncaught Error: ...", source: ... (12)}. */
    private static final Pattern CONSOLE = Pattern.compile(":CONSOLE[:(][^\\]]*\\] (.*)");
    /** A file the browser opened (logged at {@code --v=1}). */
    private static final Pattern FILE_LOAD = Pattern.compile("FileURLLoader::Start: (\\S+)");
    /** A request over the network (logged at {@code --v=1}). */
    private static final Pattern NETWORK_LOAD = Pattern.compile("NotifyBeforeURLRequest: (\\S+)");
    /**
     * Where Chromium itself goes while it runs (its clock, dictionaries, account check), whatever page it shows: the
     * page asks for nothing, so a request to anywhere else is one the page made.
     */
    private static final Pattern BROWSERS_OWN = Pattern.compile("(.+\\.)?(google\\.com|gvt1\\.com|googleapis\\.com)");

    private static Path chromium;

    @TempDir
    Path dir;

    @BeforeAll
    static void findChromium() {
        Optional<Path> found = chromium();
        if (found.isEmpty()) {
            String reason = "no Chromium: install Debian's chromium package (apt-get install chromium), or set "
                    + "KLA_CHROMIUM to its path";
            if (required()) {
                fail(reason + "; KLA_REQUIRE_CHROMIUM=true requires it");
            }
            // Also on standard error: a skipped container is easily overlooked in Maven's summary.
            System.err.println("HtmlChromiumIT skipped: " + reason);
            assumeTrue(false, reason + "; the HTML page is not checked in a browser");
        }
        chromium = found.get();
    }

    static Stream<Arguments> pages() {
        return Stream.of("batam", "batam-2024").flatMap(sample -> Stream.of(Lang.values())
                .map(lang -> Arguments.of(sample, lang)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pages")
    void rendersTheReportAndPrintsItToPdfWithoutErrors(String sample, Lang lang) throws IOException {
        Path page = page(sample, lang);

        Path png = dir.resolve(sample + ".png");
        String screenshotLog = run(page, "--screenshot=" + png, "--window-size=1280,2000");
        assertEquals(List.of(), problems(screenshotLog, page), () -> "problems of " + page + " in Chromium's log");
        byte[] image = Files.readAllBytes(png);
        assertArrayEquals(PNG, Arrays.copyOf(image, PNG.length), "a PNG");
        assertTrue(image.length > 50_000, () -> "a screenshot with something drawn: " + image.length + " bytes");
        ByteBuffer header = ByteBuffer.wrap(image, 16, 8);
        assertEquals(List.of(1280, 2000), List.of(header.getInt(), header.getInt()), "the window's size");

        Path pdf = dir.resolve(sample + ".pdf");
        String printLog = run(page, "--print-to-pdf=" + pdf, "--no-pdf-header-footer");
        assertEquals(List.of(), problems(printLog, page), () -> "problems of " + page + " in Chromium's log");
        byte[] document = Files.readAllBytes(pdf);
        assertArrayEquals(PDF, Arrays.copyOf(document, PDF.length), "a PDF");
        assertTrue(document.length > 20_000, () -> "a PDF with something printed: " + document.length + " bytes");
        int pages = pages(document);
        assertTrue(pages >= 1 + HtmlReport.PRINTED_ON_A_NEW_PAGE.size(),
                () -> "the lead page, then each detail section on a sheet of its own: " + pages + " pages");
    }

    @Test
    void printsTheFoldedSourcesOpen() throws IOException {
        Path page = page("batam", Lang.ID);
        String html = Files.readString(page);
        Path without = dir.resolve("without-sources.html");
        Files.writeString(without, html.replaceAll("<details>.*?</details>", ""));
        assertTrue(Files.size(without) < Files.size(page), "the page has sources");
        assertTrue(pages(print(page)) > pages(print(without)), "the sources take room on paper: they are printed");
    }

    @Test
    void findsConsoleErrorsUncaughtErrorsAndResourcesInItsLog() throws IOException {
        Path page = dir.resolve("faulty.html");
        Files.writeString(page, "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"absent.css\"/></head><body>"
                + "<img src=\"absent.png\"/><script>console.error(\"broken\"); throw new Error(\"uncaught\");</script>"
                + "</body></html>");
        List<String> problems = problems(run(page, "--screenshot=" + dir.resolve("faulty.png"),
                "--window-size=800,600"), page);
        String all = String.join("\n", problems);
        assertTrue(all.contains("\"broken\""), all);
        assertTrue(all.contains("Uncaught Error: uncaught"), all);
        assertTrue(all.contains("absent.css") && all.contains("absent.png"), all);
    }

    /** Writes the sample's HTML report with the jar, as a district would. */
    private Path page(String sample, Lang lang) {
        Kla.run(dir, "score", "--sample", sample, "--format", "html", "--lang", lang.code(), "--out", lang.code())
                .exits(0);
        Path page = dir.resolve(lang.code()).resolve(sample + ".html");
        assertTrue(Files.isRegularFile(page), () -> page + " is missing");
        return page;
    }

    private byte[] print(Path page) throws IOException {
        Path pdf = dir.resolve(page.getFileName() + ".pdf");
        String log = run(page, "--print-to-pdf=" + pdf, "--no-pdf-header-footer");
        assertEquals(List.of(), problems(log, page), "problems in Chromium's log");
        return Files.readAllBytes(pdf);
    }

    /** The number of page objects of a PDF. */
    private static int pages(byte[] pdf) {
        Matcher page = PAGE_OBJECT.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int count = 0;
        while (page.find()) {
            count++;
        }
        return count;
    }

    /**
     * Runs headless Chromium on a page, with a profile of its own (tests run two at a time) and the log at
     * {@code --v=1}, which names every file and address it loads; returns the log.
     */
    private String run(Path page, String... what) {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--user-data-dir=" + dir.resolve("profile"), "--enable-logging=stderr", "--v=1"));
        command.addAll(List.of(what));
        command.add(page.toUri().toString());
        try {
            Path log = Files.createTempFile(dir, "chromium-", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("Chromium did not end within 120 s: " + command);
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), () -> String.join(" ", command) + "\n" + tail(output));
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What Chromium's log says went wrong with the page: console messages, and what it loaded besides the page. */
    static List<String> problems(String log, Path page) {
        String self = page.toUri().toString();
        List<String> problems = new ArrayList<>();
        for (String line : log.lines().toList()) {
            Matcher console = CONSOLE.matcher(line);
            Matcher file = FILE_LOAD.matcher(line);
            Matcher network = NETWORK_LOAD.matcher(line);
            if (console.find()) {
                problems.add("console: " + console.group(1));
            } else if (file.find() && !sameFile(file.group(1), self)) {
                problems.add("loads " + file.group(1));
            } else if (network.find() && !browsersOwn(network.group(1))) {
                problems.add("loads " + network.group(1));
            }
        }
        return problems;
    }

    private static boolean sameFile(String url, String self) {
        return URI.create(url).normalize().equals(URI.create(self).normalize())
                || url.replace("file:///", "file:/").equals(self.replace("file:///", "file:/"));
    }

    private static boolean browsersOwn(String url) {
        try {
            String host = URI.create(url).getHost();
            return host != null && BROWSERS_OWN.matcher(host.toLowerCase(Locale.ROOT)).matches();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String tail(String log) {
        List<String> lines = log.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** Chromium, where {@code KLA_CHROMIUM} says or on the {@code PATH}. */
    static Optional<Path> chromium() {
        String configured = setting("KLA_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            assertTrue(Files.isExecutable(path), () -> "KLA_CHROMIUM is " + configured + ", which is no executable");
            return Optional.of(path);
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : List.of("chromium", "chromium-headless-shell")) {
            for (String directory : path.split(File.pathSeparator)) {
                Path candidate = Path.of(directory.isEmpty() ? "." : directory, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a missing Chromium fails the tests instead of skipping them. */
    static boolean required() {
        return "true".equalsIgnoreCase(setting("KLA_REQUIRE_CHROMIUM"));
    }

    private static String setting(String name) {
        String property = System.getProperty(name);
        return property != null ? property : System.getenv(name);
    }
}
