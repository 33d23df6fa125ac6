package io.github.layakanak.kla.model.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.layakanak.kla.model.json.JsonFormatException;
import io.github.layakanak.kla.model.json.JsonFormatException.Problem;
import io.github.layakanak.kla.model.json.KlaJson;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Every format problem of a document that failed to read, in the document's order, so that a user fixes them all
 * in one go. Only a refused document is looked at again, so a valid one costs nothing more to read.
 *
 * <p>The search goes down the document as the model describes it: a part that kla's strict reader reads on its own
 * is well formed and left; a part that it refuses is looked into, field by field and element by element, and where
 * no part of it is at fault, the reader's own refusal of it is the problem. Unknown, duplicate and missing fields
 * and explicit nulls are found on the way. Broken JSON (after which tokens mean nothing) and a limit end the search
 * there: what was found before it is kept, and the break is the last problem. At most {@link KlaJson#MAX_PROBLEMS}
 * are collected, and the search stops when it has read the document's bytes {@link #BUDGET} times over (each level
 * of a part at fault is read again), so that a hostile document costs a bounded multiple of its reading.
 */
public final class EveryProblem {

    /** How many times over the search may read a document's bytes, and a floor for small documents. */
    static final int BUDGET = 16;

    private static final int BUDGET_FLOOR = 1 << 20;

    private final ObjectMapper mapper;
    private final JsonFactory factory;
    private final byte[] json;
    private final int[] lineStarts;
    private final List<Problem> found = new ArrayList<>();
    private final Map<JavaType, ObjectReader> readers = new HashMap<>();
    private final Map<JavaType, ObjectReader> elementReaders = new HashMap<>();
    private long budget;
    private boolean truncated;

    private EveryProblem(ObjectMapper mapper, byte[] json, long budget) {
        this.mapper = mapper;
        this.factory = mapper.getFactory();
        this.json = json;
        this.lineStarts = lineStarts(json);
        this.budget = budget;
    }

    /**
     * Finds every problem of a document the reader refused.
     *
     * @param mapper kla's mapper, which refused it
     * @param json   the document, UTF-8 already checked, within the size limit
     * @param type   what it should hold
     * @param first  the reader's refusal, which stays the words of its problem
     * @return the exception to throw, with every problem found
     */
    public static JsonFormatException find(ObjectMapper mapper, byte[] json, Class<?> type,
            JsonFormatException first) {
        return find(mapper, json, type, first, (long) BUDGET * json.length + BUDGET_FLOOR);
    }

    /** Finds every problem within a budget: how many bytes the search may read in all. */
    static JsonFormatException find(ObjectMapper mapper, byte[] json, Class<?> type, JsonFormatException first,
            long budget) {
        EveryProblem search = new EveryProblem(mapper, json, budget);
        Root root = search.root();
        if (root.start >= 0) {
            search.check(mapper.constructType(type), new Span(root.start, root.end, root.nulls, root.token, null),
                    "", root.start);
        }
        if (root.stop != null && !search.full()) {
            search.found.add(root.stop);
        }
        List<Problem> problems = search.merge(first);
        Throwable cause = first.getCause();
        return cause == null ? new JsonFormatException(problems, search.truncated)
                : new JsonFormatException(problems, search.truncated, cause);
    }

