/**
 * The implementation behind the engine and the loader. Not an API: not exported.
 */
@NullMarked
package io.github.layakanak.kla.scoring.internal;

import org.jspecify.annotations.NullMarked;
