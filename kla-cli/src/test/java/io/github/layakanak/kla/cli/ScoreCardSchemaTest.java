package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.Region;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.ScoringException;
import io.github.layakanak.kla.scoring.Stamp;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.testkit.GoldenCases;
import io.github.layakanak.kla.testkit.Generators;
import io.github.layakanak.kla.testkit.Property;
import io.github.layakanak.kla.samples.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every scorecard kla's tests produce validates against the shipped scorecard schema
 * ({@link KlaJson#SCORECARD_SCHEMA}, #15), which is strict: each golden case's scorecard under its pack, each
 * sample's, and those of generated districts of both packs, admissible ones and any the engine admits of those
 * that may be wrong in any way. The schema names every field of every type a scorecard holds, too, so that a
 * field kla adds without the schema fails here even before a test produces it.
 */
class ScoreCardSchemaTest {

    private static final RulePacks PACKS = RulePacks.discover();
    private static final ObjectMapper PLAIN = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final JsonNode SCHEMA_TREE = schemaTree();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SCHEMA_TREE, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

    @TestFactory
    Stream<DynamicTest> everyGoldenCasesScoreCardValidates() {
        return Stream.of("kla-rules-2022", "kla-rules-2024")
                .flatMap(pack -> GoldenCases.load(Path.of("..", pack, "src", "test", "resources", "cases")).stream())
                .map(golden -> DynamicTest.dynamicTest(golden.name(), () -> assertValid(golden.score(PACKS),
                        golden.name())));
    }

    @TestFactory
    Stream<DynamicTest> everySamplesScoreCardValidates() {
        return Samples.all().stream().map(sample -> DynamicTest.dynamicTest(sample.name(), () -> assertValid(
                ScoringEngine.score(PACKS.get(sample.pack()), sample.submission()), sample.name())));
    }

    @Test
    void theScoreCardOfEveryGeneratedDistrictValidates() {
        for (RulePack pack : PACKS.all()) {
            Property.forAll(Generators.submissions(pack)).tries(150)
                    .check(submission -> assertValid(ScoringEngine.score(pack, submission), pack.id()));
        }
    }

    @Test
    void theScoreCardOfEveryAdmittedDistrictOfAnyKindValidates() {
        for (RulePack pack : PACKS.all()) {
            Property.forAll(Generators.anySubmissions(pack)).tries(150).check(submission -> {
                ScoreCard card;
                try {
                    card = ScoringEngine.score(pack, submission);
                } catch (ScoringException inadmissible) {
                    return;
                }
                assertValid(card, pack.id());
            });
        }
    }

    @Test
    void refusesAScoreCardWithAFieldItDoesNotName() throws IOException {
        Samples.Sample sample = Samples.find("batam").orElseThrow();
        ObjectNode tree = (ObjectNode) PLAIN.readTree(KlaJson.write(ScoringEngine.score(PACKS.get(sample.pack()),
                sample.submission())));
        tree.put("bonus", 1);
        ((ObjectNode) tree.get("stamp")).remove("packSha256");

        Set<ValidationMessage> messages = SCHEMA.validate(tree);

        Set<String> where = new TreeSet<>();
        messages.forEach(m -> where.add(m.getInstanceLocation().toString()));
        assertEquals(Set.of("", "/stamp"), where, messages.toString());
    }

    /**
     * The schema's properties of each type a scorecard holds are the type's fields, and it requires those that are
     * always written (all but the optional ones).
     */
    @Test
    void namesEveryFieldOfEveryTypeAScoreCardHolds() {
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(ScoreCard.class));
        Set<Class<?>> seen = new HashSet<>(pending);
        while (!pending.isEmpty()) {
            Class<?> type = pending.pop();
            JsonNode schema = type == ScoreCard.class ? SCHEMA_TREE : SCHEMA_TREE.path("$defs").path(defName(type));
            assertFalse(schema.isMissingNode(), () -> "the schema has no $defs/" + defName(type));
            assertEquals(false, schema.path("additionalProperties").asBoolean(true), type.getName());
            Map<String, Type> fields = fields(type);
            Set<String> required = new TreeSet<>();
            fields.forEach((name, t) -> {
                if (!(t instanceof ParameterizedType p && p.getRawType() == Optional.class)) {
                    required.add(name);
                }
            });
            assertEquals(new TreeSet<>(fields.keySet()), names(schema.path("properties").fieldNames()),
                    type.getName());
            Set<String> schemaRequired = new TreeSet<>();
            schema.path("required").forEach(r -> schemaRequired.add(r.asText()));
            assertEquals(required, schemaRequired, type.getName());
            for (Type t : fields.values()) {
                for (Class<?> inner : classesIn(t)) {
                    if (isKlaObject(inner) && seen.add(inner)) {
                        pending.push(inner);
                    }
                }
            }
        }
        assertTrue(seen.size() > 10, "types found: " + seen);
    }

    private static void assertValid(ScoreCard card, String what) {
        String json = KlaJson.write(card);
        Set<ValidationMessage> messages;
        try {
            messages = SCHEMA.validate(PLAIN.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(Set.of(), messages, () -> what + ": " + json);
    }

    private static JsonNode schemaTree() {
        try (InputStream in = KlaJson.class.getResourceAsStream(KlaJson.SCORECARD_SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(KlaJson.SCORECARD_SCHEMA + " is not shipped");
            }
            return PLAIN.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fields kla writes of a type: a record's components, the properties a class names for Jackson. */
    private static Map<String, Type> fields(Class<?> type) {
        Map<String, Type> fields = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                fields.put(component.getName(), component.getGenericType());
            }
        } else {
            for (Method method : type.getMethods()) {
                if (method.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonProperty.class)) {
                    fields.put(method.getName(), method.getGenericReturnType());
                }
            }
        }
        assertFalse(fields.isEmpty(), type.getName());
        return fields;
    }

    /** A type of the engine's written as an object of its own (the model's value and region have their defs). */
    private static boolean isKlaObject(Class<?> type) {
        return type.getName().startsWith("io.github.layakanak.kla.scoring") && !type.isEnum()
                || type == Stamp.class;
    }

    private static List<Class<?>> classesIn(Type type) {
        if (type instanceof ParameterizedType p) {
            return Stream.of(p.getActualTypeArguments()).flatMap(a -> classesIn(a).stream()).toList();
        }
        return type instanceof Class<?> c && c != IndicatorValue.class && c != Region.class ? List.of(c) : List.of();
    }

    /** {@code IndicatorScore} is {@code indicatorScore}; {@code Rating.Part} is {@code ratingPart}. */
    private static String defName(Class<?> type) {
        String name = type.getEnclosingClass() == null ? type.getSimpleName()
                : type.getEnclosingClass().getSimpleName() + type.getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static Set<String> names(Iterator<String> names) {
        Set<String> set = new TreeSet<>();
        names.forEachRemaining(set::add);
        return set;
    }
}
