package io.github.layakanak.kla.jackson3;

import io.github.layakanak.kla.model.Submission;

/**
 * An app's own request type, which holds a submission: public, as an app's are, so that Jackson 3 builds it on the
 * module path.
 *
 * @param note       the app's own field
 * @param submission the submission, null when the request leaves it out
 */
public record AppRequest(String note, Submission submission) {
}
