package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.samples.Samples;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One submission to read: a file, a bundled sample, or standard input ({@code -} on the command line).
 *
 * @param label  how messages name it: the path as given, {@code sample NAME} ({@code contoh NAME}), or {@code stdin}
 * @param stem   the name its outputs under {@code --out} start with ({@code stdin} for standard input)
 * @param path   the file, for a file
 * @param sample the sample, for a sample
 */
record Input(String label, String stem, Optional<Path> path, Optional<Samples.Sample> sample) {

    /** How messages name standard input, and the stem of its outputs. */
    static final String STDIN = "stdin";

    /** Whether a path given on the command line stands for standard input: {@code -} (a file so named is {@code ./-}). */
    static boolean isStandardInput(Path given) {
        return given.toString().equals("-");
    }

    /** Standard input, read once. */
    static Input standardInput() {
        return new Input(STDIN, STDIN, Optional.empty(), Optional.empty());
    }

    /** Whether this is standard input: neither a file nor a sample. */
    boolean fromStandardInput() {
        return path.isEmpty() && sample.isEmpty();
    }

    static Input file(Path path) {
        String name = path.getFileName().toString();
        String stem = name.regionMatches(true, Math.max(0, name.length() - 5), ".json", 0, 5)
                ? name.substring(0, name.length() - 5) : name;
        return new Input(path.toString(), stem, Optional.of(path), Optional.empty());
    }

    /** How a report's CSV names the input: the file's name, or how messages name a sample or standard input. */
    String reportName() {
        return path.map(p -> p.getFileName().toString()).orElse(label);
    }

    /** A sample, named as in English ({@code sample NAME}), as the reports' tests read it. */
    static Input sample(Samples.Sample sample) {
        return sample(sample, Lang.EN);
    }

    /** A sample, named in messages as {@code sample NAME} or {@code contoh NAME}. */
    static Input sample(Samples.Sample sample, Lang lang) {
        return new Input(lang.text("sample.label", sample.name()), sample.name(), Optional.empty(), Optional.of(sample));
    }
}
