package io.github.layakanak.kla.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.RegionEdition;
import io.github.layakanak.kla.model.RegionRegistry;
import io.github.layakanak.kla.model.validation.SubmissionValidator;
import io.github.layakanak.kla.model.validation.Violation;
import io.github.layakanak.kla.scoring.ScoringEngine;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GeneratorsTest {

    private static final SubmissionValidator VALIDATOR = SubmissionValidator.create();

    @Test
    void makesAdmissibleSubmissionsThePackCanScore() {
        Property.forAll(Generators.submissions(TestkitPacks.PACK)).check(s -> {
            assertEquals(List.of(), VALIDATOR.validate(s));
            ScoringEngine.score(TestkitPacks.PACK, s);
        });
    }

    @Test
    void makesTheSameSubmissionFromTheSameSeed() {
        Gen<?> gen = Generators.submissions(TestkitPacks.PACK);

        assertEquals(gen.generate(new SplittableRandom(42)), gen.generate(new SplittableRandom(42)));
    }

    @Test
    void keepsShrunkSubmissionsAdmissible() {
        Gen<io.github.layakanak.kla.model.Submission> gen = Generators.submissions(TestkitPacks.PACK);
        Property.forAll(gen).tries(100).check(s -> gen.shrink(s).limit(50).forEach(smaller -> {
            assertEquals(List.of(), VALIDATOR.validate(smaller));
            ScoringEngine.score(TestkitPacks.PACK, smaller);
        }));
    }

    @Test
    void breaksExactlyTheOneRuleItNames() {
        Property.forAll(Generators.invalidSubmissions(TestkitPacks.PACK)).check(broken -> {
            List<Violation> violations = VALIDATOR.validate(broken.submission());
            assertEquals(1, violations.size(), () -> broken.violation() + ": " + violations);
            assertEquals(broken.pointer(), violations.get(0).pointer(), broken.violation());
            assertEquals(broken.constraint(), violations.get(0).constraint(), broken.violation());
        });
    }

    @Test
    void drawsRegionsOfTheEdition() {
        Property.forAll(Generators.regions(RegionEdition.KEMENDAGRI_2021)).check(region ->
                assertTrue(RegionRegistry.of(RegionEdition.KEMENDAGRI_2021).find(region.code()).isPresent()));
    }
}
