package io.github.layakanak.kla.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.json.KlaJson;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

class ContractCatchesBrokenPacksTest {

    private static final Pattern SHRUNK = Pattern.compile("Shrunk in \\d+ steps to:\\R(.*)\\RCause: ",
            Pattern.DOTALL);

    private static Map<String, Throwable> failures(Class<?> contract) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(contract)).execute().testEvents().failed()
                .stream().collect(Collectors.toMap(e -> e.getTestDescriptor().getDisplayName(), ContractCatchesBrokenPacksTest::cause));
    }

    private static Throwable cause(Event event) {
        return event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).orElseThrow();
    }

    @Test
    void catchesARubricThatGivesLessForBetterCoverageAndShrinksToOneAnswer() {
        Map<String, Throwable> failed = failures(BrokenPacks.InvertedContract.class);

        assertEquals(List.of("aBetterValueNeverLowersAScore()"), List.copyOf(failed.keySet()));
        Throwable failure = failed.get("aBetterValueNeverLowersAScore()");
        assertTrue(failure.getMessage().contains("improving facility-deliveries"), failure.getMessage());
        Submission minimal = shrunk(failure.getMessage());
        assertEquals(1, minimal.answers().size(), failure.getMessage());
        assertEquals("facility-deliveries", minimal.answers().get(0).indicator());
        assertTrue(minimal.answers().get(0).evidence().size() <= 1, failure.getMessage());
    }

    @Test
    void catchesARubricThatOverflowsTheMaximum() {
        Map<String, Throwable> failed = failures(BrokenPacks.OverflowingContract.class);

        assertTrue(failed.containsKey("totalsStayBetweenZeroAndTheMaximum()"), failed.keySet().toString());
        Throwable failure = failed.get("totalsStayBetweenZeroAndTheMaximum()");
        assertTrue(failure.getMessage().contains("points of facility-deliveries must be within [0, 40]"),
                failure.getMessage());
        assertEquals(1, shrunk(failure.getMessage()).answers().size(), failure.getMessage());
    }

    private static Submission shrunk(String message) {
        Matcher m = SHRUNK.matcher(message);
        assertTrue(m.find(), message);
        return KlaJson.readSubmission(m.group(1));
    }
}
