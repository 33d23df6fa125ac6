package io.github.layakanak.consumers.spring;

import io.github.layakanak.kla.scoring.RulePacks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What both apps need of kla beside their Jackson module: the rule packs. */
@Configuration
public class KlaConfiguration {

    /** Created by Spring. */
    public KlaConfiguration() {
    }

    /**
     * The rule packs on the class path (kla-rules-2022 and kla-rules-2024), found as services.
     *
     * @return the packs
     */
    @Bean
    RulePacks rulePacks() {
        return RulePacks.discover();
    }
}
