package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code kla packs --describe PACK} lists what an app team needs to build its form, and each pack's README holds
 * that list as the pack has it (#16): change a pack, and this test says to paste the command's output again.
 */
class PackReadmesTest {

    private static final String START = "<!-- generated: kla packs --describe %s --lang en -->\n";
    private static final String END = "<!-- end of generated -->";

    @Test
    void everyPacksReadmeListsItsIndicatorsAsThePackHasThem() throws IOException {
        List<RulePack> packs = RulePacks.discover().all();
        assertTrue(packs.size() >= 3, "packs: " + packs);
        for (RulePack pack : packs) {
            Path readme = Path.of("..", "kla-rules-" + pack.id().substring("kla-".length()), "README.md");
            String text = Files.readString(readme);
            String start = String.format(START, pack.id());
            int from = text.indexOf(start);
            assertTrue(from >= 0, readme + " has no generated list; add " + start.strip() + " and " + END);
            String generated = text.substring(from + start.length(), text.indexOf(END, from));
            assertEquals(PacksCommand.indicators(pack, Lang.EN), generated,
                    readme + " is not what the pack says; paste the output of ./kla packs --describe " + pack.id()
                            + " --lang en between the markers");
        }
    }

    @Test
    void listsEveryIndicatorWithItsIdNamesKindsEvidenceAndMaximum() {
        RulePack pack = RulePacks.discover().get("kla-2022");
        String table = PacksCommand.indicators(pack, Lang.ID);
        List<String> rows = table.lines().toList();

        assertEquals(pack.indicators().size() + 2, rows.size(), table);
        assertTrue(rows.get(0).startsWith("| No. | Id | Nama (Indonesia) | Nama (Inggris) | Jenis nilai |"), rows.get(0));
        for (IndicatorRule rule : pack.indicators()) {
            assertTrue(table.contains("| " + rule.indicator().code() + " | `" + rule.id() + "` | "
                    + rule.indicator().nameId() + " | " + rule.indicator().nameEn() + " |"), rule.id());
        }
        assertTrue(table.contains("| COMPOSITE | `task-force` (FUNCTIONING_LEVEL), `budget` (BUDGET), "), table);
        assertTrue(table.contains("| PERDA, PERKADA, SK, INSTRUCTION, CIRCULAR, OTHER | 50 | Perkiraan |"), table);
    }

    @Test
    void anUnknownPackIsAUsageErrorNamingThePacksKlaHas() {
        CommandLineLanguageTest.Result run = CommandLineLanguageTest.run("packs", "--describe", "kla-1999", "--lang",
                "en");

        assertEquals(Main.USAGE, run.code());
        assertEquals("kla: no rule pack [kla-1999]; the packs kla has: kla-2011, kla-2022, kla-2023, kla-2024\n", run.err());
        assertEquals("", run.out());
    }
}
