/**
 * What kla's modules share but an application should not use: the constraint validators behind the model's
 * annotations (opened to every Jakarta Validation provider) and kla's JSON configuration (exported to kla's own
 * modules only). Nothing here is API; it may change in any release.
 */
@NullMarked
package io.github.layakanak.kla.model.internal;

import org.jspecify.annotations.NullMarked;
