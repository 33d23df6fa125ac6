/**
 * The domain model of a KLA (Kabupaten/Kota Layak Anak) assessment.
 *
 * <p>Clusters, indicators, evidence (data dukung), ranks, stages, Kemendagri regions and a district's
 * submission: immutable values, validated with Jakarta Validation and read and written as strict JSON. The
 * model needs only the Jakarta Validation API; Hibernate Validator is the provider used when the application
 * brings none.
 */
module io.github.layakanak.kla.model {
    requires transitive jakarta.validation;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires static org.jspecify;

    exports io.github.layakanak.kla.model;
    exports io.github.layakanak.kla.model.json;
    exports io.github.layakanak.kla.model.validation;

    // Regions of one's own, such as test districts, listed beside the Kemendagri's.
    uses io.github.layakanak.kla.model.RegionSource;

    // kla's JSON configuration, for kla's own modules only (not API).
    exports io.github.layakanak.kla.model.internal to
            io.github.layakanak.kla.scoring,
            io.github.layakanak.kla.samples,
            io.github.layakanak.kla.testkit,
            io.github.layakanak.kla.jackson3,
            io.github.layakanak.kla.cli;

    // Jackson reads and writes the records, and the validation provider reads their fields and instantiates the
    // constraint validators, whichever provider the app brings: opened to every module.
    opens io.github.layakanak.kla.model;
    opens io.github.layakanak.kla.model.internal;
}
