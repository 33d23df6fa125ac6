/**
 * The pure, explainable KLA scoring engine and the rule-pack SPI.
 *
 * <p>Give the engine a rule pack and a submission and it returns a scorecard that explains every point.
 * Each assessment year plugs in as a rule pack; packs are found through {@link java.util.ServiceLoader} or
 * registered explicitly.
 */
module io.github.layakanak.kla.scoring {
    requires transitive io.github.layakanak.kla.model;
    requires static org.jspecify;

    exports io.github.layakanak.kla.scoring;
    exports io.github.layakanak.kla.scoring.golden;
    exports io.github.layakanak.kla.scoring.pack;
    exports io.github.layakanak.kla.scoring.spi;

    // Jackson reads and writes scorecards and reads the packs' parameters through internal records.
    opens io.github.layakanak.kla.scoring to com.fasterxml.jackson.databind;
    opens io.github.layakanak.kla.scoring.pack to com.fasterxml.jackson.databind;
    opens io.github.layakanak.kla.scoring.internal to com.fasterxml.jackson.databind;

    uses io.github.layakanak.kla.scoring.spi.RulePackProvider;
}