    /** The reader's refusal in place of the problem found at its pointer (its words are the reader's). */
    private List<Problem> merge(JsonFormatException first) {
        List<Problem> problems = new ArrayList<>(found);
        int same = -1;
        for (int i = 0; i < problems.size() && same < 0; i++) {
            Problem p = problems.get(i);
            if (p.pointer().equals(first.pointer()) && p.problem().equals(first.problem())) {
                same = i;
            }
        }
        for (int i = 0; i < problems.size() && same < 0; i++) {
            if (problems.get(i).pointer().equals(first.pointer())) {
                same = i;
            }
        }
        if (same >= 0) {
            Problem at = problems.get(same);
            problems.set(same, at.line().isPresent()
                    ? Problem.at(first.pointer(), at.line().getAsInt(), at.column().getAsInt(), first::problem)
                    : Problem.of(first.pointer(), first::problem));
        } else {
            int offset = offsetOf(0, json.length, first.pointer());
            problems.add(0, offset < 0 ? Problem.of(first.pointer(), first::problem)
                    : problemAt(first.pointer(), offset, first::problem));
            if (problems.size() > KlaJson.MAX_PROBLEMS) {
                problems.remove(problems.size() - 1);
                truncated = true;
            }
        }
        return problems;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Going down the document.

    /**
     * Checks a part of the document as a value of a type, at a pointer whose place in the file (a field's name,
     * an element's first character) is at an offset.
     */
    private void check(JavaType declared, Span span, String pointer, int place) {
        if (full()) {
            return;
        }
        JavaType type = unwrapped(declared);
        JsonFormatException refusal = span.whole() ? bind(type, span) : null;
        if (span.whole() && refusal == null) {
            return;
        }
        lookInto(type, span, pointer, place, refusal);
    }

    /** Looks into a part the reader refused (or could not read on its own: no refusal), to find why. */
    private void lookInto(JavaType declared, Span span, String pointer, int place,
            @Nullable JsonFormatException refusal) {
        if (full()) {
            return;
        }
        JavaType type = unwrapped(declared);
        if (span.token == JsonToken.VALUE_NULL) {
            add(pointer, place, pointer.isEmpty()
                    ? JsonWords.of("json.null.document", Json.expectedWords(type.getRawClass()))
                    : JsonWords.of(span.inArray ? "json.null.element" : "json.null.field"));
            return;
        }
        int before = found.size();
        Class<?> raw = type.getRawClass();
        if (span.token == JsonToken.START_OBJECT && raw.isRecord()) {
            record(raw, span, pointer, null, refusal);
        } else if (span.token == JsonToken.START_OBJECT && subtypes(raw) != null) {
            polymorphic(raw, span, pointer, place, refusal);
            return;
        } else if (span.token == JsonToken.START_ARRAY && type.isCollectionLikeType()) {
            list(type.getContentType(), span, pointer, refusal);
        } else if (span.token == JsonToken.START_OBJECT && type.isMapLikeType()) {
            map(type, span, pointer);
        }
        if (found.size() == before && refusal != null) {
            add(refusal, span.start, pointer, place);
        }
    }

    private static JavaType unwrapped(JavaType type) {
        return type.isReferenceType() ? type.getContentType() : type;
    }

    /**
     * The refusal of a part as the refusal of the member it points into ({@code /answers/3/value} into member
     * {@code answers}: {@code /3/value}), or null when it points into none.
     */
    private static @Nullable JsonFormatException into(@Nullable JsonFormatException refusal, String member) {
        if (refusal == null) {
            return null;
        }
        String inner = refusal.pointer();
        String head = "/" + escape(member);
        if (!inner.equals(head) && !inner.startsWith(head + "/")) {
            return null;
        }
        return new JsonFormatException(inner.substring(head.length()), refusal::problem);
    }

    /**
     * A record's fields, in the document's order, then the fields it lacks. The reader reads fields in order,
     * so those before the one its refusal points into were read well and are not read again.
     */
    private void record(Class<?> record, Span span, String pointer, @Nullable String typeProperty,
            @Nullable JsonFormatException refusal) {
        Map<String, RecordComponent> components = new HashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            components.put(component.getName(), component);
        }
        Members members = members(span);
        boolean readWell = refusal != null && members.list.stream().anyMatch(m -> into(refusal, m.name) != null);
        Set<String> seen = new HashSet<>();
        boolean unknown = false;
        for (Member member : members.list) {
            if (full()) {
                return;
            }
            String at = pointer + "/" + escape(member.name);
            JsonFormatException inner = into(refusal, member.name);
            if (!seen.add(member.name)) {
                duplicate(member, at);
            } else if (member.name.equals(typeProperty)) {
                continue;
            } else if (!components.containsKey(member.name)) {
                unknown = true;
                Set<String> known = new TreeSet<>(components.keySet());
                if (typeProperty != null) {
                    known.add(typeProperty);
                }
                add(at, member.nameStart, JsonWords.of("json.unknownField", List.copyOf(known)));
            } else if (inner != null && member.value.whole()) {
                readWell = false;
                lookInto(mapper.constructType(components.get(member.name).getGenericType()), member.value, at,
                        member.nameStart, inner);
            } else if (!readWell) {
                check(mapper.constructType(components.get(member.name).getGenericType()), member.value, at,
                        member.nameStart);
            }
        }
        // A field missing beside an unknown one is most often that one misspelled, which the unknown field's
        // words name; the reader says the same.
        if (!members.whole || unknown) {
            return;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            if (!seen.contains(component.getName()) && !full()) {
                JsonWords missing = missing(record, component);
                if (missing != null) {
                    add(pointer + "/" + component.getName(), span.start, missing);
                }
            }
        }
    }

