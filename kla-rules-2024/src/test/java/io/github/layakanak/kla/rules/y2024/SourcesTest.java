package io.github.layakanak.kla.rules.y2024;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.QuestionRule;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * The pack's file as district staff read it (#14, #16): every source an object with its Indonesian and its English,
 * and every text users read in words of its own in each language. That every source cites public pages in its own
 * language is the testkit's contract, run by the pack's contract test.
 */
class SourcesTest {

    private static final RulePack PACK = new Kla2024().rulePack();

    @Test
    void everySourceOfTheFileIsAnObjectWithItsIndonesianAndItsEnglish() throws Exception {
        List<String> found = new ArrayList<>();
        walk(tree(), "", (pointer, node) -> {
            if (pointer.endsWith("/source")) {
                found.add(pointer);
                assertTrue(node.isObject(), pointer + ": a string is one text for both languages");
                assertEquals(2, node.size(), pointer + ": only id and en");
            }
        });

        assertEquals(21, found.size(), "the named provenances and the two caps' own: " + found);
    }

    @Test
    void everyTextOfThePackThatUsersReadHasWordsOfItsOwnInEachLanguage() throws Exception {
        List<String> texts = new ArrayList<>();
        walk(tree(), "", (pointer, node) -> {
            if (node.isObject() && node.has("en")) {
                texts.add(pointer);
                String indonesian = node.path("id").asText("");
                String english = node.path("en").asText("");
                assertFalse(indonesian.isBlank(), pointer + ": no Indonesian");
                assertFalse(english.isBlank(), pointer + ": no English");
                assertNotEquals(indonesian, english, pointer + ": the same text in both languages");
            }
        });
        for (IndicatorRule rule : PACK.indicators()) {
            assertNotEquals(rule.indicator().nameId(), rule.indicator().nameEn(), rule.id());
            for (QuestionRule question : rule.questions()) {
                assertNotEquals(question.question().topicId(), question.question().topicEn(),
                        rule.id() + " " + question.code());
            }
        }

        assertTrue(texts.contains("/name"), "the pack's name: " + texts);
        assertTrue(texts.contains("/indicators/0/name"), "the indicators' names: " + texts);
        assertTrue(texts.contains("/round/calendar/0/label"), "the calendar's labels: " + texts);
        assertTrue(texts.contains("/provenances/gate/source"), "the sources: " + texts);
        assertTrue(texts.contains("/indicators/0/questions/0/topic"), "the questions' topics: " + texts);
        assertTrue(texts.contains("/indicators/2/questions/0/rubric/options/0/label"), "the options' labels: " + texts);
    }

    private static JsonNode tree() throws Exception {
        try (InputStream in = Kla2024.class.getResourceAsStream(Kla2024.PARAMETERS)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static void walk(JsonNode node, String pointer, BiConsumer<String, JsonNode> each) {
        each.accept(pointer, node);
        if (node.isObject()) {
            node.properties().forEach(e -> walk(e.getValue(), pointer + "/" + e.getKey(), each));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, each);
            }
        }
    }
}
