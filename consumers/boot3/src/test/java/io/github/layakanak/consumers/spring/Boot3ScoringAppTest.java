package io.github.layakanak.consumers.spring;

import io.github.layakanak.consumers.boot3.ScoringApp;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/** The shared contract on Spring Boot 3.5, Jackson 2 and Hibernate Validator 8. */
@SpringBootTest(classes = ScoringApp.class)
@AutoConfigureMockMvc
class Boot3ScoringAppTest extends ScoringAppContract {
}