    /** A value whose type its {@code kind} names: the kind's record, or the reader's refusal of the kind. */
    private void polymorphic(Class<?> base, Span span, String pointer, int place,
            @Nullable JsonFormatException refusal) {
        String property = base.getAnnotation(JsonTypeInfo.class).property();
        Members members = members(span);
        Member kind = members.list.stream().filter(m -> m.name.equals(property)).findFirst().orElse(null);
        Class<?> subtype = kind == null || kind.value.text == null ? null : subtypes(base).get(kind.value.text);
        int before = found.size();
        if (subtype != null) {
            record(subtype, span, pointer, property, refusal);
        }
        if (found.size() > before || subtype != null && refusal == null) {
            return;
        }
        if (refusal != null) {
            add(refusal, span.start, pointer, place);
        } else if (members.whole || kind != null) {
            add(pointer + "/" + property, kind == null ? span.start : kind.nameStart, kind == null
                    ? JsonWords.of("json.kind.missing", Json.KINDS)
                    : JsonWords.of("json.kind.unknown", String.valueOf(kind.value.text), Json.KINDS));
        }
    }

    /**
     * A list's elements: those before the one the refusal points into were read well; the rest are read on with
     * one parser, each refused one looked into.
     */
    private void list(JavaType element, Span span, String pointer, @Nullable JsonFormatException refusal) {
        List<Member> elements = members(span).list;
        int next = 0;
        for (int i = 0; i < elements.size() && refusal != null; i++) {
            JsonFormatException inner = into(refusal, elements.get(i).name);
            if (inner != null && elements.get(i).value.whole()) {
                Member member = elements.get(i);
                lookInto(element, member.value, pointer + "/" + i, member.nameStart, inner);
                next = i + 1;
                break;
            }
        }
        while (next < elements.size() && !full()) {
            next = readOn(element, span, elements, next, pointer);
        }
    }

