/**
 * kla's JSON format: a strict reader and a deterministic writer of the model's values, and the JSON Schema of
 * a submission for apps written in other languages.
 */
@NullMarked
package io.github.layakanak.kla.model.json;

import org.jspecify.annotations.NullMarked;
