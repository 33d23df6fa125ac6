package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the built jar, target/kla.jar, as a process, the way the launcher ./kla does. */
final class Kla {

    /** The runnable jar; failsafe passes its path. */
    static final Path JAR = Path.of(System.getProperty("kla.jar", "target/kla.jar")).toAbsolutePath();

    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    private Kla() {
    }

    /** What a run printed and how it exited. */
    record Run(List<String> command, int code, String out, String err) {

        /** Asserts the exit code, showing the whole run when it differs. */
        Run exits(int expected) {
            assertEquals(expected, code, () -> "exit code of " + this);
            return this;
        }

        List<String> errLines() {
            return err.lines().toList();
        }

        @Override
        public String toString() {
            return String.join(" ", command) + "\n--- exit " + code + "\n--- stdout:\n" + out + "\n--- stderr:\n"
                    + err;
        }
    }

    /** Runs {@code kla ARGS} in a working directory, with no standard input and no terminal. */
    static Run run(Path workingDirectory, String... args) {
        return withInput(workingDirectory, new byte[0], args);
    }

    /**
     * Runs {@code kla ARGS} in a working directory with these bytes on its standard input, which is closed after
     * them, and no terminal. A process that ends without reading them all (a usage error) is no failure here.
     */
    static Run withInput(Path workingDirectory, byte[] stdin, String... args) {
        assertTrue(Files.isRegularFile(JAR), () -> JAR + " is missing: run the tests with ./mvnw verify");
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("kla-it-", ".out");
            Path err = Files.createTempFile("kla-it-", ".err");
            try {
                Process process = new ProcessBuilder(command)
                        .directory(workingDirectory.toFile())
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
                try (OutputStream in = process.getOutputStream()) {
                    in.write(stdin);
                } catch (IOException e) {
                    // The process ended without reading all of its standard input; its exit code and output tell.
                }
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    fail("kla " + String.join(" ", args) + " did not end within 120 s");
                }
                return new Run(List.of(args), process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
