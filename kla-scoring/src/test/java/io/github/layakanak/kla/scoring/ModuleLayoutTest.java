package io.github.layakanak.kla.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModuleLayoutTest {

    private final ModuleDescriptor descriptor = getClass().getModule().getDescriptor();

    @Test
    void runsAsTheNamedScoringModule() {
        assertEquals("io.github.layakanak.kla.scoring", descriptor.name());
    }

    @Test
    void exportsOnlyPublicApiPackages() {
        Set<String> exported = descriptor.exports().stream()
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        assertEquals(Set.of("io.github.layakanak.kla.scoring", "io.github.layakanak.kla.scoring.diff",
                "io.github.layakanak.kla.scoring.pack", "io.github.layakanak.kla.scoring.plan",
                "io.github.layakanak.kla.scoring.spi", "io.github.layakanak.kla.scoring.rubric"), exported);
    }

    @Test
    void passesTheModelOnToItsUsers() {
        assertTrue(descriptor.requires().stream().anyMatch(r -> r.name().equals("io.github.layakanak.kla.model")
                && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
    }
}
