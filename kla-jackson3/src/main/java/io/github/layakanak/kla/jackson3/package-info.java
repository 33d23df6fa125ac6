/**
 * {@link io.github.layakanak.kla.jackson3.KlaJackson3Module}: kla's types through an app's own Jackson 3 mapper,
 * such as Spring Boot 4's.
 */
@NullMarked
package io.github.layakanak.kla.jackson3;

import org.jspecify.annotations.NullMarked;