    /**
     * Reads the elements of a list from one on with one parser, looking into each that is refused; returns the
     * index to go on from when the parser cannot (a field given twice breaks its reading), else the list's size.
     */
    private int readOn(JavaType element, Span span, List<Member> elements, int from, String pointer) {
        int end = span.whole() ? span.end : json.length;
        if (!spend(end - span.start)) {
            return elements.size();
        }
        // Elements follow one another in one parser: what follows one is the next, not trailing tokens.
        ObjectReader reader = elementReaders.computeIfAbsent(element,
                type -> mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
        try (JsonParser parser = parser(span.start, end)) {
            parser.nextToken();
            JsonStreamContext array = parser.getParsingContext();
            for (int i = 0; i < elements.size() && !full(); i++) {
                if (i == from) {
                    // Those before were read (one of them broke a parser): from here on, strictly again.
                    parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
                }
                parser.nextToken();
                Member member = elements.get(i);
                String at = pointer + "/" + i;
                if (i < from) {
                    parser.skipChildren();
                } else if (!member.value.whole()) {
                    lookInto(element, member.value, at, member.nameStart, null);
                    if (member.value.end < 0) {
                        return elements.size();
                    }
                    parser.skipChildren();
                } else {
                    try {
                        reader.readValue(parser);
                    } catch (JsonProcessingException e) {
                        if (brokenReading(e)) {
                            // Broken reading: this one on its own, then a new parser after it.
                            check(element, member.value, at, member.nameStart);
                            return i + 1;
                        }
                        lookInto(element, member.value, at, member.nameStart, refusal(e, member.value));
                        while (parser.getParsingContext() != array) {
                            parser.nextToken();
                        }
                    }
                }
            }
        } catch (IOException broken) {
            return elements.size();
        }
        return elements.size();
    }

    /** Each entry of a map read on its own, so that a bad key is found too. */
    private void map(JavaType type, Span span, String pointer) {
        Set<String> seen = new HashSet<>();
        for (Member member : members(span).list) {
            if (full()) {
                return;
            }
            String at = pointer + "/" + escape(member.name);
            if (!seen.add(member.name)) {
                duplicate(member, at);
                continue;
            }
            if (member.value.token == JsonToken.VALUE_NULL || !member.value.whole()) {
                lookInto(type.getContentType(), member.value, at, member.nameStart, null);
                continue;
            }
            byte[] entry = new byte[member.value.end - member.nameStart + 2];
            entry[0] = '{';
            System.arraycopy(json, member.nameStart, entry, 1, entry.length - 2);
            entry[entry.length - 1] = '}';
            JsonFormatException refusal = bind(type, entry, 0, entry.length);
            if (refusal == null) {
                continue;
            }
            if (refusal.pointer().startsWith(at.substring(pointer.length()) + "/")
                    && member.value.token.isStructStart()) {
                check(type.getContentType(), member.value, at, member.nameStart);
            } else {
                add(pointer + refusal.pointer(), member.nameStart, refusal::problem);
            }
        }
    }

    private void duplicate(Member member, String at) {
        // Where the strict reader stops: just after the name, as its own message of broken JSON says.
        int after = nameEnd(member.nameStart);
        add(at, member.nameStart, JsonWords.of("json.malformed", Json.where(location(after)),
                JsonWords.of("json.malformed.duplicate", member.name)));
    }

    /** What the reader says of a field left out, or null for one that may be (an optional, a list, a map). */
    private static @Nullable JsonWords missing(Class<?> record, RecordComponent component) {
        Class<?> type = component.getType();
        if (type == Optional.class || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
            return null;
        }
        if (type.isPrimitive()) {
            JsonProperty property = null;
            try {
                property = record.getDeclaredField(component.getName()).getAnnotation(JsonProperty.class);
            } catch (NoSuchFieldException e) {
                // A record has a field per component.
            }
            return property != null && property.required() ? JsonWords.of("json.required") : null;
        }
        return JsonWords.of("json.requiredOrNull");
    }

    private static @Nullable Map<String, Class<?>> subtypes(Class<?> base) {
        JsonSubTypes types = base.getAnnotation(JsonSubTypes.class);
        if (types == null || base.getAnnotation(JsonTypeInfo.class) == null) {
            return null;
        }
        Map<String, Class<?>> byName = new HashMap<>();
        Arrays.stream(types.value()).forEach(t -> byName.put(t.name(), t.value()));
        return byName;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Reading parts of the document.

    /** The strict reader's refusal of a part read as a value of a type, or null when it reads. */
    private @Nullable JsonFormatException bind(JavaType type, Span span) {
        return bind(type, json, span.start, span.end - span.start);
    }

    private @Nullable JsonFormatException bind(JavaType type, byte[] bytes, int start, int length) {
        if (!spend(length)) {
            return null;
        }
        try {
            readers.computeIfAbsent(type, mapper::readerFor).readValue(bytes, start, length);
            return null;
        } catch (JsonProcessingException e) {
            if (brokenReading(e)) {
                // A field given twice (the part is whole JSON): the part's own, not a member's; looking into the
                // part finds it, with its place in the document.
                return new JsonFormatException("", Json.formatProblem(e)::problem);
            }
            byte[] part = bytes == json ? Arrays.copyOfRange(json, start, start + length) : bytes;
            return Json.unknownFieldInstead(part, e).orElseGet(() -> Json.formatProblem(e));
        } catch (IOException e) {
            return new JsonFormatException("", JsonWords.of("json.decode", String.valueOf(e.getMessage())), e);
        }
    }

    /** Whether the parser broke (a field given twice in a part that is whole JSON), not the reading of a value. */
    private static boolean brokenReading(JsonProcessingException e) {
        return Json.syntax(e) != null || Json.limit(e) != null;
    }

    /** The reader's refusal of a part it read as part of a larger one, in the words it gives the part alone. */
    private JsonFormatException refusal(JsonProcessingException e, Span span) {
        return Json.unknownFieldInstead(Arrays.copyOfRange(json, span.start, span.end), e)
                .orElseGet(() -> Json.formatProblem(e));
    }

    /** The members of an object, or the elements of an array (named by index), as far as the document goes. */
    private Members members(Span span) {
        int end = span.whole() ? span.end : json.length;
        List<Member> list = new ArrayList<>();
        if (!spend(end - span.start)) {
            return new Members(list, false);
        }
        boolean array = span.token == JsonToken.START_ARRAY;
        try (JsonParser parser = parser(span.start, end)) {
            parser.nextToken();
            for (int index = 0; ; index++) {
                JsonToken token = parser.nextToken();
                if (token == null || token.isStructEnd()) {
                    return new Members(list, token != null);
                }
                String name = String.valueOf(index);
                int nameStart = -1;
                if (token == JsonToken.FIELD_NAME) {
                    name = parser.currentName();
                    nameStart = span.start + offset(parser.currentTokenLocation());
                    token = parser.nextToken();
                }
                int valueStart = span.start + offset(parser.currentTokenLocation());
                Member member = new Member(name, nameStart < 0 ? valueStart : nameStart,
                        new Span(valueStart, -1, false, token, null, array));
                list.add(member);
                member.value = value(parser, span.start, member.value);
            }
        } catch (IOException broken) {
            // Broken JSON or a limit: the search stops there (the document's first reading names it).
            return new Members(list, false);
        }
    }

    /** Reads a value on to its end, noting a null inside; its end stays unknown if the document breaks in it. */
    private Span value(JsonParser parser, int base, Span started) throws IOException {
        JsonToken token = started.token;
        boolean nulls = token == JsonToken.VALUE_NULL;
        String text = null;
        if (token.isStructStart()) {
            for (int depth = 1; depth > 0; ) {
                JsonToken next = parser.nextToken();
                if (next == null) {
                    return started;
                }
                depth += next.isStructStart() ? 1 : next.isStructEnd() ? -1 : 0;
                nulls |= next == JsonToken.VALUE_NULL;
            }
        } else if (token == JsonToken.VALUE_STRING) {
            text = parser.getText();
        } else {
            parser.getText();
        }
        int end = base + offset(parser.currentLocation());
        while (!token.isStructStart() && end > started.start + 1 && isFiller(json[end - 1])) {
            end--;
        }
        return new Span(started.start, end, nulls, token, text, started.inArray);
    }

    private static boolean isFiller(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == ',' || b == ':' || b == ']' || b == '}';
    }

    /** Reads the document through once: where its value starts and ends, and where broken JSON stops it. */
    private Root root() {
        Root root = new Root();
        try (JsonParser parser = parser(0, json.length)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return root;
            }
            root.start = offset(parser.currentTokenLocation());
            root.token = token;
            Span span = value(parser, 0, new Span(root.start, -1, false, token, null));
            root.end = span.end;
            root.nulls = span.nulls;
            if (span.end >= 0 && parser.nextToken() != null) {
                root.stop = problemAt("", offset(parser.currentTokenLocation()),
                        JsonWords.of("json.trailing", Json.where(parser.currentTokenLocation())));
            }
        } catch (JsonProcessingException broken) {
            JsonFormatException problem = Json.formatProblem(broken);
            JsonLocation where = broken.getLocation();
            root.stop = where == null || where.getLineNr() < 1 ? Problem.of(problem.pointer(), problem::problem)
                    : Problem.at(problem.pointer(), where.getLineNr(), Math.max(1, where.getColumnNr()),
                            problem::problem);
        } catch (IOException unreadable) {
            root.stop = null;
        }
        return root;
    }

    /** A parser of part of the document that takes a field given twice (the search reports it itself). */
    private JsonParser parser(int start, int end) throws IOException {
        JsonParser parser = factory.createParser(json, start, end - start);
        parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return parser;
    }

    /** The offset of the first token at a pointer inside a part of the document, or -1 when there is none. */
    private int offsetOf(int start, int end, String pointer) {
        try (JsonParser parser = parser(start, end)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (!token.isStructEnd() && parser.getParsingContext().pathAsPointer().toString().equals(pointer)) {
                    return start + offset(parser.currentTokenLocation());
                }
            }
        } catch (IOException broken) {
            return -1;
        }
        return -1;
    }

