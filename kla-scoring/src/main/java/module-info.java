/**
 * The pure, explainable KLA scoring engine and the rule-pack SPI.
 *
 * <p>Give the engine a rule pack and a submission and it returns a scorecard that explains every point.
 * Each assessment year plugs in as a rule pack; packs are found through {@link java.util.ServiceLoader} or
 * registered explicitly.
 */
module io.github.layakanak.kla.scoring {
    requires transitive io.github.layakanak.kla.model;
    requires com.google.common;
    requires com.fasterxml.jackson.databind;
    requires static org.jspecify;

    exports io.github.layakanak.kla.scoring;
}
