package io.github.layakanak.kla.rules.y2024;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModuleLayoutTest {

    private static final String PACKAGE = "io.github.layakanak.kla.rules.y2024";

    private final ModuleDescriptor descriptor = getClass().getModule().getDescriptor();

    @Test
    void runsAsTheNamedRulePackModule() {
        assertEquals("io.github.layakanak.kla.rules.y2024", descriptor.name());
    }

    @Test
    void exportsItsOnePackageToEveryone() {
        Set<String> exported = descriptor.exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        assertEquals(Set.of(PACKAGE), exported);
    }

    @Test
    void opensItsPackageOnlyToTheLoaderThatReadsTheParameters() {
        List<ModuleDescriptor.Opens> opens = List.copyOf(descriptor.opens());
        assertEquals(1, opens.size());
        assertEquals(PACKAGE, opens.get(0).source());
        assertEquals(Set.of("io.github.layakanak.kla.scoring"), opens.get(0).targets());
    }

    @Test
    void providesTheRulePackProvider() {
        assertEquals(1, descriptor.provides().size());
        ModuleDescriptor.Provides provides = descriptor.provides().iterator().next();
        assertEquals("io.github.layakanak.kla.scoring.spi.RulePackProvider", provides.service());
        assertEquals(List.of(Kla2024.class.getName()), provides.providers());
    }

    @Test
    void passesTheScoringApiOnToItsUsers() {
        assertTrue(descriptor.requires().stream().anyMatch(r -> r.name().equals("io.github.layakanak.kla.scoring")
                && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
    }
}
