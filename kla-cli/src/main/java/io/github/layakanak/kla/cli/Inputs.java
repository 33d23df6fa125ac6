package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.samples.Samples;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The submissions a command reads: the files named, the {@code *.json} files directly in the directories named,
 * in name order, standard input for {@code -} (once at most), and a bundled sample. A path that does not exist and a directory without submissions are
 * reported as failures; the rest go on.
 *
 * @param all   the inputs, the sample first
 * @param batch whether more than one submission may come out: more than one path or sample, or a directory
 */
record Inputs(List<Input> all, boolean batch) {

    /** Scorecards that {@code score --format json --out} wrote into a directory are not submissions. */
    private static final String SCORECARD = Format.JSON.fileName("");

    static Inputs collect(List<Path> paths, @Nullable String sampleName, Reporter reporter, Lang lang) throws Failure {
        List<Input> inputs = new ArrayList<>();
        boolean directory = false;
        if (sampleName != null) {
            inputs.add(Input.sample(sample(sampleName, lang), lang));
        }
        boolean standardInput = false;
        for (Path path : paths) {
            if (Input.isStandardInput(path)) {
                if (standardInput) {
                    throw new Failure(Main.USAGE, "kla: " + lang.text("usage.stdinTwice"));
                }
                standardInput = true;
                inputs.add(Input.standardInput());
            } else if (Files.isDirectory(path)) {
                directory = true;
                try {
                    List<Input> found = submissionsIn(path);
                    if (found.isEmpty()) {
                        reporter.fail(new Failure(Main.INVALID_INPUT, lang.text("output.noSubmissions", path)));
                    }
                    inputs.addAll(found);
                } catch (IOException e) {
                    reporter.fail(new Failure(Main.IO, lang.text("output.cannotList", path, Problems.of(e, lang)), e));
                }
            } else if (!Files.exists(path)) {
                reporter.fail(new Failure(Main.IO, lang.text("output.cannotRead", path,
                        lang.text("output.problem.noSuchFile"))));
            } else {
                inputs.add(Input.file(path));
            }
        }
        return new Inputs(inputs, inputs.size() + reporter.failures() > 1 || directory);
    }

    static Samples.Sample sample(String name, Lang lang) throws Failure {
        Optional<Samples.Sample> sample = Samples.find(name);
        if (sample.isEmpty()) {
            throw new Failure(Main.USAGE, "kla: " + lang.text("usage.noSample", name, Samples.all().stream()
                    .map(Samples.Sample::name).collect(java.util.stream.Collectors.joining(", "))));
        }
        return sample.get();
    }

    private static List<Input> submissionsIn(Path directory) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            for (Path file : stream) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".json") && !name.endsWith(SCORECARD) && Files.isRegularFile(file)) {
                    files.add(file);
                }
            }
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return files.stream().map(Input::file).toList();
    }
}
