package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Java snippet of the README compiles as written, with the imports it shows, against kla's artifacts (here,
 * where all of them but kla-jackson3 are on the class path): a newcomer can paste one. A snippet's imports come
 * first; the rest is a test method (it starts with an annotation) or statements, which may use the few names the
 * README's prose gives them: {@code pack}, {@code submission}, {@code batam}, {@code path}, {@code body}.
 */
class ReadmeSnippetsTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Pattern SNIPPET = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    /** A snippet that declares a type (or an annotated method) becomes a member of the class compiled. */
    private static final Pattern TYPE = Pattern.compile("((public|final|static)\\s+)*(class|record|interface|enum)\\s");

    /** The names the prose gives a snippet, with their types, declared unless the snippet declares them. */
    private static final Map<String, String> GIVEN = Map.of(
            "pack", "io.github.layakanak.kla.scoring.pack.RulePack",
            "submission", "io.github.layakanak.kla.model.Submission",
            "batam", "io.github.layakanak.kla.model.Submission",
            "path", "java.nio.file.Path",
            "body", "String");

    static Stream<String> snippets() throws IOException {
        Matcher matcher = SNIPPET.matcher(Files.readString(README));
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        assertTrue(found.size() >= 4, "the README's Java snippets: " + found.size());
        return found.stream();
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("snippets")
    void compilesAsWritten(String snippet) {
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : snippet.split("\n")) {
            (line.startsWith("import ") && body.toString().isBlank() ? imports : body).append(line).append('\n');
        }
        String code = body.toString().strip();
        StringBuilder source = new StringBuilder(imports).append("\nclass Snippet {\n");
        if (code.startsWith("@") || TYPE.matcher(code).lookingAt()) {
            source.append(code).append('\n');
        } else {
            source.append("void run(");
            List<String> parameters = new ArrayList<>();
            GIVEN.forEach((name, type) -> {
                if (!Pattern.compile("\\b[\\w.<>]+\\s+" + name + "\\s*=").matcher(code).find()) {
                    parameters.add(type + " " + name);
                }
            });
            source.append(String.join(", ", parameters)).append(") throws Exception {\n").append(code).append("\n}\n");
        }
        source.append("}\n");
        assertEquals(List.of(), compile(source.toString()), () -> "the snippet does not compile:\n" + source);
    }

    /** Compiles with the JDK's own javac, in a process of its own; returns its errors. */
    private static List<String> compile(String source) {
        String classPath = String.join(File.pathSeparator, Stream.of(System.getProperty("java.class.path", ""),
                System.getProperty("jdk.module.path", "")).filter(p -> !p.isEmpty()).toList());
        try {
            Path dir = Files.createTempDirectory("kla-snippet-");
            Path file = Files.writeString(dir.resolve("Snippet.java"), source);
            Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
            Process process = new ProcessBuilder(javac.toString(), "-proc:none", "-encoding", "UTF-8",
                    "-cp", classPath, "-d", dir.resolve("classes").toString(), file.toString())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return List.of("javac did not end within 120 s");
            }
            if (process.exitValue() == 0) {
                return List.of();
            }
            List<String> errors = output.lines().filter(line -> line.contains("error:")).toList();
            return errors.isEmpty() ? List.of("javac exited " + process.exitValue() + ": " + output) : errors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
