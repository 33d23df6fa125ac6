package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kla pack new} from the built jar: the default directory is kla-rules-YEAR in the working directory. */
class PackNewIT {

    @TempDir
    Path dir;

    @Test
    void writesIntoKlaRulesYearOfTheWorkingDirectoryByDefault() {
        Kla.Run run = Kla.run(dir, "pack", "new", "--year", "2031", "--from", "kla-2024", "--lang", "en").exits(0);
        assertEquals("kla: wrote 11 files to kla-rules-2031: the pack kla-2031, derived from kla-2024. Build and test "
                + "it with: cd kla-rules-2031 && mvn verify\n", run.out());
        assertTrue(Files.isRegularFile(dir.resolve("kla-rules-2031/src/main/resources/org/example/kla/rules/y2031/"
                + "kla-2031.json")), run::toString);
        assertTrue(Files.isRegularFile(dir.resolve("kla-rules-2031/src/test/resources/cases/batam-2031.json")));
        Kla.run(dir, "pack", "new", "--year", "2031", "--from", "kla-2024").exits(Main.IO);
    }
}
