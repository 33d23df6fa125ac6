package io.github.layakanak.consumers.spring;

import io.github.layakanak.consumers.boot4.ScoringApp;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** The shared contract on Spring Boot 4, Jackson 3 and Hibernate Validator 9. */
@SpringBootTest(classes = ScoringApp.class)
@AutoConfigureMockMvc
class Boot4ScoringAppTest extends ScoringAppContract {
}
