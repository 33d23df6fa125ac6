/**
 * The pure, explainable KLA scoring engine and the rule-pack SPI.
 *
 * <p>Give the engine a rule pack and a submission and it returns a scorecard of structured outcomes, which an
 * {@link io.github.layakanak.kla.scoring.Explainer} renders in Indonesian or English. Each assessment year plugs
 * in as a rule pack; packs are found through {@link java.util.ServiceLoader} or registered explicitly. The
 * rubric is the unit of extension: the built-in kinds are in {@code io.github.layakanak.kla.scoring.rubric}.
 */
module io.github.layakanak.kla.scoring {
    requires transitive io.github.layakanak.kla.model;
    requires static org.jspecify;

    exports io.github.layakanak.kla.scoring;
    exports io.github.layakanak.kla.scoring.diff;
    exports io.github.layakanak.kla.scoring.pack;
    exports io.github.layakanak.kla.scoring.plan;
    exports io.github.layakanak.kla.scoring.rubric;
    exports io.github.layakanak.kla.scoring.spi;

    // Jackson writes scorecards and reads them back: the outcome records and the ratings they hold.
    opens io.github.layakanak.kla.scoring to com.fasterxml.jackson.databind;
    opens io.github.layakanak.kla.scoring.pack to com.fasterxml.jackson.databind;
    opens io.github.layakanak.kla.scoring.plan to com.fasterxml.jackson.databind;
    opens io.github.layakanak.kla.scoring.diff to com.fasterxml.jackson.databind;

    uses io.github.layakanak.kla.scoring.spi.RulePackProvider;
}
