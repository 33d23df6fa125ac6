package io.github.layakanak.kla.scoring.spi;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.scoring.RulePackException;
import io.github.layakanak.kla.scoring.internal.JsonInput;
import io.github.layakanak.kla.scoring.internal.PackFormat;
import io.github.layakanak.kla.scoring.pack.Overlay;
import io.github.layakanak.kla.scoring.pack.RubricKind;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.rubric.Rubrics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a rule pack's parameters file, checks it with the linter, and applies overlays such as the ministry's
 * official weight table.
 *
 * <p>A provider loads its pack from a JSON resource beside it:
 *
 * <pre>{@code
 * public final class Kla2022 implements RulePackProvider {
 *     public RulePack rulePack() {
 *         try (InputStream in = Kla2022.class.getResourceAsStream("kla-2022.json")) {
 *             return RulePackLoader.create().load(in, "kla-2022.json");
 *         } catch (IOException e) {
 *             throw new UncheckedIOException(e);
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>and an app holding an official table applies it as data:
 *
 * <pre>{@code
 * RulePack official = RulePackLoader.create()
 *         .applyOverlay(RulePacks.discover().forYear(2022), Path.of("kemenpppa-2022.json"));
 * }</pre>
 *
 * <p>The format of both files is described in {@code docs/rule-pack-format.md}. Reading is strict: an unknown
 * field, a value of the wrong type or a missing required field fails with the field's JSON pointer. The linter
 * then checks that the maxima add up, the rank bands cover the scale without gaps, every rubric covers its
 * whole input and can reach full marks, every rank can be reached, and every number has a provenance; it
 * reports every problem at once, each at its JSON pointer. A pack that loads is consistent.
 *
 * <p>A loader is immutable and thread-safe; {@link #withRubricKind(RubricKind)} returns a new one.
 */
public final class RulePackLoader {

    private static final Pattern KIND_NAME = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    private final Map<String, RubricKind> kinds;

    private RulePackLoader(Map<String, RubricKind> kinds) {
        this.kinds = kinds;
    }

    /**
     * Creates a loader that knows the built-in rubric kinds.
     *
     * @return the loader
     */
    public static RulePackLoader create() {
        Map<String, RubricKind> kinds = new LinkedHashMap<>();
        Rubrics.builtIn().forEach(kind -> kinds.put(kind.name(), kind));
        return new RulePackLoader(Collections.unmodifiableMap(kinds));
    }

    /**
     * Returns a loader that also knows a rubric kind of one's own, which parameters files name by its
     * {@link RubricKind#name()}: {@code {"kind": "HALF_OR_FULL", ..., "provenance": ...}}.
     *
     * @param kind the rubric kind
     * @return a new loader; this one is unchanged
     * @throws NullPointerException     if {@code kind} or its name is null
     * @throws IllegalArgumentException if the name is not upper-case words joined by underscores, or a kind of the
     *                                  same name (a built-in one included) is already known
     */
    public RulePackLoader withRubricKind(RubricKind kind) {
        requireNonNull(kind, "kind");
        String name = requireNonNull(kind.name(), "kind.name()");
        if (!KIND_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a rubric kind's name must be upper-case words joined by underscores, but was [%s]", name));
        }
        if (kinds.containsKey(name)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "rubric kind names must be unique, but [%s] is already known", name));
        }
        Map<String, RubricKind> more = new LinkedHashMap<>(kinds);
        more.put(name, kind);
        return new RulePackLoader(Collections.unmodifiableMap(more));
    }

    /**
     * Reads and lints a pack's parameters from a stream, which is read to its end and left open.
     *
     * @param json   the parameters, in UTF-8
     * @param source what to call the file in messages, such as {@code "kla-2022.json"}
     * @return the pack
     * @throws NullPointerException if an argument is null
     * @throws RulePackException    if the stream cannot be read, the parameters are malformed, or the linter
     *                              finds problems (the exception lists them all)
     */
    public RulePack load(InputStream json, String source) {
        requireNonNull(json, "json");
        requireNonNull(source, "source");
        byte[] bytes = readAll(json, source);
        return PackFormat.read(JsonInput.tree(bytes, source), source, kinds);
    }

    /**
     * Reads and lints a pack's parameters file.
     *
     * @param file the parameters file
     * @return the pack
     * @throws NullPointerException if {@code file} is null
     * @throws RulePackException    if the file cannot be read, is malformed, or the linter finds problems
     */
    public RulePack load(Path file) {
        requireNonNull(file, "file");
        return PackFormat.read(JsonInput.tree(readAll(file), file.toString()), file.toString(), kinds);
    }

    /**
     * Reads and lints a pack's parameters from a resource found through {@code anchor.getResourceAsStream}.
     *
     * <p>A resource in a named module is encapsulated: this method (in module
     * {@code io.github.layakanak.kla.scoring}) can read it only when the anchor's package is opened to that
     * module ({@code opens com.example.pack to io.github.layakanak.kla.scoring;}) or the module is open.
     * Otherwise open the stream in the provider itself and call {@link #load(InputStream, String)}.
     *
     * @param anchor   the class beside which the resource lies
     * @param resource the resource's name, relative to the anchor's package or absolute with a leading
     *                 {@code /}
     * @return the pack
     * @throws NullPointerException if an argument is null
     * @throws RulePackException    if the resource cannot be found or read, is malformed, or the linter finds
     *                              problems
     */
    public RulePack load(Class<?> anchor, String resource) {
        requireNonNull(anchor, "anchor");
        requireNonNull(resource, "resource");
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new RulePackException(resource, String.format(Locale.ROOT, "/: resource [%s] is not found "
                        + "beside class [%s]; if it is in a named module, open the package to "
                        + "io.github.layakanak.kla.scoring or load it with load(InputStream, String)", resource,
                        anchor.getName()), new IOException("resource not found: " + resource));
            }
            return load(in, resource);
        } catch (IOException e) {
            throw new RulePackException(resource, "/: cannot be read: " + e, e);
        }
    }

    /**
     * Reads and lints a pack's parameters from a string.
     *
     * @param json   the parameters
     * @param source what to call them in messages
     * @return the pack
     * @throws NullPointerException if an argument is null
     * @throws RulePackException    if the parameters are malformed or the linter finds problems
     */
    public RulePack parse(String json, String source) {
        requireNonNull(json, "json");
        requireNonNull(source, "source");
        return PackFormat.read(JsonInput.tree(json.getBytes(StandardCharsets.UTF_8), source), source, kinds);
    }

    /**
     * Reads and lints a pack derived from another: the pack of a year that changes rules but not structure (its
     * round and calendar, who verifies, a provenance) is one file that names the pack it derives from and gives
     * only what it changes.
     *
     * <pre>{@code
     * {
     *   "derivedFrom": "kla-2022",
     *   "id": "kla-2023",
     *   "years": [2023],
     *   "name": {"id": "...", "en": "..."},
     *   "round": { ... }
     * }
     * }</pre>
     *
     * <p>Each field the file gives replaces the base pack's whole, as {@link #write(RulePack)} writes it; its
     * {@code provenances} name sources for its own fields. It must give its own {@code id} and {@code years}. The
     * result is a pack of its own, linted as any other, with its own {@link RulePack#sha256()}; changing a number
     * of the base changes it too.
     *
     * @param base   the pack it derives from
     * @param json   the derived pack's file, in UTF-8; read to its end and left open
     * @param source what to call the file in messages
     * @return the derived pack
     * @throws NullPointerException if an argument is null
     * @throws RulePackException    if the file cannot be read, names another base pack, lacks its own id or years,
     *                              or makes a pack with problems (pointers are those of the pack format)
     */
    public RulePack derive(RulePack base, InputStream json, String source) {
        requireNonNull(base, "base");
        requireNonNull(json, "json");
        requireNonNull(source, "source");
        byte[] bytes = readAll(json, source);
        return PackFormat.readDerived(JsonInput.tree(bytes, source), source, kinds, base);
    }

    /**
     * Applies an overlay (such as the ministry's official weight table) to a pack, and lints the result.
     *
     * <p>The overlay sets, as data, any of the total maximum, section maxima, indicator maxima and rubrics, and
     * the rank bands; the numbers it sets take its provenance, unless a rubric it gives has its own. The result
     * carries the overlay's {@link io.github.layakanak.kla.scoring.pack.OverlayStamp stamp} (with the SHA-256 of
     * the overlay's canonical form), and its {@link RulePack#sha256()} is that of its new content, so a scorecard
     * shows which table it was scored under. Rubrics the overlay gives may be of this loader's own kinds. This is
     * {@link RulePack#withOverlay} with the overlay read from a file.
     *
     * @param pack        the pack
     * @param overlayJson the overlay, in UTF-8; read to its end and left open
     * @param source      what to call the overlay in messages
     * @return the overlaid pack
     * @throws NullPointerException if an argument is null
     * @throws RulePackException    if the overlay is malformed, is for another pack, names an indicator or a
     *                              section the pack does not have, or leaves the pack with problems (then the
     *                              pointers are those of the overlaid parts in the pack)
     */
    public RulePack applyOverlay(RulePack pack, InputStream overlayJson, String source) {
        requireNonNull(pack, "pack");
        requireNonNull(overlayJson, "overlayJson");
        requireNonNull(source, "source");
        byte[] bytes = readAll(overlayJson, source);
        return overlay(pack, bytes, source);
    }

    /**
     * Applies an overlay file to a pack, and lints the result; see
     * {@link #applyOverlay(RulePack, InputStream, String)}.
     *
     * @param pack        the pack
     * @param overlayFile the overlay file
     * @return the overlaid pack
     * @throws NullPointerException if an argument is null
     * @throws RulePackException    if the file cannot be read, or as for
     *                              {@link #applyOverlay(RulePack, InputStream, String)}
     */
    public RulePack applyOverlay(RulePack pack, Path overlayFile) {
        requireNonNull(pack, "pack");
        requireNonNull(overlayFile, "overlayFile");
        return overlay(pack, readAll(overlayFile), overlayFile.toString());
    }

    private RulePack overlay(RulePack pack, byte[] json, String source) {
        Overlay overlay = PackFormat.readOverlay(JsonInput.tree(json, source), source, kinds, pack);
        try {
            return pack.withOverlay(overlay);
        } catch (RulePackException e) {
            // What is wrong with the overlay itself is named by its file; what it leaves wrong in the pack, by the pack.
            throw e.pack().equals(overlay.name()) ? new RulePackException(source, e.problems()) : e;
        }
    }

    /**
     * Writes a pack's parameters file, what its {@link RulePack#sha256()} is computed from: every provenance spelled
     * out, numbers as the pack holds them, fields in the order of the format's reference. {@link #parse(String, String)} reads it back into an
     * equal pack (given the same rubric kinds), so a pack built in Java, or overlaid, can be saved as data.
     *
     * @param pack the pack
     * @return the parameters, as indented JSON
     */
    public String write(RulePack pack) {
        return JsonInput.pretty(PackFormat.write(requireNonNull(pack, "pack")));
    }

    /** A stream's bytes, read to its end; a failure to read is the file's problem, named by its source. */
    private static byte[] readAll(InputStream json, String source) {
        try {
            return json.readAllBytes();
        } catch (IOException e) {
            throw new RulePackException(source, "/: cannot be read: " + e, e);
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RulePackException(file.toString(), "/: cannot be read: " + e, e);
        }
    }
}
