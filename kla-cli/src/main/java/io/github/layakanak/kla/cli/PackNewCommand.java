package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.samples.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kla pack new}: writes a standalone Maven project holding the rule pack of a new year, derived from a pack kla
 * has ({@link PackTemplate}). It refuses a bad year, an unknown pack and a directory that is not empty, and writes
 * nothing on failure: the files go to a temporary directory beside the target, which is renamed into place whole.
 */
@Command(name = "new", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
final class PackNewCommand implements Callable<Integer> {

    /** A Maven group id: dot-separated words of letters, digits, hyphens and underscores. */
    private static final Pattern GROUP_ID =
            Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]*(\\.[A-Za-z0-9_][A-Za-z0-9_-]*)*");

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "${bundle:help.label.year:-YEAR}",
            descriptionKey = "help.packNew.year")
    int year;

    @Option(names = "--from", required = true, paramLabel = "${bundle:help.label.pack:-PACK}",
            descriptionKey = "help.packNew.from")
    String from = "";

    @Option(names = "--dir", paramLabel = "${bundle:help.label.dir:-DIR}", descriptionKey = "help.packNew.dir")
    @Nullable Path dir;

    @Option(names = "--group-id", paramLabel = "${bundle:help.label.groupId:-GROUP}", defaultValue = "org.example",
            descriptionKey = "help.packNew.groupId")
    String groupId = "org.example";

    @Option(names = "--package", paramLabel = "${bundle:help.label.package:-PACKAGE}",
            descriptionKey = "help.packNew.package")
    @Nullable String javaPackage;

    @Mixin
    Common common = new Common();

    @Override
    public Integer call() {
        Reporter reporter = new Reporter(spec.commandLine().getErr(), common.verbose);
        Lang lang = common.lang;
        RulePack source;
        Samples.Sample sample;
        PackTemplate.Project project;
        Path target = dir != null ? dir : Path.of("kla-rules-" + year);
        try {
            RulePacks packs = Evaluator.discover(lang);
            source = packs.find(from).orElseThrow(() -> usage(lang.text("usage.noPackId", from,
                    packs.all().stream().map(RulePack::id).collect(Collectors.joining(", ")))));
            checkYear(packs, lang);
            project = new PackTemplate.Project(year, checkGroupId(lang), checkPackage(lang),
                    KlaCommand.Version.properties().getProperty("version", "unknown"));
            sample = Samples.forPack(source.id()).stream().findFirst().orElseThrow(() -> new Failure(Main.USAGE,
                    "kla: " + lang.text("packNew.noSample", source.id())));
            checkTarget(target, lang);
            Map<String, String> files = PackTemplate.files(source, sample, project);
            write(target, files, lang);
            spec.commandLine().getOut().println(lang.text("packNew.wrote", files.size(), target, source.id(),
                    project.packId()));
            spec.commandLine().getOut().flush();
        } catch (Failure failure) {
            reporter.fail(failure);
        }
        return reporter.code();
    }

    private CommandLine.ParameterException usage(String words) {
        return new CommandLine.ParameterException(spec.commandLine(), words);
    }

    /** A year in range, and one no pack kla has governs: an app holding both packs would refuse them. */
    private void checkYear(RulePacks packs, Lang lang) {
        if (year < PackTemplate.FIRST_YEAR || year > PackTemplate.LAST_YEAR) {
            throw usage(lang.text("usage.packNew.yearRange", year, PackTemplate.FIRST_YEAR, PackTemplate.LAST_YEAR));
        }
        packs.findForYear(year).ifPresent(taken -> {
            throw usage(lang.text("usage.packNew.yearTaken", year, taken.id()));
        });
    }

    private String checkGroupId(Lang lang) {
        if (!GROUP_ID.matcher(groupId).matches()) {
            throw usage(lang.text("usage.packNew.groupId", groupId));
        }
        return groupId;
    }

    /** The package, also the module's name: given, or the group id's followed by kla.rules.yYEAR. */
    private String checkPackage(Lang lang) {
        String name = javaPackage != null ? javaPackage : groupId.replace('-', '_') + ".kla.rules.y" + year;
        if (!SourceVersion.isName(name, SourceVersion.RELEASE_17) || name.startsWith("java.")
                || name.startsWith("io.github.layakanak.")) {
            throw usage(lang.text(javaPackage != null ? "usage.packNew.package" : "usage.packNew.packageFromGroup",
                    name));
        }
        return name;
    }

    private static void checkTarget(Path target, Lang lang) throws Failure {
        if (Files.isDirectory(target)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
                if (entries.iterator().hasNext()) {
                    throw new Failure(Main.IO, "kla: " + lang.text("packNew.notEmpty", target));
                }
            } catch (IOException e) {
                throw new Failure(Main.IO, "kla: " + lang.text("packNew.cannotWrite", target,
                        Problems.of(e, lang)), e);
            }
        } else if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new Failure(Main.IO, "kla: " + lang.text("packNew.notDirectory", target));
        }
    }

    /**
     * Writes every file into a new directory beside the target, then moves it into place, replacing the target
     * only if it is an empty directory; on any failure the temporary directory, and the target's parents if this
     * made them, are removed and the target is left as it was.
     */
    private static void write(Path target, Map<String, String> files, Lang lang) throws Failure {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Path made = parent;
        while (made.getParent() != null && !Files.exists(made.getParent())) {
            made = made.getParent();
        }
        if (Files.exists(made)) {
            made = null;
        }
        Path staging = null;
        boolean written = false;
        try {
            Files.createDirectories(parent);
            staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".");
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = staging.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
            if (Files.isDirectory(absolute)) {
                Files.delete(absolute); // empty, as checked; a file that appeared since makes this fail
            }
            Files.move(staging, absolute);
            staging = null;
            written = true;
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            throw new Failure(Main.IO, "kla: " + lang.text("packNew.notEmpty", target), e);
        } catch (IOException e) {
            throw new Failure(Main.IO, "kla: " + lang.text("packNew.cannotWrite", target, Problems.of(e, lang)), e);
        } finally {
            if (staging != null) {
                delete(staging);
            }
            if (!written && made != null) {
                delete(made);
            }
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // Best effort: a temporary directory, hidden by its leading dot, that could not be removed.
        }
    }
}
