/**
 * The vocabulary of a KLA assessment.
 */
@NullMarked
package io.github.layakanak.kla.model;

import org.jspecify.annotations.NullMarked;
