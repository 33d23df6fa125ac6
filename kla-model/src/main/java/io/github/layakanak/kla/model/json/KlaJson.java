package io.github.layakanak.kla.model.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.internal.Json;
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
 * <p>The format is documented in {@code docs/json-format.md} and by a JSON Schema (2020-12) shipped as the
 * resource {@link #SUBMISSION_SCHEMA}. Optional fields that are absent are left out when writing; lists and
 * maps that are absent read as empty. Writing is deterministic: the same value gives the same bytes.
 */
public final class KlaJson {

    /** The class-path resource of the JSON Schema (2020-12) of a submission. */
    public static final String SUBMISSION_SCHEMA = "/io/github/layakanak/kla/model/submission.schema.json";

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
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw Json.unknownFieldInstead(json, e).orElseGet(() -> Json.formatProblem(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a submission from a stream, which is left open.
     *
     * @param in the JSON, in UTF-8
     * @return the submission
     * @throws JsonFormatException if the stream does not hold a well-formed submission
     * @throws UncheckedIOException      if the stream cannot be read
     */
    public static Submission readSubmission(InputStream in) {
        requireNonNull(in, "in");
        try {
            return read(in.readAllBytes(), Submission.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
