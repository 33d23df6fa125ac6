package io.github.layakanak.kla.scoring.spi;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.scoring.RulePackException;
import io.github.layakanak.kla.scoring.internal.RulePackReader;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

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
 * <p>A loader is immutable and thread-safe; {@link #withCustomRubric(CustomRubric)} returns a new one.
 */
public final class RulePackLoader {

    private final Map<String, CustomRubric> customs;

    private RulePackLoader(Map<String, CustomRubric> customs) {
        this.customs = customs;
    }

    /**
     * Creates a loader that knows only the built-in rubric kinds.
     *
     * @return the loader
     */
    public static RulePackLoader create() {
        return new RulePackLoader(Map.of());
    }

    /**
     * Returns a loader that also knows a custom rubric, which parameters files name as
     * {@code {"kind": "CUSTOM", "name": "...", "parameters": {...}, "provenance": ...}}.
     *
     * @param rubric the custom rubric
     * @return a new loader; this one is unchanged
     * @throws NullPointerException     if {@code rubric} or its name is null
     * @throws IllegalArgumentException if a custom rubric of the same name is already registered
     */
    public RulePackLoader withCustomRubric(CustomRubric rubric) {
        requireNonNull(rubric, "rubric");
        String name = requireNonNull(rubric.name(), "rubric.name()");
        if (customs.containsKey(name)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "custom rubric names must be unique, but [%s] is already registered", name));
        }
        Map<String, CustomRubric> more = new TreeMap<>(customs);
        more.put(name, rubric);
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
        byte[] bytes;
        try {
            bytes = json.readAllBytes();
        } catch (IOException e) {
            throw new RulePackException(source, "/: cannot be read: " + e, e);
        }
        return RulePackReader.read(bytes, source, customs);
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
        return RulePackReader.read(readAll(file), file.toString(), customs);
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
        return RulePackReader.read(json.getBytes(StandardCharsets.UTF_8), source, customs);
    }

    /**
     * Applies an overlay (such as the ministry's official weight table) to a pack, and lints the result.
     *
     * <p>The overlay sets, as data, any of the total maximum, section maxima, indicator maxima and rubrics, and
     * the rank bands; the numbers it sets take its provenance, unless a rubric it gives has its own. The result
     * carries the overlay's {@link io.github.layakanak.kla.scoring.pack.OverlayStamp stamp}, and its
     * {@link RulePack#sha256()} is {@code sha256Of(packSha + ";overlay:" + overlaySha)}, so a scorecard shows
     * which table it was scored under. Rubrics the overlay gives may name this loader's custom rubrics.
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
        byte[] bytes;
        try {
            bytes = overlayJson.readAllBytes();
        } catch (IOException e) {
            throw new RulePackException(source, "/: cannot be read: " + e, e);
        }
        return RulePackReader.overlay(pack, bytes, source, customs);
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
        return RulePackReader.overlay(pack, readAll(overlayFile), overlayFile.toString(), customs);
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RulePackException(file.toString(), "/: cannot be read: " + e, e);
        }
    }
}
