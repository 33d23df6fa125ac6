package io.github.layakanak.kla.model.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.internal.EveryProblem;
import io.github.layakanak.kla.model.internal.Json;
import io.github.layakanak.kla.model.internal.JsonWords;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes kla's values as JSON, strictly: a field the model does not know is an error, never dropped.
 *
 * <pre>{@code
 * Submission submission = KlaJson.readSubmission(Files.newInputStream(path));
 * String json = KlaJson.write(submission);
 * }</pre>
 *
 * <p>Reading is strict and bounded: the document must be UTF-8 (a byte-order mark is allowed), at most
 * {@link #MAX_DOCUMENT_BYTES} long and {@link #MAX_DEPTH} deep; strings hold no control characters and at most
 * {@link #MAX_STRING_LENGTH} characters; numbers are numbers, not strings, within {@link #MAX_INTEGER_DIGITS}
 * and {@link #MAX_DECIMALS}, and a whole number may be written as a decimal ({@code 10.0}, as PHP writes a float)
 * where one is expected; an explicit {@code null} is refused everywhere (leave the field out). There is no
 * polymorphic typing but the {@code kind} of an indicator value, which names one of kla's own value types.
 * Every refusal is a {@link JsonFormatException} naming the JSON pointer and what was expected, and reading
 * takes time linear in the document's size. A refusal lists every problem the reader can find (at most
 * {@link #MAX_PROBLEMS}), in the document's order: wrong values, unknown, duplicate and missing fields in any
 * part; broken JSON ends the search (it is the last problem listed), and a limit ends the reading at once.
 *
 * <p>The format is documented in {@code docs/json-format.md} and by a JSON Schema (2020-12) shipped as the
 * resource {@link #SUBMISSION_SCHEMA}; what kla writes as a scorecard, by the one shipped as
 * {@link #SCORECARD_SCHEMA}. Optional fields that are absent are left out when writing; lists and
 * maps that are absent read as empty. Writing is deterministic: the same value gives the same bytes.
 */
public final class KlaJson {

    /** The class-path resource of the JSON Schema (2020-12) of a submission. */
    public static final String SUBMISSION_SCHEMA = "/io/github/layakanak/kla/model/submission.schema.json";

    /**
     * The class-path resource of the JSON Schema (2020-12) of a scorecard as {@link #write(Object)} writes one:
     * strict (no field it does not name), for an app in another language that reads kla's scorecards.
     */
    public static final String SCORECARD_SCHEMA = "/io/github/layakanak/kla/model/scorecard.schema.json";

    /** The largest document kla reads, in bytes (8 MiB); a 2024-cycle submission with every question is about 0.2 MiB. */
    public static final int MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

    /** How deep objects and arrays may nest; a submission needs 8, a composite value in a composite 2 more. */
    public static final int MAX_DEPTH = 32;

    /** The longest string, in characters, such as a document's title or a verifier's reason. */
    public static final int MAX_STRING_LENGTH = 10_000;

    /** The longest field name or map key, in characters. */
    public static final int MAX_NAME_LENGTH = 200;

    /** The most digits a number may have before or after its decimal point, as written. */
    public static final int MAX_NUMBER_LENGTH = 32;

    /** The most digits of a number's value before the decimal point: points and percentages need 4. */
    public static final int MAX_INTEGER_DIGITS = 15;

    /** The most decimal places of a number, as written ({@code 97.40} has 2). */
    public static final int MAX_DECIMALS = 10;

    /**
     * The most problems a refusal lists ({@link JsonFormatException#problems()}): a hand-edited file has a few, and
     * a hostile one stays cheap to refuse.
     */
    public static final int MAX_PROBLEMS = 100;

    private static final ObjectMapper MAPPER = Json.newMapper();

    private KlaJson() {
    }

    /**
     * Reads a submission.
     *
     * @param json the JSON text
     * @return the submission, which may still be inadmissible: check it with
     *         {@link io.github.layakanak.kla.model.validation.SubmissionValidator}
     * @throws JsonFormatException if the text is not a well-formed submission
     */
    public static Submission readSubmission(String json) {
        return read(json, Submission.class);
    }

    /**
     * Reads any kla value, as strictly as a submission.
     *
     * @param json the JSON text
     * @param type the value's type, such as {@code Evidence.class}
     * @param <T>  the value's type
     * @return the value
     * @throws JsonFormatException if the text is not a well-formed value of the type
     */
    public static <T> T read(String json, Class<T> type) {
        requireNonNull(json, "json");
        requireNonNull(type, "type");
        return read(json.getBytes(StandardCharsets.UTF_8), type);
    }

    private static <T> T read(byte[] json, Class<T> type) {
        if (json.length > MAX_DOCUMENT_BYTES) {
            throw tooLarge();
        }
        Json.checkUtf8(json);
        JsonFormatException first;
        try {
            Json.refuseNulls(MAPPER.getFactory(), json, type);
            T value = MAPPER.readValue(json, type);
            if (value == null) {
                throw new JsonFormatException("", JsonWords.of("json.null.document", Json.expectedWords(type)));
            }
            return value;
        } catch (JsonFormatException e) {
            first = e;
        } catch (JsonProcessingException e) {
            if (Json.isLimit(e)) {
                // A limit ends the reading at once, as a document's size does: nothing more is looked for.
                throw Json.formatProblem(e, json, MAPPER.getFactory());
            }
            first = Json.unknownFieldInstead(json, e).orElseGet(() -> Json.formatProblem(e, json, MAPPER.getFactory()));
        } catch (IOException e) {
            // Bytes in memory cannot fail to be read; what fails is decoding them (the encoding checks above
            // leave Jackson nothing to guess, but should one slip through, it is still the input's fault).
            throw new JsonFormatException("", JsonWords.of("json.decode", String.valueOf(e.getMessage())), e);
        }
        // Only a refused document is read again, to find every problem it has, not only the first. Should that
        // search itself fail, the document is still refused, with the problem reading stopped at.
        JsonFormatException every;
        try {
            every = EveryProblem.find(MAPPER, json, type, first);
        } catch (RuntimeException | StackOverflowError searchFailed) {
            every = first;
        }
        throw every;
    }

    /**
     * Reads a submission from a stream, which is left open.
     *
     * @param in the JSON, in UTF-8
     * @return the submission
     * @throws JsonFormatException if the stream does not hold a well-formed submission, or holds more than
     *         {@link #MAX_DOCUMENT_BYTES} (only that many and one more are read)
     * @throws UncheckedIOException      if the stream cannot be read
     */
    public static Submission readSubmission(InputStream in) {
        requireNonNull(in, "in");
        byte[] json;
        try {
            json = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(json, Submission.class);
    }

    static JsonFormatException tooLarge() {
        return new JsonFormatException("", JsonWords.of("json.limit.document", String.valueOf(MAX_DOCUMENT_BYTES)));
    }

    /**
     * Writes any kla value as indented JSON, the same bytes for the same value.
     *
     * @param value the value
     * @return the JSON text, ending with a line break
     */
    public static String write(Object value) {
        requireNonNull(value, "value");
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("kla value could not be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

}
