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
    requires static org.jspecify;

    exports io.github.layakanak.kla.model;
}
