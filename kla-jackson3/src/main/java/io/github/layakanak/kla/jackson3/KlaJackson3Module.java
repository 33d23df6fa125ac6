package io.github.layakanak.kla.jackson3;

import io.github.layakanak.kla.model.internal.Json;
import io.github.layakanak.kla.model.internal.LoneSurrogates;
import io.github.layakanak.kla.model.json.JsonFormatException;
import io.github.layakanak.kla.model.json.KlaJson;
import java.io.StringWriter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.Version;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.ser.Serializers;

/**
 * Makes an app's own Jackson 3 mapper (Spring Boot 4's {@code JsonMapper}) read and write kla's types exactly as
 * {@link KlaJson} does, whatever the mapper's own settings: unknown and duplicate fields refused, no coercion
 * ({@code "93.2"} is not a number), optional lists optional, kla's limits, the same refusals at the same JSON
 * pointers, and the same output. It is the Jackson 3 twin of kla-model's {@code KlaJsonModule} for Jackson 2.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new KlaJackson3Module()).build();
 * Submission submission = mapper.readValue(body, Submission.class);
 * // Spring Boot 4: a @Bean of type tools.jackson.databind.JacksonModule is added to Boot's own mapper
 * }</pre>
 *
 * <p>A value of a kla type (a submission, an answer, a scorecard, a rank) is handed to {@link KlaJson} whole:
 * reading copies the value's tokens as they are (numbers by their text, fields in their order, duplicates too) and
 * reads them with kla's reader; writing writes kla's JSON into the app's generator. A refusal is a
 * {@link KlaDatabindException}, a Jackson {@code DatabindException} (so a web framework answers 400), whose
 * {@link KlaDatabindException#problem()} is kla's {@link JsonFormatException}. Pointers start at the kla value.
 * What the app's parser decides before kla sees a value (the bytes' encoding, the request's size, what follows
 * the value) stays the app's; the words name no line and column, which would be those of kla's copy of the value.
 *
 * <p>kla reads JSON with Jackson 2 inside; an app on Jackson 3 carries both, each in its own packages.
 */
public final class KlaJackson3Module extends JacksonModule {

    /** The packages of kla's types: the model's and the engine's (scorecards, plans, pack diffs). */
    private static final List<String> KLA = List.of("io.github.layakanak.kla.model.", "io.github.layakanak.kla.scoring.");
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** Creates the module; it holds no state, and one instance may serve many mappers. */
    public KlaJackson3Module() {
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
            public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                    BeanDescription.Supplier description) {
                return isKla(type.getRawClass()) ? new Reading(type.getRawClass()) : null;
            }

            @Override
            public ValueDeserializer<?> findEnumDeserializer(JavaType type, DeserializationConfig config,
                    BeanDescription.Supplier description) {
                return isKla(type.getRawClass()) ? new Reading(type.getRawClass()) : null;
            }

            @Override
            public boolean hasDeserializerFor(DeserializationConfig config, Class<?> type) {
                return isKla(type);
            }
        });
        context.addSerializers(new Serializers.Base() {
            @Override
            public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
                    BeanDescription.Supplier description, com.fasterxml.jackson.annotation.JsonFormat.Value format) {
                return isKla(type.getRawClass()) ? WRITING : null;
            }

            @Override
            public ValueSerializer<?> findEnumSerializer(SerializationConfig config, JavaType type,
                    BeanDescription.Supplier description, com.fasterxml.jackson.annotation.JsonFormat.Value format) {
                return isKla(type.getRawClass()) ? WRITING : null;
            }
        });
    }

    private static boolean isKla(Class<?> type) {
        String name = type.getName();
        return KLA.stream().anyMatch(name::startsWith);
    }

    private static final ValueSerializer<Object> WRITING = new ValueSerializer<>() {
        @Override
        public void serialize(Object value, JsonGenerator generator, SerializationContext context) {
            try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), KlaJson.write(value))) {
                parser.nextToken();
                copy(parser, generator, Long.MAX_VALUE);
            }
        }
    };

    /** Reads one kla type by copying the value's tokens and reading them with kla's reader. */
    private static final class Reading extends ValueDeserializer<Object> {

        private final Class<?> type;

        Reading(Class<?> type) {
            this.type = type;
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            StringWriter text = new StringWriter();
            boolean whole;
            try (JsonGenerator copy = FACTORY.createGenerator(ObjectWriteContext.empty(), text)) {
                whole = copy(parser, copy, KlaJson.MAX_DOCUMENT_BYTES);
            }
            try {
                if (!whole) {
                    // Past kla's limit: kla's own refusal of a document that large, without reading the rest.
                    KlaJson.read(" ".repeat(KlaJson.MAX_DOCUMENT_BYTES + 1), type);
                }
                return Json.readingACopy(() -> KlaJson.read(text.toString(), type));
            } catch (JsonFormatException e) {
                throw new KlaDatabindException(parser, e);
            }
        }

        @Override
        public @Nullable Object getAbsentValue(DeserializationContext context) {
            // A field of the app's own type that holds a kla value and is left out stays null: the app's own
            // constraints (@NotNull) decide; only an explicit null is kla's to refuse.
            return null;
        }

        @Override
        public Object getNullValue(DeserializationContext context) {
            // As KlaJson: a null where a kla value belongs is refused, not read as absent.
            try {
                return KlaJson.read("null", type);
            } catch (JsonFormatException e) {
                throw new KlaDatabindException(context.getParser(), e);
            }
        }
    }

    /**
     * Copies the value the parser stands on, numbers by their text (so {@code 97.40} stays {@code 97.40}), and
     * leaves the parser on its last token. Stops, returning false, once more than {@code limit} characters are
     * written, when the generator writes into a {@link StringWriter}.
     */
    private static boolean copy(JsonParser parser, JsonGenerator generator, long limit) {
        int depth = 0;
        long tokens = 0;
        if (parser.currentToken() == JsonToken.PROPERTY_NAME) {
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
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> generator.writeNumber(parser.getString());
                case VALUE_STRING -> string(parser.getString(), generator);
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
            if (depth == 0 && token != JsonToken.PROPERTY_NAME) {
                return written(generator) <= limit;
            }
        } while (parser.nextToken() != null);
        return true;
    }

    /** Writes a string; one holding half a surrogate pair with that half escaped (see {@link LoneSurrogates}). */
    private static void string(String text, JsonGenerator generator) {
        String escaped = LoneSurrogates.quotedWhenLone(text);
        if (escaped == null) {
            generator.writeString(text);
        } else {
            generator.writeRawValue(escaped);
        }
    }

    private static long written(JsonGenerator generator) {
        generator.flush();
        return generator.streamWriteOutputTarget() instanceof StringWriter writer ? writer.getBuffer().length() : 0;
    }
}
