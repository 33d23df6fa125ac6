package io.github.layakanak.kla.scoring.spi;

import static io.github.layakanak.kla.scoring.spi.PackFiles.PACK;
import static io.github.layakanak.kla.scoring.spi.PackFiles.json;
import static io.github.layakanak.kla.scoring.spi.PackFiles.loader;
import static io.github.layakanak.kla.scoring.spi.PackFiles.remove;
import static io.github.layakanak.kla.scoring.spi.PackFiles.set;
import static io.github.layakanak.kla.scoring.spi.PackFiles.text;
import static io.github.layakanak.kla.scoring.spi.PackFiles.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.DocumentLevel;
import io.github.layakanak.kla.model.FunctioningLevel;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.RegionEdition;
import io.github.layakanak.kla.model.Scope;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.VerificationStatus;
import io.github.layakanak.kla.scoring.RulePackException;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.QuestionRule;
import io.github.layakanak.kla.scoring.pack.Response;
import io.github.layakanak.kla.scoring.pack.Rounding;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.RubricKind;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.rubric.Composite;
import io.github.layakanak.kla.scoring.rubric.CountThresholds;
import io.github.layakanak.kla.scoring.rubric.DocumentLadder;
import io.github.layakanak.kla.scoring.rubric.FunctioningLadder;
import io.github.layakanak.kla.scoring.rubric.Presence;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulePackLoaderTest {

    private static final Provenance STAND_IN =
            Provenance.hypothetical("fictional test pack: numbers chosen to exercise the loader");
    private static final Provenance BRIEF = Provenance.sourced("domain brief, section 3 (stand-in weights)");

    @Test
    void loadsACompletePackWithEveryRubricKind() {
        RulePack pack = PackFiles.valid();

        assertEquals("test-2031", pack.id());
        assertEquals(List.of(2031), pack.years());
        assertEquals("Test pack 2031", pack.name().english());
        assertEquals(RegionEdition.KEMENDAGRI_2025, pack.regionEdition());
        assertEquals(2030, pack.round().dataYear());
        assertEquals(2, pack.round().calendar().size());
        assertEquals(new Rounding(2, RoundingMode.HALF_UP, Rounding.Point.INDICATOR, STAND_IN), pack.rounding());
        assertEquals(0, new BigDecimal("100").compareTo(pack.totalMax().value()));
        assertEquals(Provenance.official("fictional regulation art. 1"), pack.totalMax().provenance());
        assertEquals(List.of(Cluster.KELEMBAGAAN, Cluster.KLASTER_I, Cluster.KLASTER_III),
                pack.sections().stream().map(s -> s.cluster()).toList());
        assertEquals(List.of("perda-kla", "kelembagaan", "akta-lahir", "forum-anak", "gizi", "puskesmas"),
                pack.indicators().stream().map(IndicatorRule::id).toList());
        assertEquals(Rank.MADYA, pack.bands().rankOf(new BigDecimal("60.01")));
        assertEquals(Rank.PRATAMA, pack.bands().rankOf(new BigDecimal("60.00")));
        assertEquals(Set.of(VerificationStatus.PENDING, VerificationStatus.VALID),
                pack.stageRules().counting().get(Stage.SELF_ASSESSMENT));
        assertEquals(Stage.ADMINISTRATIVE_VERIFICATION, pack.findGate().orElseThrow().stage());
        assertFalse(pack.rankConditions().get(0).enabled());
        assertTrue(pack.findOverlay().isEmpty());
        assertTrue(pack.sha256().matches("[0-9a-f]{64}"));

        List<String> kinds = List.of(
                pack.indicator("perda-kla").rubric().orElseThrow().kind(),
                pack.indicator("kelembagaan").rubric().orElseThrow().kind(),
                pack.indicator("akta-lahir").rubric().orElseThrow().kind(),
                pack.indicator("gizi").rubric().orElseThrow().kind(),
                pack.indicator("puskesmas").rubric().orElseThrow().kind());
        assertEquals(List.of("DOCUMENT_LADDER", "COMPOSITE", "PERCENT_BANDS", "TARGET_COMPARISON",
                "HALF_OR_FULL"), kinds);
    }

    @Test
    void resolvesNamedProvenancesAndLetsCompositeItemsInheritTheirs() {
        RulePack pack = PackFiles.valid();

        DocumentLadder ladder = (DocumentLadder) pack.indicator("perda-kla").rubric().orElseThrow();
        assertEquals(BRIEF, ladder.provenance());
        assertEquals(0, new BigDecimal("0.6").compareTo(ladder.fractions().get(DocumentLevel.PERKADA_OR_SK)));

        Composite composite = (Composite) pack.indicator("kelembagaan").rubric().orElseThrow();
        assertEquals(List.of("task-force", "budget", "action-plan"),
                composite.items().stream().map(Composite.Item::id).toList());
        FunctioningLadder taskForce = (FunctioningLadder) composite.items().get(0).rubric();
        assertEquals(STAND_IN, taskForce.provenance(), "inherited from the composite");
        assertEquals(0, new BigDecimal("0.5").compareTo(taskForce.fractions().get(FunctioningLevel.PARTIAL)));
        assertEquals(BRIEF, composite.items().get(1).rubric().provenance(), "its own");
        assertTrue(composite.items().get(2).rubric() instanceof Presence);
        assertFalse(pack.indicator("kelembagaan").evidenceRequired());
    }

    @Test
    void readsAnIndicatorScoredByQuestionsWithACap() {
        IndicatorRule forum = PackFiles.valid().indicator("forum-anak");

        assertTrue(forum.byQuestions());
        assertTrue(forum.rubric().isEmpty());
        assertEquals(List.of("4a", "4b", "4c"), forum.questions().stream().map(QuestionRule::code).toList());
        assertEquals(Optional.of(Provenance.hypothetical("questions add up to 20; capped at the max of 15")),
                forum.capProvenance());
        QuestionRule first = forum.questions().get(0);
        assertEquals(Scope.KECAMATAN, first.question().scope());
        assertEquals(List.of("DP3A"), first.question().agencies());
        assertEquals(0, BigDecimal.TEN.compareTo(first.max()));
        assertTrue(first.rubric() instanceof CountThresholds);
        QuestionRule second = forum.questions().get(1);
        assertFalse(second.evidenceRequired());
        assertEquals(List.of("NOT_INVITED", "INVITED", "INVITED_AND_HEARD"),
                second.rubric().ladder().stream().map(s -> s.id()).toList());
        assertEquals(Scope.KABUPATEN_KOTA, forum.questions().get(2).question().scope(), "the default");
        assertEquals(BRIEF, forum.questions().get(2).maxProvenance());
        assertEquals(List.of("4a", "4b", "4c"),
                forum.indicator().questions().stream().map(q -> q.code()).toList());
    }

    @Test
    void readsARubricOfTheLoadersOwnKindWithItsParameters() {
        Rubric rubric = PackFiles.valid().indicator("puskesmas").rubric().orElseThrow();

        assertEquals(new HalfOrFull(new BigDecimal("60"), new BigDecimal("0.5"), PackFiles.valid()
                .indicator("puskesmas").max().provenance()), rubric);
        assertEquals("HALF", rubric.rate(Response.of(new IndicatorValue.Percentage(new BigDecimal("30"),
                Optional.empty()))).rung().id());
    }

    @Test
    void loadsFromAStreamAFileAndAResourceAlike(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(PACK);
        Files.writeString(file, text(PACK));
        String sha = PackFiles.valid().sha256();

        assertEquals(sha, loader().load(file).sha256());
        assertEquals(sha, loader().load(new ByteArrayInputStream(text(PACK).getBytes(StandardCharsets.UTF_8)),
                PACK).sha256());
        assertEquals(sha, loader().load(RulePackLoaderTest.class, PACK).sha256());
    }

    @Test
    void namesAMissingResourceAndWhatToDo() {
        RulePackException e = assertThrows(RulePackException.class,
                () -> loader().load(RulePackLoaderTest.class, "no-such-pack.json"));

        assertEquals("no-such-pack.json", e.pack());
        assertEquals(List.of("/: resource [no-such-pack.json] is not found beside class "
                + "[io.github.layakanak.kla.scoring.spi.RulePackLoaderTest]; if it is in a named module, open the "
                + "package to io.github.layakanak.kla.scoring or load it with load(InputStream, String)"),
                e.problems());
    }

    @Test
    void namesAMissingFile(@TempDir Path dir) {
        Path file = dir.resolve("missing.json");

        RulePackException e = assertThrows(RulePackException.class, () -> loader().load(file));

        assertEquals(file.toString(), e.pack());
        assertTrue(e.problems().get(0).startsWith("/: cannot be read: java.nio.file.NoSuchFileException"),
                e.problems().get(0));
    }

    @Test
    void rejectsAnUnknownFieldAtItsPointer() {
        ObjectNode tree = tree(PACK);
        set(tree, "/indicators/0/rubric/fraktions", json("{}"));

        RulePackException e = assertThrows(RulePackException.class, () -> PackFiles.load(tree));

        assertEquals(PACK, e.pack());
        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).startsWith("/indicators/0/rubric/fraktions: unknown field; expected one of "),
                e.problems().get(0));
    }

    @Test
    void rejectsAnUnknownTopLevelFieldAtItsPointer() {
        ObjectNode tree = tree(PACK);
        tree.put("weights", 1);

        RulePackException e = assertThrows(RulePackException.class, () -> PackFiles.load(tree));

        assertTrue(e.problems().get(0).startsWith("/weights: unknown field; expected one of [bands, gate, id, "),
                e.problems().get(0));
    }

    @Test
    void rejectsAnUnknownEnumConstantAtItsPointer() {
        ObjectNode tree = tree(PACK);
        set(tree, "/indicators/2/cluster", "KLASTER_VI");

        RulePackException e = assertThrows(RulePackException.class, () -> PackFiles.load(tree));

        assertEquals(List.of("/indicators/2/cluster: [KLASTER_VI] is not one of "
                + java.util.Arrays.toString(Cluster.values())), e.problems());
    }

    @Test
    void rejectsAnUnknownRubricKindAtItsPointer() {
        ObjectNode tree = tree(PACK);
        set(tree, "/indicators/4/rubric/kind", "TARGET");

        RulePackException e = assertThrows(RulePackException.class, () -> PackFiles.load(tree));

        assertEquals(List.of("/indicators/4/rubric/kind: unknown rubric kind [TARGET]; expected one of "
                + "[DOCUMENT_LADDER, PERCENT_BANDS, TARGET_COMPARISON, FUNCTIONING_LADDER, COUNT_THRESHOLDS, "
                + "PRESENCE, BUDGET_SOURCES, PROPORTIONAL, OPTIONS, COMPOSITE, HALF_OR_FULL]"), e.problems());
    }

    @Test
    void rejectsAMissingRequiredFieldAtItsPointer() {
        ObjectNode tree = tree(PACK);
        remove(tree, "/indicators/1/max");

        RulePackException e = assertThrows(RulePackException.class, () -> PackFiles.load(tree));

        assertEquals(List.of("/indicators/1/max: required field is missing"), e.problems());
    }

    @Test
    void rejectsAWronglyTypedValueAtItsPointer() {
        ObjectNode tree = tree(PACK);
        set(tree, "/sections/1/max/value", "thirty");

        RulePackException e = assertThrows(RulePackException.class, () -> PackFiles.load(tree));

        assertEquals(List.of("/sections/1/max/value: expected a number"), e.problems());
    }

    @Test
    void rejectsMalformedJsonWithItsLine() {
        RulePackException e = assertThrows(RulePackException.class,
                () -> loader().parse("{\"id\": \"x\",\n \"years\": [2031,]}", "broken.json"));

        assertEquals("broken.json", e.pack());
        assertEquals(List.of("/years/1: malformed JSON (line 2, column 17): Unexpected character (']' (code 93)): "
                + "expected a value"), e.problems());
    }

    @Test
    void rejectsTextThatIsNotJsonAtAll() {
        RulePackException e = assertThrows(RulePackException.class, () -> loader().parse("id: x", "broken.json"));

        // The column is where Jackson stops reading the token, which differs between Jackson versions (1 or 4).
        assertTrue(e.problems().get(0).matches("/: malformed JSON \\(line 1, column \\d\\): Unrecognized token 'id'.*"),
                e.problems().get(0));
    }

    @Test
    void rejectsADuplicateFieldAtItsPointer() {
        RulePackException e = assertThrows(RulePackException.class,
                () -> loader().parse("{\"id\": \"x\",\n \"id\": \"y\"}", "twice.json"));

        assertEquals(List.of("/id: malformed JSON (line 2, column 6): Duplicate field 'id'"), e.problems());
    }

    @Test
    void rejectsContentAfterTheDocument() {
        RulePackException e = assertThrows(RulePackException.class,
                () -> loader().parse("{\"id\": \"x\"}\n{\"id\": \"y\"}", "two.json"));

        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).startsWith("/: malformed JSON (line 2, column 2): Trailing token"),
                e.problems().get(0));
    }

    @Test
    void rejectsAnEmptyFile() {
        RulePackException e = assertThrows(RulePackException.class, () -> loader().parse("  \n", "empty.json"));

        assertEquals(List.of("/: the file is empty; expected a JSON object"), e.problems());
    }

    @Test
    void keepsEveryNumberAsWritten() throws Exception {
        String written = loader().write(loader().parse(text(PACK), "pack.json"));

        RulePack again = loader().parse(written, "written.json");

        assertEquals(written, loader().write(again));
        assertEquals(loader().parse(text(PACK), "pack.json").sha256(), again.sha256());
    }

    @Test
    void keepsTheHashWhenTheFileIsReformatted() throws Exception {
        String original = text(PACK);
        ObjectNode tree = tree(PACK);
        String compact = tree.toString();
        String pretty = tree.toPrettyString();
        ObjectNode reordered = PackFiles.MAPPER.createObjectNode();
        List<String> names = new java.util.ArrayList<>();
        tree.fieldNames().forEachRemaining(names::add);
        java.util.Collections.reverse(names);
        names.forEach(n -> reordered.set(n, tree.get(n)));

        String sha = loader().parse(original, PACK).sha256();

        assertEquals(sha, loader().parse(compact, PACK).sha256());
        assertEquals(sha, loader().parse(pretty, PACK).sha256());
        assertEquals(sha, loader().parse(reordered.toString(), PACK).sha256());
    }

    @Test
    void changesTheHashWhenANumberChanges() {
        ObjectNode tree = tree(PACK);
        set(tree, "/bands/ranks/1/from", 51);

        assertNotEquals(PackFiles.valid().sha256(), PackFiles.load(tree).sha256());
    }

    @Test
    void changesTheHashWhenAProvenanceChanges() {
        ObjectNode tree = tree(PACK);
        set(tree, "/provenances/brief/source", "another brief");

        assertNotEquals(PackFiles.valid().sha256(), PackFiles.load(tree).sha256());
    }

    @Test
    void readsASourceInBothLanguagesAndWritesItBack() {
        ObjectNode tree = tree(PACK);
        set(tree, "/provenances/brief/source", json("{\"id\": \"angka pengganti dari penyusun paket\", "
                + "\"en\": \"the pack authors' stand-in\"}"));

        RulePack pack = PackFiles.load(tree);
        Provenance brief = pack.findGate().orElseThrow().threshold().provenance();
        String written = loader().write(pack);
        JsonNode source = json(written).at("/gate/threshold/provenance/source");

        assertEquals(Provenance.sourced("angka pengganti dari penyusun paket", "the pack authors' stand-in"), brief);
        assertEquals("angka pengganti dari penyusun paket", brief.source(Locale.forLanguageTag("id")));
        assertEquals("the pack authors' stand-in", brief.source(Locale.ENGLISH));
        assertEquals(json("{\"id\": \"angka pengganti dari penyusun paket\", "
                + "\"en\": \"the pack authors' stand-in\"}"), source, "written out in both languages");
        assertEquals(pack.sha256(), loader().parse(written, "written.json").sha256());
        assertNotEquals(PackFiles.valid().sha256(), pack.sha256());
    }

    @Test
    void readsASourceOfOneTextAsTheSameInBothLanguagesAndWritesItAsItWas() {
        RulePack pack = PackFiles.valid();
        Provenance brief = pack.findGate().orElseThrow().threshold().provenance();

        assertEquals("domain brief, section 3 (stand-in weights)", brief.source(Locale.forLanguageTag("id")));
        assertEquals("domain brief, section 3 (stand-in weights)", brief.source(Locale.ENGLISH));
        assertEquals("domain brief, section 3 (stand-in weights)",
                json(loader().write(pack)).at("/gate/threshold/provenance/source").textValue(),
                "a pack written before keeps its form, and so its SHA-256");
    }

    @Test
    void rejectsASourceBlankOrMissingInOneLanguageAtItsPointer() {
        assertEquals(List.of("/provenances/brief/source/en: source must not be blank: cite the regulation, or say "
                + "why the number is a stand-in"), PackFiles.problems(tree -> set(tree, "/provenances/brief/source",
                json("{\"id\": \"angka pengganti\", \"en\": \" \"}"))));
        assertEquals(List.of("/provenances/brief/source/en: required field is missing"),
                PackFiles.problems(tree -> set(tree, "/provenances/brief/source", json("{\"id\": \"angka\"}"))));
        assertEquals(List.of("/provenances/brief/source/in: unknown field; expected one of [en, id]"),
                PackFiles.problems(tree -> set(tree, "/provenances/brief/source",
                        json("{\"id\": \"angka\", \"en\": \"number\", \"in\": \"angka\"}"))));
    }

    @Test
    void refusesToRegisterTwoRubricKindsOfOneName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> loader().withRubricKind(HalfOrFull.KIND));
        IllegalArgumentException builtIn = assertThrows(IllegalArgumentException.class,
                () -> RulePackLoader.create().withRubricKind(RubricKind.of("PRESENCE", p -> null)));
        IllegalArgumentException badName = assertThrows(IllegalArgumentException.class,
                () -> RulePackLoader.create().withRubricKind(RubricKind.of("half-or-full", p -> null)));

        assertEquals("rubric kind names must be unique, but [HALF_OR_FULL] is already known", e.getMessage());
        assertEquals("rubric kind names must be unique, but [PRESENCE] is already known", builtIn.getMessage());
        assertEquals("a rubric kind's name must be upper-case words joined by underscores, but was [half-or-full]",
                badName.getMessage());
    }

    @Test
    void leavesTheLoaderItWasDerivedFromUnchanged() {
        RulePackLoader plain = RulePackLoader.create();
        plain.withRubricKind(HalfOrFull.KIND);

        RulePackException e = assertThrows(RulePackException.class, () -> plain.parse(text(PACK), PACK));

        assertTrue(e.problems().get(0).startsWith("/indicators/5/rubric/kind: unknown rubric kind [HALF_OR_FULL]"),
                e.problems().get(0));
    }

    @Test
    void writesAPackThatReadsBackIntoTheSamePack() {
        RulePack pack = PackFiles.valid();

        String written = loader().write(pack);
        RulePack read = loader().parse(written, "written.json");

        assertEquals(pack.sha256(), read.sha256());
        assertEquals(written, loader().write(read));
        assertEquals(pack.indicators(), read.indicators());
    }

    @Test
    void reportsARubricKindThatFailsToReadItsParameters() {
        RulePackLoader failing = RulePackLoader.create().withRubricKind(RubricKind.of("FAILING", p -> {
            throw new IllegalStateException("boom");
        }));
        ObjectNode tree = tree(PACK);
        set(tree, "/indicators/5/rubric", json("{\"kind\": \"FAILING\", \"provenance\": \"stand-in\"}"));

        RulePackException e = assertThrows(RulePackException.class, () -> failing.parse(tree.toString(), PACK));

        assertEquals(List.of("/indicators/5/rubric: rubric kind [FAILING] cannot read its parameters: "
                + "java.lang.IllegalStateException: boom"), e.problems());
    }
}
