package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.layakanak.kla.cli.CommandLineLanguageTest.Result;
import io.github.layakanak.kla.model.internal.Json;
import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.Round;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.spi.RulePackLoader;
import io.github.layakanak.kla.testkit.RulePackContract;
import io.github.layakanak.kla.scoring.spi.RulePackProvider;
import io.github.layakanak.kla.testkit.GoldenCase;
import io.github.layakanak.kla.testkit.GoldenCases;
import io.github.layakanak.kla.samples.Samples;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * {@code kla pack new}, run in this JVM: the files it writes, read as Maven, javac, the loader and the testkit read
 * them, and its refusals. {@code .ci/external-pack} builds the written project with Maven, outside the repository.
 */
class PackNewTest {

    private static final String PROVIDERS = "META-INF/services/io.github.layakanak.kla.scoring.spi.RulePackProvider";
    private static final ObjectMapper MAPPER = Json.newMapper();

    @TempDir
    Path dir;

    @Test
    void writesTheProjectOfAStandaloneRulePack() throws IOException {
        Path project = dir.resolve("kla-rules-2031");
        Result run = run("pack", "new", "--year", "2031", "--from", "kla-2022", "--dir", project.toString(),
                "--lang", "en");
        assertEquals(Main.OK, run.code(), run::toString);
        String main = "src/main/java/org/example/kla/rules/y2031/";
        assertEquals(new TreeSet<>(List.of("pom.xml", "README.md", ".gitignore", "src/main/java/module-info.java",
                main + "package-info.java", main + "Kla2031.java", "src/main/resources/" + PROVIDERS,
                "src/main/resources/org/example/kla/rules/y2031/kla-2031.json",
                "src/test/java/org/example/kla/rules/y2031/Kla2031ContractTest.java",
                "src/test/java/org/example/kla/rules/y2031/GoldenCasesTest.java",
                "src/test/resources/cases/batam-2031.json")), files(project));
        assertEquals("kla: wrote 11 files to " + project + ": the pack kla-2031, derived from kla-2022. Build and "
                + "test it with: cd " + project + " && mvn verify\n", run.out());
        assertEquals("", run.err());
        String everything = String.join("\n", contents(project));
        assertFalse(everything.contains("{{"), "a placeholder is left unfilled");
    }

    @Test
    void thePomImportsTheBomAtTheRunningVersionAndHasNoParentFromKla() throws Exception {
        Path project = written("2031", "kla-2022", "--group-id", "id.go.example");
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(project.resolve("pom.xml").toFile());
        Element root = pom.getDocumentElement();
        String running = KlaCommand.Version.properties().getProperty("version");
        assertAll(
                () -> assertEquals(parentVersion(), running, "the running kla is this build's"),
                () -> assertEquals(List.of(), children(root, "parent")),
                () -> assertEquals("id.go.example", text(root, "groupId")),
                () -> assertEquals("kla-rules-2031", text(root, "artifactId")),
                () -> assertEquals("0.1.0-SNAPSHOT", text(root, "version")),
                () -> assertEquals(running, text(child(root, "properties"), "kla.version")),
                () -> assertEquals("17", text(child(root, "properties"), "maven.compiler.release")));
        Element imported = children(child(child(root, "dependencyManagement"), "dependencies"), "dependency").get(0);
        assertEquals(List.of("io.github.layakanak", "kla-bom", "${kla.version}", "pom", "import"),
                Stream.of("groupId", "artifactId", "version", "type", "scope").map(f -> text(imported, f)).toList());
        List<String> dependencies = children(child(root, "dependencies"), "dependency").stream()
                .map(d -> text(d, "artifactId") + ":" + text(d, "scope") + ":" + text(d, "version")).toList();
        assertEquals(List.of("kla-scoring::", "kla-testkit:test:", "junit-jupiter:test:"), dependencies,
                "versions from the BOM");
        String xml = Files.readString(project.resolve("pom.xml"));
        java.util.Properties versions = KlaCommand.Version.properties();
        for (String plugin : List.of("compiler", "surefire")) {
            String version = versions.getProperty(plugin + "-plugin.version");
            assertTrue(version.matches("\\d+(\\.\\d+)+"), plugin + " " + version);
            assertTrue(xml.contains("<artifactId>maven-" + plugin + "-plugin</artifactId>\n        <version>"
                    + version + "</version>"), plugin);
        }
    }

