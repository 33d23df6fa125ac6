package io.github.layakanak.consumers.boot4;

import io.github.layakanak.kla.jackson3.KlaJackson3Module;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JacksonModule;

/**
 * A Spring Boot 4 app that scores submissions posted to it, reading them with Boot's own Jackson 3 mapper; its
 * endpoints and rule packs are in {@code io.github.layakanak.consumers.spring}, shared with the Boot 3.5 app.
 */
@SpringBootApplication(scanBasePackages = "io.github.layakanak.consumers")
public class ScoringApp {

    /**
     * kla's Jackson 3 module: Boot 4 adds every {@code JacksonModule} bean to its own {@code JsonMapper}, which then
     * reads and writes kla's types exactly as {@code KlaJson} does (strict, with kla's pointers and words).
     *
     * @return the module
     */
    @Bean
    JacksonModule klaJackson3Module() {
        return new KlaJackson3Module();
    }

    /**
     * Starts the app.
     *
     * @param args Spring Boot's arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(ScoringApp.class, args);
    }
}
