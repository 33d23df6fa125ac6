/**
 * Test support for KLA scores: seeded generators, a property runner with shrinking on JUnit 5, fluent scorecard
 * assertions and a conformance kit for rule packs. The bundled sample districts are in
 * {@code io.github.layakanak.kla.samples} (artifact {@code kla-samples}), which the testkit brings along.
 *
 * <p>Add it with test scope. It owns its property-testing core and depends on no property-testing framework.
 * It depends on no rule pack either: the packs' own tests depend on it.
 */
module io.github.layakanak.kla.testkit {
    requires transitive io.github.layakanak.kla.scoring;
    requires transitive io.github.layakanak.kla.samples;
    requires transitive org.junit.jupiter.api;
    requires transitive org.opentest4j;
    requires static org.jspecify;

    exports io.github.layakanak.kla.testkit;

    // JUnit runs the contract's default test methods reflectively.
    opens io.github.layakanak.kla.testkit to org.junit.platform.commons;
}