    @Test
    void theBomAlignsTheJUnitTheParentBuildsTheTestkitWith() throws IOException {
        Matcher parent = Pattern.compile("<junit.version>(.+)</junit.version>").matcher(Files.readString(
                Path.of("../pom.xml")));
        String bomXml = Files.readString(Path.of("../kla-bom/pom.xml"));
        assertTrue(bomXml.contains("<artifactId>junit-bom</artifactId>\n        <version>${junit.version}</version>"),
                "kla-bom imports junit-bom at its junit.version");
        Matcher bom = Pattern.compile("<junit.version>(.+)</junit.version>").matcher(bomXml);
        assertTrue(parent.find() && bom.find(), "junit versions in pom.xml and kla-bom/pom.xml");
        assertEquals(parent.group(1), bom.group(1), "the generated pack's JUnit comes from kla-bom");
    }

    @Test
    void theProviderCompilesAndIsNamedInTheServicesFileAndModuleInfo() throws Exception {
        Path project = written("2031", "kla-2022", "--package", "id.go.example.kla.y2031");
        String provider = "id.go.example.kla.y2031.Kla2031";
        assertEquals(provider + "\n", Files.readString(project.resolve("src/main/resources/" + PROVIDERS)));
        String moduleInfo = Files.readString(project.resolve("src/main/java/module-info.java"));
        assertTrue(moduleInfo.contains("module id.go.example.kla.y2031 {"), moduleInfo);
        assertTrue(moduleInfo.contains("provides io.github.layakanak.kla.scoring.spi.RulePackProvider\n"
                + "            with " + provider + ";"), moduleInfo);
        assertTrue(moduleInfo.contains("opens id.go.example.kla.y2031 to io.github.layakanak.kla.scoring;"));

        // javac as the written pom runs it on the main sources (but on the class path, without module-info).
        Path classes = dir.resolve("classes");
        Path sources = project.resolve("src/main/java/id/go/example/kla/y2031");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int compiled = javac.run(null, diagnostics, diagnostics, "--release", "17", "-Xlint:all", "-Werror",
                "-Xdoclint:all/protected", "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                sources.resolve("Kla2031.java").toString(), sources.resolve("package-info.java").toString());
        assertEquals(0, compiled, diagnostics::toString);
        assertEquals("", diagnostics.toString(StandardCharsets.UTF_8), "javac says nothing");
        copy(project.resolve("src/main/resources"), classes);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            List<RulePackProvider> found = ServiceLoader.load(RulePackProvider.class, loader).stream()
                    .map(ServiceLoader.Provider::get).filter(p -> p.getClass().getName().equals(provider)).toList();
            assertEquals(1, found.size(), "the services file names the provider");
            RulePackProvider.Declaration declared = found.get(0).declaration().orElseThrow();
            RulePack pack = found.get(0).rulePack();
            assertEquals(List.of("kla-2031", List.of(2031)), List.of(declared.id(), declared.years()));
            assertEquals(List.of("kla-2031", List.of(2031)), List.of(pack.id(), pack.years()));
            List<GoldenCase> cases = GoldenCases.load(project.resolve("src/test/resources/cases"));
            cases.forEach(c -> assertEquals(List.of(), c.check(RulePacks.of(pack)), c.name()));
        }
    }

