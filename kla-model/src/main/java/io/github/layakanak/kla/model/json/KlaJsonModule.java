package io.github.layakanak.kla.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.ser.Serializers;
import io.github.layakanak.kla.model.internal.Json;
import io.github.layakanak.kla.model.internal.LoneSurrogates;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Makes an app's own Jackson 2 {@code ObjectMapper} (Spring Boot's, for one) read and write kla's types exactly as
 * {@link KlaJson} does, whatever the mapper's own settings: unknown and duplicate fields refused, no coercion
 * ({@code "93.2"} is not a number), optional lists optional, kla's limits, the same refusals at the same JSON
 * pointers, and the same output.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new KlaJsonModule()).build();
 * Submission submission = mapper.readValue(body, Submission.class);
 * // Spring Boot: a @Bean of type com.fasterxml.jackson.databind.Module is added to Boot's own mapper
 * }</pre>
 *
 * <p>A value of a kla type ({@code io.github.layakanak.kla.*}: a submission, an answer, a scorecard, a rank) is
 * handed to {@link KlaJson} whole: reading copies the value's tokens as they are (numbers by their text, fields
 * in their order, duplicates too) and reads them with kla's reader; writing writes kla's JSON into the app's
 * generator. A refusal is a {@link KlaJsonMappingException}, a Jackson {@code JsonMappingException} (so a web
 * framework answers 400), whose {@link KlaJsonMappingException#problem()} is kla's {@link JsonFormatException}
 * with its pointer and its words in both languages. Pointers start at the kla value: at the request body's root
 * when the body is the submission. What the app's parser itself allows before kla sees the value (comments, when
 * the app enables them) is the app's choice, and so is a field of the app's own type that is left out (it stays
 * null for the app's constraints to judge; an explicit {@code null} is refused); the words name no line and column, which would be those of kla's copy
 * of the value; the pointer places a problem in the app's input.
 */
public final class KlaJsonModule extends Module {

    /** The packages of kla's types: the model's and the engine's (scorecards, plans, pack diffs). */
    private static final List<String> KLA = List.of("io.github.layakanak.kla.model.", "io.github.layakanak.kla.scoring.");
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** Creates the module; it holds no state, and one instance may serve many mappers. */
    public KlaJsonModule() {
    }

    @Override
    public String getModuleName() {
        return "kla";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addDeserializers(new Deserializers.Base() {
            @Override
            public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                    BeanDescription description) {
                return isKla(type.getRawClass()) ? new Reading(type.getRawClass()) : null;
            }

            @Override
            public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                    BeanDescription description) {
                return isKla(type) ? new Reading(type) : null;
            }
        });
        context.addSerializers(new Serializers.Base() {
            @Override
            public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type,
                    BeanDescription description) {
                return isKla(type.getRawClass()) ? WRITING : null;
            }
        });
    }

    private static boolean isKla(Class<?> type) {
        String name = type.getName();
        return KLA.stream().anyMatch(name::startsWith);
    }

    private static final JsonSerializer<Object> WRITING = new JsonSerializer<>() {
        @Override
        public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            try (JsonParser parser = FACTORY.createParser(KlaJson.write(value))) {
                parser.nextToken();
                copy(parser, generator, Long.MAX_VALUE);
            }
        }
    };

    /** Reads one kla type by copying the value's tokens and reading them with kla's reader. */
    private static final class Reading extends JsonDeserializer<Object> {

        private final Class<?> type;

        Reading(Class<?> type) {
            this.type = type;
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            StringWriter text = new StringWriter();
            try (JsonGenerator copy = FACTORY.createGenerator(text)) {
                if (!copy(parser, copy, KlaJson.MAX_DOCUMENT_BYTES)) {
                    throw new KlaJsonMappingException(parser, KlaJson.tooLarge());
                }
            }
            try {
                return Json.readingACopy(() -> KlaJson.read(text.toString(), type));
            } catch (JsonFormatException e) {
                throw new KlaJsonMappingException(parser, e);
            }
        }

        @Override
        public @Nullable Object getAbsentValue(DeserializationContext context) {
            // A field of the app's own type that holds a kla value and is left out stays null: the app's own
            // constraints (@NotNull) decide; only an explicit null is kla's to refuse.
            return null;
        }

        @Override
        public Object getNullValue(DeserializationContext context) throws JsonMappingException {
            // As KlaJson: a null where a kla value belongs is refused, not read as absent.
            try {
                return KlaJson.read("null", type);
            } catch (JsonFormatException e) {
                throw new KlaJsonMappingException(context.getParser(), e);
            }
        }
    }

    /**
     * Copies the value the parser stands on, numbers by their text (so {@code 97.40} stays {@code 97.40}), and
     * leaves the parser on its last token. Stops, returning false, once more than {@code limit} characters are
     * written, when the generator writes into a {@link StringWriter}.
     */
    private static boolean copy(JsonParser parser, JsonGenerator generator, long limit) throws IOException {
        int depth = 0;
        long tokens = 0;
        if (parser.currentToken() == JsonToken.FIELD_NAME) {
            // Called inside the object, after its START_OBJECT (as Jackson does for some callers): open it here.
            generator.writeStartObject();
            depth = 1;
        }
        do {
            JsonToken token = parser.currentToken();
            if (token == null) {
                return true;
            }
            switch (token) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> generator.writeNumber(parser.getText());
                case VALUE_STRING -> string(parser.getText(), generator);
                default -> generator.copyCurrentEvent(parser);
            }
            if (token.isStructStart()) {
                depth++;
            } else if (token.isStructEnd()) {
                depth--;
            }
            if ((++tokens & 0x3ff) == 0 && written(generator) > limit) {
                return false;
            }
            if (depth == 0 && token != JsonToken.FIELD_NAME) {
                return written(generator) <= limit;
            }
        } while (parser.nextToken() != null);
        return true;
    }

    /** Writes a string; one holding half a surrogate pair with that half escaped (see {@link LoneSurrogates}). */
    private static void string(String text, JsonGenerator generator) throws IOException {
        String escaped = LoneSurrogates.quotedWhenLone(text);
        if (escaped == null) {
            generator.writeString(text);
        } else {
            generator.writeRawValue(escaped);
        }
    }

    private static long written(JsonGenerator generator) throws IOException {
        generator.flush();
        return generator.getOutputTarget() instanceof StringWriter writer ? writer.getBuffer().length() : 0;
    }
}
