package io.github.layakanak.kla.scoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.layakanak.kla.model.Direction;
import io.github.layakanak.kla.scoring.pack.Message;
import io.github.layakanak.kla.scoring.pack.Parameters;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.RubricKind;
import io.github.layakanak.kla.scoring.rubric.Proportional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * {@link Parameters} over one object of a JSON tree. Every object read in one file shares a {@link Context}: the
 * problems found, the named provenances, the rubric kinds known. Each object remembers the fields asked of it;
 * when the whole file is read, {@link Context#finish()} reports the fields nobody asked for as unknown (and, in an
 * object with an unknown field, drops its missing-field problems: a misspelling is the likelier cause).
 */
final class JsonParameters implements Parameters {

    /** Stands in for a provenance that could not be read; the problem is reported, so no pack is built. */
    static final Provenance STAND_IN = Provenance.hypothetical("stand-in for a provenance that could not be read");

    /** What every object read from one file shares. */
    static final class Context {

        final Problems problems = new Problems();
        /** Whether a problem is of the file's form (a field missing, unknown or of the wrong type), not its sense. */
        boolean malformed;
        private final Map<String, RubricKind> kinds;
        private final Map<String, Provenance> named = new LinkedHashMap<>();
        private Optional<Provenance> outermost = Optional.empty();
        private final String provenanceHint;
        private final List<JsonParameters> read = new ArrayList<>();

        /**
         * @param kinds the rubric kinds known, by name
         * @param hint  what a provenance may be, for messages
         */
        Context(Map<String, RubricKind> kinds, String hint) {
            this.kinds = kinds;
            this.provenanceHint = hint;
        }

        void name(String name, Provenance provenance) {
            named.put(name, provenance);
        }

        /** What a rubric without provenance and outside any other rubric takes: an overlay's. */
        void outermost(Provenance provenance) {
            outermost = Optional.of(provenance);
        }

        JsonParameters root(JsonNode node) {
            return new JsonParameters(this, node, "", null, false);
        }

        /** Reports the unknown fields of every object read, and each object's missing fields unless it had one. */
        void finish() {
            for (JsonParameters object : read) {
                object.finish();
            }
            read.clear();
        }
    }

    private final Context context;
    private final ObjectNode node;
    private final String pointer;
    private final @Nullable JsonParameters enclosing;
    private final boolean rubric;
    private final boolean silent;
    private final Set<String> asked = new LinkedHashSet<>();
    private final List<String[]> missing = new ArrayList<>();
    private @Nullable Provenance provenance;

    private JsonParameters(Context context, @Nullable JsonNode node, String pointer,
            @Nullable JsonParameters enclosing, boolean rubric) {
        this.context = context;
        this.pointer = pointer;
        this.enclosing = enclosing;
        this.rubric = rubric;
        if (node instanceof ObjectNode object) {
            this.node = object;
            this.silent = false;
        } else {
            // Absent (already reported as missing), null or not an object: reported once here, and nothing read
            // from it is reported again.
            this.node = JsonNodeFactory.instance.objectNode();
            this.silent = true;
            if (node != null) {
                report(pointer, node.isNull() ? "expected an object, not null" : "expected an object");
            }
        }
        context.read.add(this);
    }

    @Override
    public String pointer() {
        return pointer;
    }

    private String at(String field) {
        return pointer + "/" + Problems.token(field);
    }

    /** A problem of the file's form: a field missing, unknown or of the wrong type. */
    private void report(String at, String format, Object... arguments) {
        context.malformed = true;
        context.problems.add(at, format, arguments);
    }

    /** A problem of the file's sense, such as a missing provenance: the pack read is linted too. */
    private void resolve(String at, String format, Object... arguments) {
        context.problems.add(at, format, arguments);
    }

    /** The field's node, or null when it is absent; a required absent field is reported once the object is done. */
    private @Nullable JsonNode field(String field, boolean required) {
        asked.add(field);
        JsonNode value = node.get(field);
        if (value == null && required && !silent) {
            missing.add(new String[] {at(field), "required field is missing"});
        }
        return value;
    }

    private boolean isNull(@Nullable JsonNode value, String field, String expected) {
        if (value != null && value.isNull()) {
            report(at(field), "expected %s, not null", expected);
            return true;
        }
        return false;
    }

    @Override
    public BigDecimal number(String field) {
        return findNumber(field, true).orElse(BigDecimal.ZERO);
    }

