package io.github.layakanak.kla.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.layakanak.kla.scoring.spi.PackFiles;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolvedModule;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves discovery through {@code provides}/{@code uses} on the module path: compiles a tiny provider module
 * against kla-scoring with javac, resolves it in a child layer of kla-scoring's layer, and asks {@link RulePacks} for its
 * pack.
 */
class ModulePathDiscoveryTest {

    private static final String PROVIDER = """
            package test.provider;

            import io.github.layakanak.kla.scoring.pack.RulePack;
            import io.github.layakanak.kla.scoring.spi.RulePackLoader;
            import io.github.layakanak.kla.scoring.spi.RulePackProvider;

            public final class TestProvider implements RulePackProvider {
                @Override
                public RulePack rulePack() {
                    return RulePackLoader.create().load(TestProvider.class, "pack.json");
                }
            }
            """;

    @Test
    void findsTheProviderOfAModuleInAChildLayer(@TempDir Path dir) throws Exception {
        ModuleLayer layer = providerLayer(dir, "open module");

        RulePacks packs = RulePacks.discover(layer);

        assertEquals("provided-2033", packs.forYear(2033).id());
        assertEquals(1, packs.all().size());
    }

    @Test
    void namesTheProviderOfAPackThatClashes(@TempDir Path dir) throws Exception {
        RulePacks discovered = RulePacks.discover(providerLayer(dir, "open module"));

        RulePackConflictException e = assertThrows(RulePackConflictException.class,
                () -> discovered.with(PackFiles.pack("mine-2033", 2033)));

        assertEquals("Rule packs [mine-2033] (registered explicitly) and [provided-2033] (provider "
                + "test.provider.TestProvider) both claim year [2033]; kla never picks one silently. Remove one of "
                + "the artifacts, or register the packs you want with RulePacks.of(...)", e.getMessage());
    }

    @Test
    void tellsAProviderWhoseResourceIsEncapsulatedToOpenItsPackage(@TempDir Path dir) throws Exception {
        ModuleLayer layer = providerLayer(dir, "module");

        RulePackException e = assertThrows(RulePackException.class, () -> RulePacks.discover(layer));

        assertEquals(List.of("/: resource [pack.json] is not found beside class [test.provider.TestProvider]; if it "
                + "is in a named module, open the package to io.github.layakanak.kla.scoring or load it with "
                + "load(InputStream, String)"), e.problems());
    }

    /** Compiles the provider module ({@code module} or {@code open module}) and defines it in a child layer. */
    private static ModuleLayer providerLayer(Path dir, String moduleKeyword) throws Exception {
        ModuleLayer parent = RulePacks.class.getModule().getLayer();
        assertNotNull(parent, "the tests run on the module path, patched into kla-scoring");

        Path src = dir.resolve("src");
        Path out = dir.resolve("out");
        Files.createDirectories(src.resolve("test/provider"));
        Files.writeString(src.resolve("module-info.java"), moduleKeyword + " test.provider {\n"
                + "    requires io.github.layakanak.kla.scoring;\n"
                + "    provides io.github.layakanak.kla.scoring.spi.RulePackProvider with test.provider.TestProvider;\n"
                + "}\n");
        Files.writeString(src.resolve("test/provider/TestProvider.java"), PROVIDER);

        // java.util.spi.ToolProvider rather than javax.tools: the module under test does not read java.compiler.
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
        StringWriter diagnostics = new StringWriter();
        PrintWriter print = new PrintWriter(diagnostics);
        boolean compiled = javac.run(print, print, "--module-path", modulePath(parent), "-d", out.toString(),
                "-proc:none", src.resolve("module-info.java").toString(),
                src.resolve("test/provider/TestProvider.java").toString()) == 0;
        assertTrue(compiled, diagnostics.toString());

        // The provider's pack: the test pack, for another year, with a built-in rubric in place of the custom one.
        ObjectNode pack = PackFiles.tree(PackFiles.PACK);
        pack.put("id", "provided-2033");
        pack.set("years", PackFiles.json("[2033]"));
        pack.set("round", PackFiles.json("{\"evaluationYear\": 2033, \"dataYear\": 2032, \"awardYear\": 2033, "
                + "\"provenance\": \"stand-in\"}"));
        PackFiles.set(pack, "/indicators/5/rubric", PackFiles.json("{\"kind\": \"PROPORTIONAL\", "
                + "\"direction\": \"HIGHER_IS_BETTER\", \"provenance\": \"stand-in\"}"));
        Files.writeString(out.resolve("test/provider/pack.json"), pack.toString());

        Configuration configuration = parent.configuration()
                .resolve(ModuleFinder.of(out), ModuleFinder.of(), Set.of("test.provider"));
        return parent.defineModulesWithOneLoader(configuration, ClassLoader.getSystemClassLoader());
    }

    /** The module path the tests run on: where each module of kla-scoring's layer came from. */
    private static String modulePath(ModuleLayer layer) {
        return layer.configuration().modules().stream()
                .map(ResolvedModule::reference)
                .map(ModuleReference::location)
                .flatMap(Optional::stream)
                .filter(uri -> "file".equals(uri.getScheme()))
                .map(URI::getPath)
                .distinct()
                .collect(Collectors.joining(File.pathSeparator));
    }
}
