package io.github.layakanak.kla.scoring.spi;

import static io.github.layakanak.kla.scoring.spi.PackFiles.json;
import static io.github.layakanak.kla.scoring.spi.PackFiles.loader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.VerificationStatus;
import io.github.layakanak.kla.scoring.RulePackException;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A year that changes rules but not structure is one file: {@link RulePackLoader#derive}. */
class DerivedPackTest {

    private static final String SOURCE = "test-2032.json";
    private final RulePack base = PackFiles.valid();

    private static final String NEXT_YEAR = """
            {
              "derivedFrom": "test-2031",
              "id": "test-2032",
              "years": [2032],
              "name": {"id": "Paket uji 2032", "en": "Test pack 2032"},
              "provenances": {"letter": {"kind": "SOURCED", "source": {"id": "surat fiktif", "en": "a fictional letter"}}},
              "round": {
                "evaluationYear": 2032, "dataYear": 2031, "awardYear": 2032,
                "calendar": [{"id": "AWARD", "label": {"id": "Penganugerahan", "en": "Award"},
                              "from": "2032-07-23", "to": "2032-07-23"}],
                "provenance": "letter"
              },
              "stages": {
                "counting": {"SELF_ASSESSMENT": ["PENDING", "VALID"], "ADMINISTRATIVE_VERIFICATION": ["VALID"],
                             "FIELD_VERIFICATION": ["VALID"], "FINAL": ["VALID"]},
                "provenance": "letter"
              }
            }""";

    private RulePack derive(String file) {
        return loader().derive(base, new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), SOURCE);
    }

    @Test
    void takesWhatTheFileGivesAndKeepsTheRestOfTheBase() {
        RulePack next = derive(NEXT_YEAR);

        assertEquals("test-2032", next.id());
        assertEquals(List.of(2032), next.years());
        assertEquals(2031, next.round().dataYear());
        assertEquals(Provenance.sourced("surat fiktif", "a fictional letter"), next.round().provenance());
        assertEquals(Set.of(VerificationStatus.VALID), next.stageRules().counting().get(Stage.FINAL));
        assertEquals(base.indicators(), next.indicators());
        assertEquals(base.sections(), next.sections());
        assertEquals(base.bands(), next.bands());
        assertEquals(base.findGate(), next.findGate());
        assertNotEquals(base.sha256(), next.sha256());
    }

    @Test
    void readsBackFromWhatItWritesAsAPackOfItsOwn() {
        RulePack next = derive(NEXT_YEAR);

        assertEquals(next.sha256(), loader().parse(loader().write(next), "written").sha256());
    }

    @Test
    void refusesAFileForAnotherBaseOrWithoutItsOwnIdAndYears() {
        ObjectNode other = (ObjectNode) json(NEXT_YEAR);
        other.put("derivedFrom", "kla-2022");
        other.remove("years");
        other.put("id", "test-2031");

        RulePackException e = assertThrows(RulePackException.class, () -> derive(other.toString()));

        assertEquals(List.of(
                "/derivedFrom: this file derives from [kla-2022], but was applied to [test-2031]",
                "/years: required field is missing; a derived pack has an id and years of its own",
                "/id: [test-2031] is the id of the pack it derives from; give the derived pack its own"),
                e.problems());
    }

    @Test
    void refusesAFieldThePackFormatDoesNotHaveAtItsPointer() {
        ObjectNode misspelt = (ObjectNode) json(NEXT_YEAR);
        misspelt.set("rouns", misspelt.remove("round"));

        RulePackException e = assertThrows(RulePackException.class, () -> derive(misspelt.toString()));

        assertEquals(1, e.problems().stream().filter(p -> p.startsWith("/rouns")).count(), e.problems()::toString);
    }

    @Test
    void lintsTheResult() {
        JsonNode late = json(NEXT_YEAR.replace("\"dataYear\": 2031", "\"dataYear\": 2033"));

        RulePackException e = assertThrows(RulePackException.class, () -> derive(late.toString()));

        assertEquals(1, e.problems().stream().filter(p -> p.startsWith("/round")).count(), e.problems()::toString);
    }
}