    /** The offset of the byte after a field name's closing quote. */
    private int nameEnd(int quote) {
        int i = quote + 1;
        while (i < json.length && json[i] != '"') {
            i += json[i] == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, json.length);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Problems and their places.

    private void add(String pointer, int offset, Function<Locale, String> words) {
        if (full()) {
            return;
        }
        found.add(problemAt(pointer, offset, words));
    }

    /**
     * The reader's refusal of a part that starts at an offset, its pointer made the document's, at its own place
     * inside the part (the part's own place when it is the part).
     */
    private void add(JsonFormatException refusal, int start, String pointer, int place) {
        int offset = refusal.pointer().isEmpty() ? place : -1;
        for (String inner = refusal.pointer(); offset < 0 && !inner.isEmpty();
                inner = inner.substring(0, inner.lastIndexOf('/'))) {
            offset = offsetOf(start, json.length, inner);
        }
        add(pointer + refusal.pointer(), offset < 0 ? place : offset, refusal::problem);
    }

    private Problem problemAt(String pointer, int offset, Function<Locale, String> words) {
        JsonLocation at = location(offset);
        return Problem.at(pointer, at.getLineNr(), at.getColumnNr(), words);
    }

    /** The line and column of an offset, counted as the parser counts them. */
    private JsonLocation location(int offset) {
        int line = Arrays.binarySearch(lineStarts, offset);
        line = line >= 0 ? line : -line - 2;
        return new JsonLocation(ContentReference.unknown(), offset, -1L, line + 1, offset - lineStarts[line] + 1);
    }

    /** Where each line starts: after a line feed, a carriage return and line feed, or a lone carriage return. */
    private static int[] lineStarts(byte[] json) {
        int bom = json.length >= 3 && (json[0] & 0xff) == 0xef && (json[1] & 0xff) == 0xbb
                && (json[2] & 0xff) == 0xbf ? 3 : 0;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = bom;
        for (int i = bom; i < json.length; i++) {
            boolean breaks = json[i] == '\n' || json[i] == '\r' && (i + 1 == json.length || json[i + 1] != '\n');
            if (breaks) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static int offset(JsonLocation location) {
        return (int) location.getByteOffset();
    }

    private boolean full() {
        if (found.size() >= KlaJson.MAX_PROBLEMS) {
            truncated = true;
        }
        return truncated;
    }

    private boolean spend(long bytes) {
        budget -= bytes;
        if (budget < 0) {
            truncated = true;
        }
        return !truncated;
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** A value of the document: where it starts and ends (-1 when the document breaks in it). */
    private static final class Span {
        final int start;
        final int end;
        final boolean nulls;
        final JsonToken token;
        final @Nullable String text;
        final boolean inArray;

        Span(int start, int end, boolean nulls, JsonToken token, @Nullable String text) {
            this(start, end, nulls, token, text, false);
        }

        Span(int start, int end, boolean nulls, JsonToken token, @Nullable String text, boolean inArray) {
            this.start = start;
            this.end = end;
            this.nulls = nulls;
            this.token = token;
            this.text = text;
            this.inArray = inArray;
        }

        /** Whether it ends, and holds no null, so that the strict reader can read it on its own. */
        boolean whole() {
            return end >= 0 && !nulls;
        }
    }

    /** A member of an object (or an element of an array, named by its index). */
    private static final class Member {
        final String name;
        final int nameStart;
        Span value;

        Member(String name, int nameStart, Span value) {
            this.name = name;
            this.nameStart = nameStart;
            this.value = value;
        }
    }

    /** The members of an object as far as the document goes; whole when it reaches the closing bracket. */
    private record Members(List<Member> list, boolean whole) {
    }

    /** The document's value, and the problem that ends its reading early, if one does. */
    private static final class Root {
        int start = -1;
        int end = -1;
        boolean nulls;
        JsonToken token = JsonToken.NOT_AVAILABLE;
        @Nullable Problem stop;
    }
}
