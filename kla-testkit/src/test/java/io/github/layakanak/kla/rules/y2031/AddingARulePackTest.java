package io.github.layakanak.kla.rules.y2031;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.testkit.GoldenCase;
import io.github.layakanak.kla.testkit.GoldenCases;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Follows docs/adding-a-rule-pack.md to the letter: the guide's pack from scratch is the parameters file this test
 * builds the fictional 2031 pack from, and the guide's golden case is scored with it. The files the guide shows as
 * kla pack new writes them are checked against the command by PackNewTest in kla-cli.
 */
class AddingARulePackTest {

    private static final Path GUIDE = Path.of("..", "docs", "adding-a-rule-pack.md");

    private static Map<String, String> guideFiles() throws IOException {
        Matcher m = Pattern.compile("<!-- file: (\\S+) -->\\n```\\w+\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(GUIDE));
        Map<String, String> files = new LinkedHashMap<>();
        while (m.find()) {
            files.put(m.group(1), m.group(2));
        }
        return files;
    }

    @Test
    void usesTheGuidesParametersFile() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        String resource = new String(Kla2031.class.getResourceAsStream("kla-2031.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);

        assertEquals(mapper.readTree(guideFiles().get("kla-2031.json")), mapper.readTree(resource));
    }

    @Test
    void scoresTheGuidesGoldenCaseWithThePackItBuilds() throws IOException {
        RulePack pack = new Kla2031().rulePack();
        RulePacks packs = RulePacks.of(pack);
        GoldenCase example = GoldenCases.parse(guideFiles().get("case-perda-and-coverage.json"), "guide");

        assertEquals(List.of(2031), pack.years());
        assertEquals(pack, packs.forYear(2031));
        assertEquals(List.of(), example.check(packs));
        assertEquals(Rank.UTAMA, example.score(packs).rank());
    }
}
