/**
 * Test support for KLA scores: bundled sample districts, seeded generators, a property runner with
 * shrinking on JUnit 5, fluent scorecard assertions and a conformance kit for rule packs.
 *
 * <p>Add it with test scope. It owns its property-testing core and depends on no property-testing framework.
 */
module io.github.layakanak.kla.testkit {
    requires transitive io.github.layakanak.kla.scoring;
    requires io.github.layakanak.kla.rules.y2022;
    requires transitive org.junit.jupiter.api;
    requires transitive org.opentest4j;
    requires static org.jspecify;

    // Its package is exported when the issue that fills this module lands.
}
