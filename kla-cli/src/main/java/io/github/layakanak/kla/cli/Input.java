package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.testkit.Samples;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One submission to read: a file, or a bundled sample.
 *
 * @param label  how messages name it: the path as given, or {@code sample NAME}
 * @param stem   the name its outputs under {@code --out} start with
 * @param path   the file, for a file
 * @param sample the sample, for a sample
 */
record Input(String label, String stem, Optional<Path> path, Optional<Samples.Sample> sample) {

    static Input file(Path path) {
        String name = path.getFileName().toString();
        String stem = name.regionMatches(true, Math.max(0, name.length() - 5), ".json", 0, 5)
                ? name.substring(0, name.length() - 5) : name;
        return new Input(path.toString(), stem, Optional.of(path), Optional.empty());
    }

    static Input sample(Samples.Sample sample) {
        return new Input("sample " + sample.name(), sample.name(), Optional.empty(), Optional.of(sample));
    }
}
