package io.github.layakanak.kla.model.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.layakanak.kla.model.Bilingual;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.json.JsonFormatException;
import io.github.layakanak.kla.model.json.KlaJson;
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
import java.util.function.Supplier;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * kla's JSON configuration and the wording of its JSON failures, shared by kla's modules (exported to them
 * only): {@link io.github.layakanak.kla.model.json.KlaJson} is the public face.
 */
public final class Json {

    private static final Pattern FIELD_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    /** Jackson's advice to enable one of its features, as in {@code ": enable `JsonReadFeature.X` to allow"}. */
    private static final Pattern JACKSON_HINT = Pattern.compile(
            ":? *enable `[^`]*` to allow|\\s*\\(not recognized as one since Feature '[^']*' not enabled for parser\\)");

    /** The kinds of value a document may name. */
    static final List<String> KINDS = List.of("PERCENTAGE", "COUNT", "DOCUMENT_LEVEL", "FUNCTIONING_LEVEL",
            "PRESENCE", "BUDGET", "COMPOSITE");

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

    private static final Pattern NON_NUMBER = Pattern.compile("Non-standard token '([^']*)'");

    /** {@link io.github.layakanak.kla.model.Region}'s refusal of a code, to be said in any language. */
    private static final Pattern REGION_CODE = Pattern.compile(
            "code must be PP\\.KK with KK in 01-69 \\(kabupaten\\) or 71-99 \\(kota\\), but was \\[(.*)\\]");

    /** A record's own refusal that names its component: {@code code must be PP.KK ...}. */
    private static final Pattern COMPONENT_RULE = Pattern.compile("([a-z][A-Za-z0-9]*) must ");

    private static final Pattern MISSING_PROPERTY = Pattern.compile("Missing required creator property '([^']+)'");

    /** Reads a tree back, without the checks, to look for a misspelled field after a failure. */
    private static final ObjectMapper LENIENT = new ObjectMapper(limitedFactory());

    private Json() {
    }

    /**
     * Creates an object mapper configured as kla reads and writes: strict on input, deterministic on output.
     * kla's other modules build on it; it is not public API.
     *
     * @return a new mapper, which the caller may configure further
     */
    public static ObjectMapper newMapper() {
        JsonMapper mapper = JsonMapper.builder(limitedFactory())
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(Scalars.module().addDeserializer(LocalDate.class, new IsoDates()))
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
        // An absent list or map reads as empty. An explicit null anywhere is refused before (refuseNulls):
        // Jackson gives an absent record component the value of an explicit null, so it cannot tell them apart.
        mapper.configOverride(List.class).setSetterInfo(JsonSetter.Value.construct(Nulls.AS_EMPTY, Nulls.FAIL));
        mapper.configOverride(Map.class).setSetterInfo(JsonSetter.Value.construct(Nulls.AS_EMPTY, Nulls.FAIL));
        mapper.enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        return mapper;
    }