    @ParameterizedTest
    @CsvSource({"kla-2022, 2031", "kla-2024, 2030", "kla-2022, 2010"})
    void theParametersAreTheOldPacksWithTheYearAndCalendarMovedAndTheirProvenanceKept(String from, int year)
            throws IOException {
        Path project = written(String.valueOf(year), from);
        Path file;
        try (Stream<Path> walk = Files.walk(project.resolve("src/main/resources"))) {
            file = walk.filter(p -> p.getFileName().toString().equals("kla-" + year + ".json")).findFirst()
                    .orElseThrow();
        }
        RulePack pack = RulePackLoader.create().load(file); // parses and lints
        RulePack old = RulePacks.discover().get(from);
        int shift = year - old.round().evaluationYear();
        Round round = pack.round();
        assertAll(
                () -> assertEquals("kla-" + year, pack.id()),
                () -> assertEquals(List.of(year), pack.years()),
                () -> assertEquals(List.of(year, old.round().dataYear() + shift, old.round().awardYear() + shift),
                        List.of(round.evaluationYear(), round.dataYear(), round.awardYear())),
                () -> assertEquals(old.round().calendar().stream().map(w -> w.id() + " " + w.from().plusYears(shift)
                        + " " + w.to().plusYears(shift)).toList(), round.calendar().stream()
                        .map(w -> w.id() + " " + w.from() + " " + w.to()).toList()),
                () -> assertEquals(Provenance.Kind.HYPOTHETICAL, round.provenance().kind()),
                () -> assertTrue(round.provenance().english().contains(old.round().provenance().english()),
                        "the moved calendar cites where the old one comes from"),
                () -> assertEquals(old.provenanceCounts(), pack.provenanceCounts(),
                        "every number keeps its provenance, so none is newly OFFICIAL"),
                () -> assertEquals(rules(old), rules(pack),
                        "everything but id, years, name and round is the old pack's"));
        // The pack's own contract test checks its sources too (the moved calendar's once named the command in
        // words the Indonesian check took for English).
        RulePackContract contract = () -> pack;
        contract.everySourceCitesPublicPagesInBothLanguages();
        ObjectNode raw = (ObjectNode) MAPPER.readTree(file.toFile());
        JsonNode named = raw.required("provenances");
        assertTrue(named.size() > 0, "recurring provenances are named");
        named.properties().forEach(entry -> assertTrue(entry.getKey().startsWith(
                entry.getValue().required("kind").asText().toLowerCase(java.util.Locale.ROOT) + "-"), entry::getKey));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kla-2022", "kla-2024"})
    void theGoldenCaseIsTheSampleMovedAndScoresWhatTheSampleScoredUnderTheOldPack(String from) throws IOException {
        Path project = written("2031", from);
        Samples.Sample sample = Samples.forPack(from).get(0);
        List<GoldenCase> cases = GoldenCases.load(project.resolve("src/test/resources/cases"));
        assertEquals(1, cases.size());
        GoldenCase moved = cases.get(0);
        assertEquals(2031, moved.submission().year());
        assertEquals(sample.submission().submittedOn().plusYears(2031 - sample.submission().year()),
                moved.submission().submittedOn());
        JsonNode expected = MAPPER.readTree(moved.expected());
        // The rules are the old pack's and every date moved with the year: the total is the sample's calibrated one.
        assertEquals(0, sample.expectedTotal().compareTo(expected.required("total").decimalValue()),
                expected::toString);
        assertEquals(sample.expectedRank().name(), expected.required("rank").asText());
        assertEquals("kla-2031", expected.required("packId").asText());
        assertTrue(moved.name().contains("synthetic data"), moved.name());
    }

    @Test
    void theGuideShowsTheFilesAsTheCommandWritesThem() throws IOException {
        Matcher m = Pattern.compile("<!-- kla pack new: (\\S+) -->\\n```\\w+\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("../docs/adding-a-rule-pack.md")));
        Path project = written("2031", "kla-2022");
        List<String> shown = new ArrayList<>();
        while (m.find()) {
            shown.add(m.group(1));
            String written = Files.readString(project.resolve(m.group(1)));
            // The guide shows some version of kla; the project names the running one.
            String version = "<kla.version>[^<]*</kla.version>";
            assertEquals(written.replaceAll(version, ""), m.group(2).replaceAll(version, ""), m.group(1));
        }
        assertEquals(List.of("pom.xml", "src/main/java/module-info.java",
                "src/main/java/org/example/kla/rules/y2031/Kla2031.java", "src/main/resources/" + PROVIDERS,
                "src/test/java/org/example/kla/rules/y2031/Kla2031ContractTest.java",
                "src/test/java/org/example/kla/rules/y2031/GoldenCasesTest.java"), shown);
    }

    @Test
    void refusesADirectoryThatIsNotEmptyAndLeavesItAsItWas() throws IOException {
        Path project = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(project.resolve("notes.txt"), "mine");
        for (String lang : List.of("id", "en")) {
            Result run = run("pack", "new", "--year", "2031", "--from", "kla-2022", "--dir", project.toString(),
                    "--lang", lang);
            assertEquals(Main.IO, run.code(), run::toString);
            assertEquals(lang.equals("en")
                    ? "kla: " + project + " exists and is not empty; kla pack new writes only into a new or empty "
                            + "directory: choose another --dir\n"
                    : "kla: " + project + " sudah ada dan tidak kosong; kla pack new hanya menulis ke direktori baru "
                            + "atau kosong: pilih --dir lain\n", run.err());
        }
        assertEquals(Set.of("notes.txt"), files(project));
        assertEquals(Set.of("taken/notes.txt"), files(dir), "no temporary directory is left beside it");
    }

    @Test
    void makesTheMissingParentsOfTheDirectoryAndRefusesAParentThatIsAFile() throws IOException {
        Path nested = dir.resolve("a/b/kla-rules-2031");
        assertEquals(Main.OK, run("pack", "new", "--year", "2031", "--from", "kla-2022", "--dir", nested.toString())
                .code());
        assertTrue(Files.isRegularFile(nested.resolve("pom.xml")));
        Path file = Files.writeString(dir.resolve("plain"), "a file");
        Result run = run("pack", "new", "--year", "2031", "--from", "kla-2022", "--dir",
                file.resolve("x/kla-rules-2031").toString(), "--lang", "en");
        assertEquals(Main.IO, run.code(), run::toString);
        assertTrue(run.err().startsWith("kla: cannot write " + file.resolve("x/kla-rules-2031") + ": "), run::toString);
        assertTrue(run.err().strip().endsWith("; nothing was written"), run::toString);
        assertFalse(run.err().contains("Exception"), run::toString);
        assertEquals("a file", Files.readString(file));
    }

    @Test
    void writesIntoAnEmptyDirectory() throws IOException {
        Path project = Files.createDirectories(dir.resolve("empty"));
        assertEquals(Main.OK, run("pack", "new", "--year", "2031", "--from", "kla-2022", "--dir", project.toString())
                .code());
        assertTrue(Files.isRegularFile(project.resolve("pom.xml")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--year 2031 --from kla-1999 | kla: no rule pack [kla-1999]; the packs kla has: kla-2011, kla-2022, kla-2023, kla-2024"
            + " | kla: paket aturan [kla-1999] tidak ada; paket yang dimiliki kla: kla-2011, kla-2022, kla-2023, kla-2024",
        "--year 2022 --from kla-2022 | kla: invalid value for --year: [2022] is governed by kla's pack kla-2022"
            + " already, and an app holding both packs would refuse them; choose another year"
            + " | kla: nilai --year tidak sah: [2022] sudah diatur paket kla kla-2022, dan aplikasi yang memuat kedua"
            + " paket akan menolaknya; pilih tahun lain",
        "--year 1999 --from kla-2022 | kla: invalid value for --year: [1999]; expected a year from 2006 to 2100"
            + " | kla: nilai --year tidak sah: [1999]; yang diharapkan tahun dari 2006 sampai 2100",
        "--year twenty --from kla-2022 | kla: invalid value for --year: [twenty] is not a whole number"
            + " | kla: nilai tidak sah untuk --year: [twenty] bukan bilangan bulat",
        "--year 2031 --from kla-2022 --package Id.class.y2031 | kla: invalid value for --package: [Id.class.y2031];"
            + " expected a Java package name outside java.* and io.github.layakanak.*, such as id.go.example.kla.y2031"
            + " | kla: nilai --package tidak sah: [Id.class.y2031]; yang diharapkan nama paket Java di luar java.* dan"
            + " io.github.layakanak.*, misalnya id.go.example.kla.y2031",
        "--year 2031 --from kla-2022 --group-id 9.x | kla: the group id does not make a Java package name"
            + " ([9.x.kla.rules.y2031]); give --package, such as id.go.example.kla.y2031"
            + " | kla: group id tidak menghasilkan nama paket Java ([9.x.kla.rules.y2031]); berikan --package,"
            + " misalnya id.go.example.kla.y2031",
        "--year 2031 --from kla-2022 --group-id a..b | kla: invalid value for --group-id: [a..b]; expected words of"
            + " letters, digits, - and _ joined by dots, such as id.go.example"
            + " | kla: nilai --group-id tidak sah: [a..b]; yang diharapkan kata-kata dari huruf, angka, - dan _ yang"
            + " digabung dengan titik, misalnya id.go.example"})
    void refusesBadUseInBothLanguagesWithoutWritingAnything(String options, String english, String indonesian) {
        Path project = dir.resolve("new");
        for (String lang : List.of("en", "id")) {
            List<String> args = new ArrayList<>(List.of("pack", "new", "--dir", project.toString(), "--lang", lang));
            args.addAll(List.of(options.split(" ")));
            Result run = run(args.toArray(String[]::new));
            assertEquals(Main.USAGE, run.code(), run::toString);
            assertEquals(List.of(lang.equals("en") ? english : indonesian, lang.equals("en")
                    ? "Try 'kla pack new --help' for more information."
                    : "Lihat 'kla pack new --help' untuk keterangan lebih lanjut."), run.err().lines().toList());
            assertEquals("", run.out());
        }
        assertFalse(Files.exists(project));
        assertEquals(Set.of(), files(dir));
    }

    @Test
    void hasHelpInBothLanguagesAndPackAloneAsksForItsSubcommand() {
        Result english = run("pack", "new", "--help", "--lang", "en");
        Result indonesian = run("pack", "new", "--help");
        assertEquals(Main.OK, english.code());
        assertTrue(english.out().startsWith("Writes a Maven project holding the rule pack of a new year."),
                english.out());
        assertTrue(english.out().contains("Usage: kla pack new "), english.out());
        assertTrue(english.out().contains("--year=YEAR"), english.out());
        assertTrue(indonesian.out().startsWith("Menulis proyek Maven yang memuat paket aturan untuk tahun baru."),
                indonesian.out());
        assertTrue(indonesian.out().contains("--year=TAHUN"), indonesian.out());
        assertNotEquals(english.out(), indonesian.out());
        Result alone = run("pack", "--lang", "en");
        assertEquals(Main.USAGE, alone.code());
        assertEquals("kla: give a command: new", alone.err().lines().findFirst().orElseThrow());
        assertTrue(run("--help", "--lang", "en").out().contains("\n  pack "), "kla's help lists pack");
    }

    /** Runs {@code kla pack new} into a new directory under {@link #dir} and returns it. */
    private Path written(String year, String from, String... more) {
        Path project = dir.resolve("p-" + from + "-" + year + "-" + more.length);
        List<String> args = new ArrayList<>(List.of("pack", "new", "--year", year, "--from", from, "--dir",
                project.toString()));
        args.addAll(List.of(more));
        Result run = run(args.toArray(String[]::new));
        assertEquals(Main.OK, run.code(), run::toString);
        return project;
    }

    /** Everything of a pack's written parameters but what {@code kla pack new} changes. */
    private static JsonNode rules(RulePack pack) throws IOException {
        ObjectNode written = (ObjectNode) MAPPER.readTree(RulePackLoader.create().write(pack));
        written.remove(List.of("id", "years", "name", "round"));
        return written;
    }

    private static String parentVersion() throws IOException {
        Matcher m = Pattern.compile("(?m)^  <version>(.+)</version>").matcher(Files.readString(Path.of("../pom.xml")));
        assertTrue(m.find());
        return m.group(1);
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), name);
        return found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE && nodes.item(i).getNodeName().equals(name)) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? "" : found.get(0).getTextContent().strip();
    }

    private static Set<String> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()
                    .replace(File.separatorChar, '/')).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> contents(Path root) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String file : files(root)) {
            texts.add(Files.readString(root.resolve(file)));
        }
        return texts;
    }

    private static void copy(Path from, Path to) throws IOException {
        for (String file : files(from)) {
            Path target = to.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(from.resolve(file), target);
        }
    }

    private static Result run(String... args) {
        return CommandLineLanguageTest.run(args);
    }
}
