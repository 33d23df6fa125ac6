package io.github.layakanak.kla.rules.y2022;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModuleLayoutTest {

    private final ModuleDescriptor descriptor = getClass().getModule().getDescriptor();

    @Test
    void runsAsTheNamedRulePackModule() {
        assertEquals("io.github.layakanak.kla.rules.y2022", descriptor.name());
    }

    @Test
    void exportsNothingUntilItsPackageIsFilled() {
        Set<String> exported = descriptor.exports().stream()
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        assertEquals(Set.of(), exported);
    }

    @Test
    void passesTheScoringApiOnToItsUsers() {
        assertTrue(descriptor.requires().stream().anyMatch(r -> r.name().equals("io.github.layakanak.kla.scoring")
                && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
    }
}