    /** A factory with {@link KlaJson}'s limits, for every reading of a document, the second looks included. */
    private static JsonFactory limitedFactory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(KlaJson.MAX_DOCUMENT_BYTES)
                        .maxNestingDepth(KlaJson.MAX_DEPTH)
                        .maxStringLength(KlaJson.MAX_STRING_LENGTH)
                        .maxNameLength(KlaJson.MAX_NAME_LENGTH)
                        .maxNumberLength(KlaJson.MAX_NUMBER_LENGTH)
                        .build())
                .build();
    }

    /**
     * Turns a parser or mapper failure into an exception that names the JSON pointer and what was expected.
     *
     * @param e the failure
     * @return the exception to throw
     */
    public static JsonFormatException formatProblem(JsonProcessingException e) {
        StreamConstraintsException limit = limit(e);
        if (limit != null) {
            return new JsonFormatException(parserPointer(limit, e), limitProblem(limit), e);
        }
        StreamReadException syntax = syntax(e);
        if (syntax != null) {
            return new JsonFormatException(parserPointer(syntax, syntax), malformed(syntax), e);
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return new JsonFormatException(parserPointer(e, e), JsonWords.of("json.malformed", "",
                    JsonWords.of("json.malformed.other", String.valueOf(e.getOriginalMessage()))), e);
        }
        String original = String.valueOf(e.getOriginalMessage());
        if (original.startsWith("Trailing token")) {
            return new JsonFormatException("", JsonWords.of("json.trailing", where(e.getLocation())), e);
        }
        if (original.startsWith("No content to map")) {
            return new JsonFormatException("", JsonWords.of("json.empty"), e);
        }
        String pointer = pointer(mapping.getPath());
        if (e instanceof InputProblem problem) {
            return new JsonFormatException(pointer, problem.words(), e);
        }
        if (e instanceof InvalidNullException) {
            List<JsonMappingException.Reference> path = mapping.getPath();
            boolean element = !path.isEmpty() && path.get(path.size() - 1).getIndex() >= 0;
            return new JsonFormatException(pointer, JsonWords.of(element ? "json.null.element" : "json.null.field"), e);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new JsonFormatException(pointer, JsonWords.of("json.unknownField",
                    names(unknown.getKnownPropertyIds())), e);
        }
        if (e instanceof InvalidTypeIdException typeId) {
            String id = typeId.getTypeId();
            return new JsonFormatException(pointer + "/kind", id == null ? JsonWords.of("json.kind.missing", KINDS)
                    : JsonWords.of("json.kind.unknown", id, KINDS), e);
        }
        if (e instanceof ValueInstantiationException instantiation) {
            return instantiationProblem(pointer, instantiation);
        }
        if (e instanceof InvalidFormatException format) {
            String given = String.valueOf(format.getValue());
            JsonWords expected = expectedWords(format.getTargetType());
            return new JsonFormatException(pointer, constantNamed(format.getTargetType(), given)
                    .map(constant -> JsonWords.of("json.notA.write", given, expected, constant))
                    .orElseGet(() -> JsonWords.of("json.notA", given, expected)), e);
        }
        var missing = MISSING_PROPERTY.matcher(String.valueOf(e.getOriginalMessage()));
        if (missing.lookingAt()) {
            String field = "/" + missing.group(1);
            return new JsonFormatException(pointer.endsWith(field) ? pointer : pointer + field,
                    JsonWords.of("json.required"), e);
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new JsonFormatException(pointer, JsonWords.of("json.expected",
                    expectedWords(mismatch.getTargetType()), given(mismatch)), e);
        }
        return new JsonFormatException(pointer, JsonWords.of("json.detail", String.valueOf(e.getOriginalMessage())),
                e);
    }

    /**
     * Turns a failure to read a document into an exception naming the JSON pointer and what was expected, with
     * the exact pointer of a limit the document runs into: the mapper reports those without one, so the document
     * is tokenized again, up to the limit.
     *
     * @param e       the failure
     * @param json    the document
     * @param parsers the factory the document was read with, with kla's limits
     * @return the exception to throw
     */
    public static JsonFormatException formatProblem(JsonProcessingException e, byte[] json, JsonFactory parsers) {
        StreamConstraintsException limit = limit(e);
        if (limit == null) {
            return formatProblem(e);
        }
        String pointer = pointerWhereTokensEnd(parsers, json, json.length);
        return new JsonFormatException(pointer, limitProblem(limit), e);
    }

    /**
     * Tokenizes the first bytes of a document up to their end or the first failure, and returns the JSON pointer the
     * parser stood at: where a limit, broken JSON or the end of the bytes (a bad byte after them) stops reading.
     *
     * @param parsers the factory to tokenize with, with kla's limits
     * @param json    the document
     * @param length  how many of its bytes to read
     * @return the pointer; empty for the document as a whole
     */
    static String pointerWhereTokensEnd(JsonFactory parsers, byte[] json, int length) {
        try (JsonParser parser = parsers.createParser(json, 0, length)) {
            try {
                while (parser.nextToken() != null) {
                    parser.getText();
                }
            } catch (JsonProcessingException stopped) {
                // Where it stopped is what is asked for.
            }
            return parser.getParsingContext().pathAsPointer().toString();
        } catch (IOException unreadable) {
            return "";
        }
    }

    /** The parser's own failure (broken JSON) behind a failure, when it is one. */
    static @Nullable StreamReadException syntax(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException read && !(t instanceof JsonMappingException)
                    && !(t instanceof StreamConstraintsException) && !(t instanceof InputCoercionException)) {
                return read;
            }
        }
        return null;
    }

    /**
     * Broken JSON in words a user can act on: where, and what the parser met. Jackson's hints on which of its
     * features to enable are left out; kla enables none of them.
     */
    private static JsonWords malformed(StreamReadException e) {
        String message = String.valueOf(e.getOriginalMessage());
        JsonWords problem;
        var duplicate = DUPLICATE.matcher(message);
        var nonNumber = NON_NUMBER.matcher(message);
        if (message.startsWith("Unexpected end-of-input")) {
            problem = JsonWords.of("json.malformed.end");
        } else if (duplicate.lookingAt()) {
            problem = JsonWords.of("json.malformed.duplicate", duplicate.group(1));
        } else if (nonNumber.lookingAt()) {
            problem = JsonWords.of("json.malformed.nonNumber", nonNumber.group(1));
        } else {
            problem = JsonWords.of("json.malformed.other", JACKSON_HINT.matcher(message).replaceAll(""));
        }
        return JsonWords.of("json.malformed", where(e.getLocation()), problem);
    }

    /** What the parser met instead of what was expected: {@code , not an array}. */
    private static JsonWords given(MismatchedInputException e) {
        if (!(e.getProcessor() instanceof JsonParser parser) || parser.currentToken() == null) {
            return JsonWords.of("json.detail", "");
        }
        return given(parser.currentToken());
    }

    /** What the parser met, a token of this kind, instead of what was expected: {@code , not an array}. */
    static JsonWords given(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> JsonWords.of("json.given.array");
            case START_OBJECT -> JsonWords.of("json.given.object");
            case VALUE_STRING -> JsonWords.of("json.given.string");
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> JsonWords.of("json.given.number");
            case VALUE_TRUE, VALUE_FALSE -> JsonWords.of("json.given.boolean");
            default -> JsonWords.of("json.detail", "");
        };
    }

    /** Set while kla reads its copy of an app's input, whose lines and columns are not the app's. */
    private static final ThreadLocal<Boolean> READING_A_COPY = ThreadLocal.withInitial(() -> false);

    /**
     * Reads a copy that kla made of a value in an app's own input (what its Jackson modules read), saying no line and
     * column in a refusal's words: they would be the copy's, not the input's; the pointer places the problem.
     *
     * @param <T>  what is read
     * @param read the reading
     * @return what it read
     */
    public static <T> T readingACopy(Supplier<T> read) {
        READING_A_COPY.set(true);
        try {
            return read.get();
        } finally {
            READING_A_COPY.remove();
        }
    }

    /** {@code  (line 7, column 16)}, or nothing when the place is not known or not the input's. */
    static JsonWords where(@Nullable JsonLocation location) {
        return location == null || location.getLineNr() < 0 || READING_A_COPY.get() ? JsonWords.of("json.detail", "")
                : JsonWords.of("json.where", String.valueOf(location.getLineNr()),
                        String.valueOf(location.getColumnNr()));
    }

    /**
     * Whether a failure ran into one of {@link KlaJson}'s limits, which end the reading at once.
     *
     * @param e the failure
     * @return whether it is a limit's
     */
    public static boolean isLimit(JsonProcessingException e) {
        return limit(e) != null;
    }

    /** The limit a failure ran into, when it did. */
    static @Nullable StreamConstraintsException limit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException limit) {
                return limit;
            }
        }
        return null;
    }

    /** A limit of {@link KlaJson}'s in kla's words. Jackson's name the setting to raise, which a user cannot. */
    private static JsonWords limitProblem(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Document nesting depth")) {
            return JsonWords.of("json.limit.depth", String.valueOf(KlaJson.MAX_DEPTH));
        }
        if (message.startsWith("Number value length")) {
            return JsonWords.of("json.limit.number", String.valueOf(KlaJson.MAX_NUMBER_LENGTH),
                    String.valueOf(KlaJson.MAX_INTEGER_DIGITS), String.valueOf(KlaJson.MAX_DECIMALS));
        }
        if (message.startsWith("String value length")) {
            return JsonWords.of("json.limit.string", String.valueOf(KlaJson.MAX_STRING_LENGTH));
        }
        if (message.startsWith("Name length")) {
            return JsonWords.of("json.limit.name", String.valueOf(KlaJson.MAX_NAME_LENGTH));
        }
        if (message.startsWith("Document length")) {
            return JsonWords.of("json.limit.document", String.valueOf(KlaJson.MAX_DOCUMENT_BYTES));
        }
        return JsonWords.of("json.limit.other", message);
    }

    /** Where the parser stood when it failed: exact for a failure that the mapper did not wrap with its path. */
    private static String parserPointer(JsonProcessingException at, JsonProcessingException outer) {
        for (JsonProcessingException e : List.of(at, outer)) {
            // A buffered parser (a value whose kind came late) counts from where its buffer starts: not that one.
            if (e.getProcessor() instanceof ParserBase parser
                    && parser.getParsingContext() != null) {
                return parser.getParsingContext().pathAsPointer().toString();
            }
        }
        return outer instanceof JsonMappingException mapping ? pointer(mapping.getPath()) : "";
    }

    private static JsonFormatException instantiationProblem(String pointer, ValueInstantiationException e) {
        Throwable cause = e.getCause();
        String detail = cause == null ? null : cause.getMessage();
        if (cause instanceof NullPointerException && detail != null && FIELD_NAME.matcher(detail).matches()) {
            return new JsonFormatException(pointer + "/" + detail, JsonWords.of("json.requiredOrNull"), e);
        }
        if (cause instanceof IllegalArgumentException && detail != null) {
            // "code must be PP.KK ...": the record names its component; the pointer goes down to it.
            var component = COMPONENT_RULE.matcher(detail);
            boolean named = component.lookingAt() && e.getType().getRawClass().isRecord()
                    && Arrays.stream(e.getType().getRawClass().getRecordComponents())
                            .anyMatch(c -> c.getName().equals(component.group(1)));
            if (!named) {
                return new JsonFormatException(pointer, JsonWords.of("json.detail", detail), e);
            }
            var regionCode = REGION_CODE.matcher(detail);
            JsonWords words = regionCode.matches() ? JsonWords.of("json.region.code", regionCode.group(1))
                    : JsonWords.of("json.detail", detail.substring(component.group(1).length() + 1));
            return new JsonFormatException(pointer + "/" + component.group(1), words, e);
        }
        return new JsonFormatException(pointer, JsonWords.of("json.detail",
                Objects.requireNonNullElse(detail, String.valueOf(e.getOriginalMessage()))), e);
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
                        JsonWords.of("json.unknownField", List.copyOf(known)), e));
            }
        }
        return Optional.empty();
    }

    /**
     * Refuses a document that is not UTF-8, strictly: UTF-16 and UTF-32, overlong forms and encoded surrogates
     * included, which Jackson would take.
     *
     * @param json the document
     * @throws JsonFormatException naming the place of the first byte that is not UTF-8
     */
    public static void checkUtf8(byte[] json) {
        Utf8.check(json);
    }

    /**
     * Refuses an explicit {@code null} anywhere in a document: kla leaves out a field it has no value for, and
     * reads a field left out as absent (an empty list, an empty optional), so a {@code null} has no meaning of
     * its own. A document without the four letters {@code null} costs a scan of its bytes; one with them, a pass
     * of the tokenizer.
     *
     * @param parsers the factory to tokenize with, with kla's limits
     * @param json    the document, in UTF-8
     * @param type    what the document should hold, for the message when it is {@code null} itself
     * @throws JsonFormatException naming the pointer of the first {@code null}
     */
    public static void refuseNulls(JsonFactory parsers, byte[] json, Class<?> type) {
        if (!containsNull(json)) {
            return;
        }
        try (JsonParser parser = parsers.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.VALUE_NULL) {
                    continue;
                }
                var context = parser.getParsingContext();
                String pointer = context.pathAsPointer().toString();
                if (context.inRoot()) {
                    throw new JsonFormatException("", JsonWords.of("json.null.document", expectedWords(type)));
                }
                throw new JsonFormatException(pointer, JsonWords.of(context.inArray() ? "json.null.element"
                        : "json.null.field"));
            }
        } catch (IOException e) {
            // Broken JSON, or beyond a limit: the mapper's reading says where, in its own terms.
        }
    }

    private static boolean containsNull(byte[] json) {
        for (int i = 0; i + 3 < json.length; i++) {
            if (json[i] == 'n' && json[i + 1] == 'u' && json[i + 2] == 'l' && json[i + 3] == 'l') {
                return true;
            }
        }
        return false;
    }

    /**
     * The constant a district meant when it wrote a value of an enum by its words, as a form shows them
     * ({@code "Penilaian Mandiri"}, {@code "Final verification"}) or in other letters ({@code "final"}), for the
     * hint "write SELF_ASSESSMENT".
     */
    private static Optional<String> constantNamed(Class<?> type, String given) {
        if (!type.isEnum()) {
            return Optional.empty();
        }
        String words = given.strip();
        return Arrays.stream(type.getEnumConstants()).map(c -> (Enum<?>) c)
                .filter(c -> c.name().equalsIgnoreCase(words) || c instanceof Bilingual named
                        && (named.nameId().equalsIgnoreCase(words) || named.nameEn().equalsIgnoreCase(words)))
                .map(c -> c.name()).findFirst();
    }

    /**
     * What a value of a type is called in a message, in any language.
     *
     * @param type the type
     * @return its words
     */
    public static JsonWords expectedWords(Class<?> type) {
        if (type.isEnum()) {
            return JsonWords.of("json.type.enum", Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name())
                    .toList());
        }
        if (type == java.time.LocalDate.class) {
            return JsonWords.of("json.type.date");
        }
        if (type == java.math.BigDecimal.class || type == double.class || type == Double.class) {
            return JsonWords.of("json.type.number");
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return JsonWords.of("json.type.whole");
        }
        if (type == boolean.class || type == Boolean.class) {
            return JsonWords.of("json.type.boolean");
        }
        if (type == String.class) {
            return JsonWords.of("json.type.string");
        }
        if (type == java.net.URI.class) {
            return JsonWords.of("json.type.uri");
        }
        if (Collection.class.isAssignableFrom(type)) {
            return JsonWords.of("json.type.array");
        }
        String named = "json.type.object." + type.getSimpleName();
        return JsonWords.has(named) ? JsonWords.of(named) : JsonWords.of("json.type.object");
    }

    private static List<String> names(Collection<Object> ids) {
        return ids.stream().map(String::valueOf).sorted().toList();
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