    @Override
    public Optional<BigDecimal> findNumber(String field) {
        return findNumber(field, false);
    }

    private Optional<BigDecimal> findNumber(String field, boolean required) {
        JsonNode value = field(field, required);
        if (value == null || isNull(value, field, "a number")) {
            return Optional.empty();
        }
        if (!value.isNumber()) {
            report(at(field), "expected a number");
            return Optional.empty();
        }
        return Optional.of(value.decimalValue());
    }

    @Override
    public long wholeNumber(String field) {
        JsonNode value = field(field, true);
        if (value == null || isNull(value, field, "a whole number")) {
            return 0;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            report(at(field), "expected a whole number");
            return 0;
        }
        return value.longValue();
    }

    /** An optional whole number within the range of an int. */
    Optional<Integer> findInt(String field, boolean required) {
        JsonNode value = field(field, required);
        if (value == null || isNull(value, field, "a whole number")) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            report(at(field), "expected a whole number");
            return Optional.empty();
        }
        return Optional.of(value.intValue());
    }

    @Override
    public String text(String field) {
        return findText(field, true).orElse("");
    }

    Optional<String> findText(String field, boolean required) {
        JsonNode value = field(field, required);
        if (value == null || isNull(value, field, "a string")) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            report(at(field), "expected a string");
            return Optional.empty();
        }
        return Optional.of(value.textValue());
    }

    /** An optional true or false. */
    boolean flag(String field, boolean otherwise) {
        JsonNode value = field(field, false);
        if (value == null || isNull(value, field, "true or false")) {
            return otherwise;
        }
        if (!value.isBoolean()) {
            report(at(field), "expected true or false");
            return otherwise;
        }
        return value.booleanValue();
    }

    /** A required date, {@code YYYY-MM-DD}. */
    LocalDate date(String field) {
        Optional<String> text = findText(field, true);
        if (text.isEmpty()) {
            return LocalDate.EPOCH;
        }
        try {
            return LocalDate.parse(text.get());
        } catch (DateTimeParseException e) {
            report(at(field), "[%s] is not a date as YYYY-MM-DD", text.get());
            return LocalDate.EPOCH;
        }
    }

    @Override
    public <E extends Enum<E>> E choice(String field, Class<E> type) {
        return findChoice(field, type, true).orElse(type.getEnumConstants()[0]);
    }

    @Override
    public <E extends Enum<E>> E choice(String field, Class<E> type, E otherwise) {
        return findChoice(field, type, false).orElse(otherwise);
    }

    private <E extends Enum<E>> Optional<E> findChoice(String field, Class<E> type, boolean required) {
        JsonNode value = field(field, required);
        if (value == null || isNull(value, field, "one of " + Arrays.toString(type.getEnumConstants()))) {
            return Optional.empty();
        }
        return constant(value, type, at(field));
    }

    private <E extends Enum<E>> Optional<E> constant(JsonNode value, Class<E> type, String at) {
        if (value.isTextual()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value.textValue())) {
                    return Optional.of(constant);
                }
            }
        }
        report(at, "[%s] is not one of %s", value.isTextual() ? value.textValue() : value.toString(),
                Arrays.toString(type.getEnumConstants()));
        return Optional.empty();
    }

    /** An optional array of enum constants; absent reads as empty. */
    <E extends Enum<E>> List<E> choices(String field, Class<E> type) {
        List<E> found = new ArrayList<>();
        JsonNode value = field(field, false);
        if (value == null || isNull(value, field, "an array")) {
            return found;
        }
        if (!value.isArray()) {
            report(at(field), "expected an array");
            return found;
        }
        for (int i = 0; i < value.size(); i++) {
            constant(value.get(i), type, at(field) + "/" + i).ifPresent(found::add);
        }
        return found;
    }

    /** An optional array of strings; absent reads as empty. */
    List<String> texts(String field) {
        List<String> found = new ArrayList<>();
        JsonNode value = field(field, false);
        if (value == null || isNull(value, field, "an array")) {
            return found;
        }
        if (!value.isArray()) {
            report(at(field), "expected an array");
            return found;
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i).isTextual()) {
                found.add(value.get(i).textValue());
            } else {
                report(at(field) + "/" + i, "expected a string");
            }
        }
        return found;
    }

    /** A required array of whole numbers within the range of an int. */
    List<Integer> ints(String field) {
        List<Integer> found = new ArrayList<>();
        JsonNode value = field(field, true);
        if (value == null || isNull(value, field, "an array")) {
            return found;
        }
        if (!value.isArray()) {
            report(at(field), "expected an array");
            return found;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (element.isIntegralNumber() && element.canConvertToInt()) {
                found.add(element.intValue());
            } else {
                report(at(field) + "/" + i, "expected a whole number");
            }
        }
        return found;
    }

    @Override
    public Message.Text label(String field) {
        JsonParameters label = object(field);
        return new Message.Text(label.text("id"), label.text("en"));
    }

    @Override
    public <E extends Enum<E>> Map<E, BigDecimal> numbers(String field, Class<E> keys) {
        return numbers(field, keys, true);
    }

    /** Numbers keyed by enum constants; absent reads as empty unless required. */
    <E extends Enum<E>> Map<E, BigDecimal> numbers(String field, Class<E> keys, boolean required) {
        EnumMap<E, BigDecimal> found = new EnumMap<>(keys);
        JsonNode value = field(field, required);
        if (value == null || isNull(value, field, "an object")) {
            return found;
        }
        if (!value.isObject()) {
            report(at(field), "expected an object");
            return found;
        }
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            String at = at(field) + "/" + Problems.token(entry.getKey());
            Optional<E> key = constant(JsonNodeFactory.instance.textNode(entry.getKey()), keys, at);
            if (!entry.getValue().isNumber()) {
                report(at, "expected a number");
            } else {
                key.ifPresent(k -> found.put(k, entry.getValue().decimalValue()));
            }
        }
        return found;
    }

    /** Arrays of enum constants keyed by enum constants, required. */
    <K extends Enum<K>, V extends Enum<V>> Map<K, List<V>> choiceLists(String field, Class<K> keys, Class<V> values) {
        EnumMap<K, List<V>> found = new EnumMap<>(keys);
        JsonParameters object = object(field);
        for (Iterator<String> names = object.node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            Optional<K> key = constant(JsonNodeFactory.instance.textNode(name), keys, object.at(name));
            List<V> list = object.choices(name, values);
            key.ifPresent(k -> found.put(k, list));
        }
        return found;
    }

    @Override
    public List<Parameters> objects(String field) {
        return List.copyOf(objects(field, true));
    }

    /** An array of objects; absent reads as empty unless required. */
    List<JsonParameters> objects(String field, boolean required) {
        List<JsonParameters> found = new ArrayList<>();
        JsonNode value = field(field, required);
        if (value == null || isNull(value, field, "an array")) {
            return found;
        }
        if (!value.isArray()) {
            report(at(field), "expected an array");
            return found;
        }
        for (int i = 0; i < value.size(); i++) {
            found.add(new JsonParameters(context, value.get(i), at(field) + "/" + i, scope(), false));
        }
        return found;
    }

    /** A required object. */
    JsonParameters object(String field) {
        return new JsonParameters(context, field(field, true), at(field), scope(), false);
    }

    /** Whether the field is given, and not null. */
    boolean has(String field) {
        JsonNode value = field(field, false);
        return value != null && !value.isNull();
    }

    /** An optional object. */
    Optional<JsonParameters> findObject(String field) {
        JsonNode value = field(field, false);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(new JsonParameters(context, value, at(field), scope(), false));
    }

    /** An optional object of objects, by name; absent reads as empty. */
    Map<String, JsonParameters> objectsByName(String field) {
        Map<String, JsonParameters> found = new LinkedHashMap<>();
        JsonNode value = field(field, false);
        if (value == null || isNull(value, field, "an object")) {
            return found;
        }
        if (!value.isObject()) {
            report(at(field), "expected an object");
            return found;
        }
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            found.put(entry.getKey(), new JsonParameters(context, entry.getValue(),
                    at(field) + "/" + Problems.token(entry.getKey()), scope(), false));
        }
        return found;
    }

    /** The rubric a nested rubric without provenance inherits from: this one, or the one this object lies in. */
    private @Nullable JsonParameters scope() {
        return rubric ? this : enclosing;
    }

    @Override
    public Rubric rubric(String field) {
        JsonNode value = field(field, true);
        if (value == null) {
            return standIn();
        }
        return readRubric(value, at(field));
    }

    /** Reads a rubric object at a pointer, by its kind. */
    Rubric readRubric(JsonNode value, String at) {
        if (!value.isObject()) {
            report(at, "expected a rubric: an object with a kind, one of %s", context.kinds.keySet());
            return standIn();
        }
        JsonParameters parameters = new JsonParameters(context, value, at, scope(), true);
        Optional<String> kindName = parameters.findText("kind", true);
        if (kindName.isEmpty()) {
            return standIn();
        }
        RubricKind kind = context.kinds.get(kindName.get());
        if (kind == null) {
            parameters.asked.addAll(parameters.fieldNames());
            report(at + "/kind", "unknown rubric kind [%s]; expected one of %s", kindName.get(),
                    context.kinds.keySet());
            return standIn();
        }
        try {
            return kind.read(parameters);
        } catch (RuntimeException e) {
            parameters.asked.addAll(parameters.fieldNames());
            report(at, "rubric kind [%s] cannot read its parameters: %s", kind.name(), e);
            return standIn();
        }
    }

    private Set<String> fieldNames() {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Rubric standIn() {
        return new Proportional(Direction.HIGHER_IS_BETTER, STAND_IN);
    }

    @Override
    public Provenance provenance() {
        if (provenance == null) {
            provenance = resolveProvenance();
        }
        return provenance;
    }

    private Provenance resolveProvenance() {
        if (silent) {
            return STAND_IN;
        }
        String at = at("provenance");
        JsonNode value = field("provenance", false);
        if (value == null || value.isNull()) {
            if (enclosing != null && rubric) {
                return enclosing.provenance();
            }
            if (rubric && context.outermost.isPresent()) {
                return context.outermost.get();
            }
            resolve(at, "provenance is missing; every number needs one: %s", context.provenanceHint);
            return STAND_IN;
        }
        if (value.isTextual()) {
            Provenance found = context.named.get(value.textValue());
            if (found == null) {
                resolve(at, "no provenance is named [%s]; named provenances are %s", value.textValue(),
                        context.named.keySet());
                return STAND_IN;
            }
            return found;
        }
        if (!value.isObject()) {
            report(at, "expected %s", context.provenanceHint);
            return STAND_IN;
        }
        JsonParameters object = new JsonParameters(context, value, at, null, false);
        return object.provenanceObject();
    }

    /**
     * This object read as {@code {"kind", "source"}}, the source either {@code {"id": ..., "en": ...}} or, as packs
     * written before sources were bilingual give it, one string for both languages.
     */
    Provenance provenanceObject() {
        int before = context.problems.size();
        Provenance.Kind kind = choice("kind", Provenance.Kind.class);
        JsonNode value = node.get("source");
        String indonesian;
        String english;
        boolean blank;
        if (value != null && value.isObject()) {
            JsonParameters source = object("source");
            indonesian = source.text("id");
            english = source.text("en");
            blank = blank(source, "id", indonesian) | blank(source, "en", english) || !source.missing.isEmpty();
        } else {
            indonesian = text("source");
            english = indonesian;
            blank = blank(this, "source", indonesian);
        }
        if (blank || context.problems.size() > before || !missing.isEmpty() || silent) {
            return STAND_IN;
        }
        return new Provenance(kind, indonesian, english);
    }

    /** Reports a source given as a string that is blank. */
    private static boolean blank(JsonParameters object, String field, String text) {
        JsonNode value = object.node.get(field);
        boolean blank = value != null && value.isTextual() && text.isBlank();
        if (blank) {
            object.resolve(object.at(field), "source must not be blank: cite the regulation, or say why the number "
                    + "is a stand-in");
        }
        return blank;
    }

    @Override
    public void problem(String field, String format, Object... arguments) {
        resolve(field.isEmpty() ? pointer : at(field), format, arguments);
    }

    private void finish() {
        if (silent) {
            return;
        }
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!asked.contains(name)) {
                unknown.add(name);
            }
        }
        if (unknown.isEmpty()) {
            for (String[] problem : missing) {
                report(problem[0], "%s", problem[1]);
            }
            return;
        }
        List<String> expected = new ArrayList<>(new TreeSet<>(asked));
        for (String name : unknown) {
            report(at(name), "unknown field; expected one of %s", expected);
        }
    }

    @Override
    public String toString() {
        return "Parameters[" + (pointer.isEmpty() ? "/" : pointer) + "]";
    }
}
