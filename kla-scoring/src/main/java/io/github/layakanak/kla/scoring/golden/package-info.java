/**
 * Golden cases: a rule pack's test cases as data, a submission in and the expected part of its scorecard out,
 * with a runner that depends on no test framework.
 */
@NullMarked
package io.github.layakanak.kla.scoring.golden;

import org.jspecify.annotations.NullMarked;
