/**
 * The constraint validators behind kla's class-level constraints. Not an API: the package is not exported,
 * only opened, so that whichever Jakarta Validation provider the app brings can instantiate the validators.
 */
@NullMarked
package io.github.layakanak.kla.model.internal;

import org.jspecify.annotations.NullMarked;
