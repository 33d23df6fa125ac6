package io.github.layakanak.kla.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The directory {@code --out} names, where each file is written atomically: into a temporary file in the same
 * directory, then renamed over the target, so that a reader never sees half a report and a failed write leaves
 * the old file whole. Before anything is written, every target is checked: none may be an input, none may be
 * written twice, and none may exist unless {@code --force} is given. What is written is safe to print on a
 * terminal ({@link Terminal#safe}).
 */
final class OutputDir {

    /** One file to write: its name in the directory, and the input it comes from. */
    record Target(String label, String name) {
    }

    private final Path directory;

    private OutputDir(Path directory) {
        this.directory = directory;
    }

    /**
     * Creates the directory if needed and checks the files that will be written in it.
     *
     * @param given     the directory, as the user gave it
     * @param force     whether existing files may be replaced
     * @param targets   the files to write
     * @param inputs    the input files, which are never written
     * @param lang      the language of the problems
     * @throws Failure one line per target that cannot be written, before anything is
     */
    static OutputDir prepare(Path given, boolean force, List<Target> targets, Set<Path> inputs, Lang lang)
            throws Failure {
        // a/../b is b, as the user means it, even when a does not exist (which the file system would refuse).
        Path normal = given.normalize();
        Path directory = normal.toString().isEmpty() ? Path.of(".") : normal;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new Failure(Main.IO, lang.text("output.cannotCreate", directory, Problems.of(e, lang)), e);
        }
        Set<Path> protectedFiles = new HashSet<>();
        for (Path input : inputs) {
            protectedFiles.add(canonical(input));
        }
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Target each : targets) {
            String label = each.label();
            String name = each.name();
            Path target = directory.resolve(name);
            String other = seen.putIfAbsent(name, label);
            if (other != null) {
                problems.add(lang.text("output.twice", label, target, other));
            } else if (protectedFiles.contains(canonical(target))) {
                problems.add(lang.text("output.isInput", label, target));
            } else if (Files.exists(target) && !force) {
                problems.add(lang.text("output.exists", label, target));
            }
        }
        if (!problems.isEmpty()) {
            throw new Failure(Main.IO, problems, null);
        }
        return new OutputDir(directory);
    }

    Path directory() {
        return directory;
    }

    /**
     * Writes a file atomically.
     *
     * @param name    the file name
     * @param content the text, written in UTF-8
     * @return the file written
     */
    Path write(String name, String content) throws IOException {
        Path target = directory.resolve(name);
        writeAtomically(target, content);
        return target;
    }

    static void writeAtomically(Path target, String content) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Path temporary = parent.resolve("." + target.getFileName() + "."
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                out.write(Terminal.safe(content).getBytes(StandardCharsets.UTF_8));
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Path canonical(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
