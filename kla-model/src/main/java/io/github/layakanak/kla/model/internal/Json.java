package io.github.layakanak.kla.model.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.json.JsonFormatException;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * kla's JSON configuration and the wording of its JSON failures, shared by kla's modules (exported to them
 * only): {@link io.github.layakanak.kla.model.json.KlaJson} is the public face.
 */
public final class Json {

    private static final Pattern FIELD_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    private static final Pattern MISSING_PROPERTY = Pattern.compile("Missing required creator property '([^']+)'");

    /** Reads a tree back, without the checks, to look for a misspelled field after a failure. */
    private static final ObjectMapper LENIENT = new ObjectMapper();

    private Json() {
    }

    /**
     * Creates an object mapper configured as kla reads and writes: strict on input, deterministic on output.
     * kla's other modules build on it; it is not public API.
     *
     * @return a new mapper, which the caller may configure further
     */
    public static ObjectMapper newMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("kla-dates").addDeserializer(LocalDate.class, new IsoDates()))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
                .build();
        mapper.configOverride(List.class).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
        mapper.configOverride(Map.class).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
        mapper.enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        return mapper;
    }

    /**
     * Turns a parser or mapper failure into an exception that names the JSON pointer and what was expected.
     *
     * @param e the failure
     * @return the exception to throw
     */
    public static JsonFormatException formatProblem(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            var location = e.getLocation();
            String where = location == null ? ""
                    : String.format(Locale.ROOT, " (line %d, column %d)", location.getLineNr(),
                            location.getColumnNr());
            return new JsonFormatException("", "malformed JSON" + where + ": " + e.getOriginalMessage(), e);
        }
        String pointer = pointer(mapping.getPath());
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new JsonFormatException(pointer, "unknown field; expected one of "
                    + names(unknown.getKnownPropertyIds()), e);
        }
        if (e instanceof InvalidTypeIdException typeId) {
            return new JsonFormatException(pointer + "/kind", "unknown kind [" + typeId.getTypeId()
                    + "]; expected one of [PERCENTAGE, COUNT, DOCUMENT_LEVEL, FUNCTIONING_LEVEL, PRESENCE, "
                    + "BUDGET, COMPOSITE]", e);
        }
        if (e instanceof ValueInstantiationException instantiation) {
            return instantiationProblem(pointer, instantiation);
        }
        if (e instanceof InvalidFormatException format) {
            return new JsonFormatException(pointer, "[" + format.getValue() + "] is not "
                    + expected(format.getTargetType()), e);
        }
        var missing = MISSING_PROPERTY.matcher(String.valueOf(e.getOriginalMessage()));
        if (missing.lookingAt()) {
            String field = "/" + missing.group(1);
            return new JsonFormatException(pointer.endsWith(field) ? pointer : pointer + field,
                    "required field is missing", e);
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new JsonFormatException(pointer, "expected " + expected(mismatch.getTargetType()), e);
        }
        return new JsonFormatException(pointer, e.getOriginalMessage(), e);
    }

    private static JsonFormatException instantiationProblem(String pointer, ValueInstantiationException e) {
        Throwable cause = e.getCause();
        String detail = cause == null ? null : cause.getMessage();
        if (cause instanceof NullPointerException && detail != null && FIELD_NAME.matcher(detail).matches()) {
            return new JsonFormatException(pointer + "/" + detail, "required field is missing or null", e);
        }
        if (cause instanceof IllegalArgumentException && detail != null) {
            return new JsonFormatException(pointer, detail, e);
        }
        return new JsonFormatException(pointer, Objects.requireNonNullElse(detail, e.getOriginalMessage()), e);
    }

    /**
     * Finds the misspelled field behind a missing one. A field that a record could not be built without is often
     * there, misspelled: Jackson buffers the unknown fields of a record until it is built, so it reports the
     * missing field first.
     *
     * @param json the text that failed to read
     * @param e    the failure
     * @return the unknown field's problem, or empty
     */
    public static Optional<JsonFormatException> unknownFieldInstead(byte[] json, JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return Optional.empty();
        }
        List<JsonMappingException.Reference> path = mapping.getPath();
        String pointer = pointer(path);
        Class<?> type;
        if (e instanceof ValueInstantiationException instantiation) {
            type = instantiation.getType().getRawClass();
        } else if (MISSING_PROPERTY.matcher(String.valueOf(e.getOriginalMessage())).lookingAt() && !path.isEmpty()
                && path.get(path.size() - 1).getFrom() instanceof Class<?> owner) {
            type = owner;
            pointer = pointer.substring(0, pointer.lastIndexOf('/'));
        } else {
            return Optional.empty();
        }
        if (!type.isRecord()) {
            return Optional.empty();
        }
        JsonNode object;
        try {
            object = LENIENT.readTree(json).at(pointer);
        } catch (IOException unreadable) {
            return Optional.empty();
        }
        Set<String> known = new TreeSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            known.add(component.getName());
        }
        if (IndicatorValue.class.isAssignableFrom(type)) {
            known.add("kind");
        }
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (!known.contains(field.getKey())) {
                return Optional.of(new JsonFormatException(pointer + "/" + field.getKey(),
                        "unknown field; expected one of " + known, e));
            }
        }
        return Optional.empty();
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (type == java.time.LocalDate.class) {
            return "a date as YYYY-MM-DD";
        }
        if (type == java.math.BigDecimal.class || type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == java.net.URI.class) {
            return "a URI";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object (" + type.getSimpleName() + ")";
    }

    private static String names(Collection<Object> ids) {
        return ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ", "[", "]"));
    }

    private static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            String field = reference.getFieldName();
            pointer.append('/');
            if (field != null) {
                pointer.append(field.replace("~", "~0").replace("/", "~1"));
            } else if (reference.getIndex() >= 0) {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.toString();
    }
}
