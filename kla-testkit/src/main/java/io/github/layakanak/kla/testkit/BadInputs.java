package io.github.layakanak.kla.testkit;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bad-input catalogue: more than a hundred submissions that kla must refuse, each with the JSON pointer and
 * the words of the refusal, as data. kla's own tests run every one through the library and the command line; an
 * app can run them through its own endpoint, to see that what it puts in front of kla refuses them too.
 *
 * <p>Each case differs from one valid submission ({@link #validBase()}, a shortened Kota Batam 2022) by one
 * defect: broken JSON and encodings (truncated, trailing text, invalid and overlong UTF-8, UTF-16), documents that
 * are not a submission ({@code null}, {@code []}), wrong types, unknown and misspelled fields, missing fields and
 * explicit nulls, numbers beyond kla's limits (NaN, huge and tiny exponents, 5,000 digits, {@code -0}), limits of
 * size and depth, values out of range, the same indicator twice, unknown and other years' indicators, regions that
 * do not exist or are misnamed, dates outside the round, regulations without legality, a year without a rule
 * pack, and control characters and terminal escapes in strings. A few large cases are generated from a short
 * recipe rather than stored ({@code a-million-answers}, {@code huge-file}).
 *
 * <pre>{@code
 * for (BadInputs.Case bad : BadInputs.all()) {
 *     JsonFormatException e = assertThrows(JsonFormatException.class, () -> KlaJson.readSubmission(bad.open()));
 *     assertEquals(bad.pointer(), e.pointer(), bad.name());
 * }
 * }</pre>
 *
 * <p>The problems are kla's English words; a refusal in Indonesian names the same pointer.
 */
public final class BadInputs {

    private static final String FOLDER = "bad-inputs/";
    private static final List<Case> ALL = load();

    private BadInputs() {
    }

    /**
     * Where a case is refused: by the JSON reader, by the admissibility checks of the scoring engine, or because no
     * rule pack governs its year.
     */
    public enum Refusal {
        /** {@code KlaJson} refuses it with a {@code JsonFormatException}. */
        JSON_FORMAT,
        /** It reads, and {@code ScoringEngine.check} refuses it with a {@code ScoringException}. */
        SCORING,
        /** It reads, and finding its pack throws a {@code RulePackNotFoundException}. */
        NO_RULE_PACK
    }

    /**
     * How a large case is generated: {@code head}, then {@code repeat} {@code times} times joined by
     * {@code separator}, then {@code tail}.
     *
     * @param head      the text before the repetitions
     * @param repeat    the text repeated
     * @param separator the text between two repetitions
     * @param times     how many repetitions
     * @param tail      the text after them
     */
    public record Recipe(String head, String repeat, String separator, int times, String tail) {

        /**
         * Creates a recipe.
         *
         * @param head      the text before the repetitions
         * @param repeat    the text repeated
         * @param separator the text between two repetitions
         * @param times     how many repetitions
         * @param tail      the text after them
         * @throws NullPointerException     if a text is null
         * @throws IllegalArgumentException if {@code times} is negative
         */
        public Recipe {
            requireNonNull(head, "head");
            requireNonNull(repeat, "repeat");
            requireNonNull(separator, "separator");
            requireNonNull(tail, "tail");
            if (times < 0) {
                throw new IllegalArgumentException("times must be 0 or more, but was [" + times + "]");
            }
        }
    }

    /**
     * One bad input and how kla refuses it.
     *
     * @param name      a short name, such as {@code null-document}; the stored file is {@code NAME.json}
     * @param about     what is wrong with it, in a few words
     * @param file      the stored file; empty for a generated case
     * @param generate  the recipe of a generated case; empty for a stored one
     * @param pointer   the JSON pointer the refusal names; empty for the document as a whole
     * @param problem   words the refusal contains (English)
     * @param exception where it is refused: {@code JsonFormatException}, {@code ScoringException} or
     *                  {@code RulePackNotFoundException}
     */
    public record Case(String name, String about, Optional<String> file, Optional<Recipe> generate, String pointer,
            String problem, String exception) {

        /**
         * Creates a case.
         *
         * @param name      its name
         * @param about     what is wrong with it
         * @param file      the stored file, or empty
         * @param generate  the recipe, or empty
         * @param pointer   the pointer of the refusal
         * @param problem   words of the refusal
         * @param exception where it is refused
         * @throws NullPointerException     if a required argument is null
         * @throws IllegalArgumentException unless exactly one of {@code file} and {@code generate} is given, or
         *                                  if the exception is none of the three
         */
        public Case {
            requireNonNull(name, "name");
            requireNonNull(about, "about");
            requireNonNull(pointer, "pointer");
            requireNonNull(problem, "problem");
            requireNonNull(exception, "exception");
            if (file.isPresent() == generate.isPresent()) {
                throw new IllegalArgumentException("case [" + name + "] must have a file or a recipe, not both");
            }
            refusal(exception, name);
        }

        /**
         * Returns where the case is refused.
         *
         * @return the refusal
         */
        public Refusal refusal() {
            return refusal(exception, name);
        }

        /**
         * Returns the bad input's bytes, as a file would hold them.
         *
         * @return a new array
         */
        public byte[] bytes() {
            if (file.isPresent()) {
                return resource(file.get());
            }
            Recipe recipe = generate.orElseThrow();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] repeat = recipe.repeat().getBytes(StandardCharsets.UTF_8);
            byte[] separator = recipe.separator().getBytes(StandardCharsets.UTF_8);
            out.writeBytes(recipe.head().getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < recipe.times(); i++) {
                if (i > 0) {
                    out.writeBytes(separator);
                }
                out.writeBytes(repeat);
            }
            out.writeBytes(recipe.tail().getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }

        /**
         * Returns a stream of the bad input's bytes.
         *
         * @return a new stream
         */
        public InputStream open() {
            return new java.io.ByteArrayInputStream(bytes());
        }

        /**
         * Returns the file name a command-line test writes the case to.
         *
         * @return {@code NAME.json}
         */
        public String fileName() {
            return name + ".json";
        }

        private static Refusal refusal(String exception, String name) {
            return switch (exception) {
                case "JsonFormatException" -> Refusal.JSON_FORMAT;
                case "ScoringException" -> Refusal.SCORING;
                case "RulePackNotFoundException" -> Refusal.NO_RULE_PACK;
                default -> throw new IllegalArgumentException("case [" + name + "] has an unknown exception ["
                        + exception + "]");
            };
        }
    }

    /**
     * Returns every case, in the catalogue's order.
     *
     * @return the cases
     */
    public static List<Case> all() {
        return ALL;
    }

    /**
     * Finds a case by name.
     *
     * @param name the name, such as {@code null-document}
     * @return the case, or empty
     */
    public static Optional<Case> find(String name) {
        requireNonNull(name, "name");
        return ALL.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * Returns the valid submission every case departs from: Kota Batam 2022 with four answers, at the final stage.
     *
     * @return its JSON
     */
    public static String validBase() {
        return new String(resource("valid-base.json"), StandardCharsets.UTF_8);
    }

    /**
     * Checks that a refusal is the one a case expects: its pointer and its words.
     *
     * @param bad     the case
     * @param pointer the pointer of the refusal
     * @param problem the words of the refusal
     * @return whether they match
     */
    public static boolean matches(Case bad, String pointer, String problem) {
        return bad.pointer().equals(pointer) && problem.contains(bad.problem());
    }

    private static List<Case> load() {
        try {
            // A plain reader, not kla's own: the catalogue quotes what that one refuses (a pointer with an escape).
            List<Case> cases = new ArrayList<>();
            for (JsonNode entry : new ObjectMapper().readTree(resource("catalogue.json"))) {
                Optional<Recipe> recipe = Optional.ofNullable(entry.get("generate")).map(g -> new Recipe(
                        g.required("head").asText(), g.required("repeat").asText(), g.required("separator").asText(),
                        g.required("times").asInt(), g.required("tail").asText()));
                cases.add(new Case(entry.required("name").asText(), entry.required("about").asText(),
                        Optional.ofNullable(entry.get("file")).map(JsonNode::asText), recipe,
                        entry.required("pointer").asText(), entry.required("problem").asText(),
                        entry.required("exception").asText()));
            }
            return List.copyOf(cases);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("the bad-input catalogue of kla-testkit cannot be read: " + e.getMessage(),
                    e);
        }
    }

    private static byte[] resource(String file) {
        try (InputStream in = BadInputs.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("kla-testkit is missing its bad input " + FOLDER + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
