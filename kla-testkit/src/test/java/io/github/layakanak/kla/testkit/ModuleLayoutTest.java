package io.github.layakanak.kla.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModuleLayoutTest {

    // This module's tests run on the class path (see its pom), so the descriptor is read from the compiled file.
    private final ModuleDescriptor descriptor;

    ModuleLayoutTest() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
    }

    @Test
    void runsAsTheNamedTestkitModule() {
        assertEquals("io.github.layakanak.kla.testkit", descriptor.name());
    }

    @Test
    void exportsItsOnePackage() {
        Set<String> exported = descriptor.exports().stream()
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        assertEquals(Set.of("io.github.layakanak.kla.testkit"), exported);
    }

    @Test
    void passesJUnitOnToItsUsers() {
        assertTrue(descriptor.requires().stream().anyMatch(r -> r.name().equals("org.junit.jupiter.api")
                && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
    }
}
