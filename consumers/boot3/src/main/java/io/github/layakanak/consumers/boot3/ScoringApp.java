package io.github.layakanak.consumers.boot3;

import com.fasterxml.jackson.databind.Module;
import io.github.layakanak.kla.model.json.KlaJsonModule;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot 3.5 app that scores submissions posted to it, reading them with Boot's own Jackson 2 mapper; its
 * endpoints and rule packs are in {@code io.github.layakanak.consumers.spring}, shared with the Boot 4 app.
 */
@SpringBootApplication(scanBasePackages = "io.github.layakanak.consumers")
public class ScoringApp {

    /**
     * kla's Jackson 2 module: Boot adds every {@code Module} bean to its own {@code ObjectMapper}, which then reads
     * and writes kla's types exactly as {@code KlaJson} does (strict, with kla's pointers and words).
     *
     * @return the module
     */
    @Bean
    Module klaJsonModule() {
        return new KlaJsonModule();
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
