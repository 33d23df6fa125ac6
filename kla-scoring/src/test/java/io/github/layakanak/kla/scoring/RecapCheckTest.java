package io.github.layakanak.kla.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.model.validation.Violation;
import io.github.layakanak.kla.scoring.RecapIssue.Kind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The recap check's rules on a district whose points are all there (Kelembagaan 40, Klaster I 60, total 100): each
 * disagreement once, a carried one linked to its cause, one the recap's own arithmetic explains not reported again.
 * The 2024 pack's golden cases check the same on the real instrument.
 */
class RecapCheckTest {

    private static List<RecapIssue> check(Map<Cluster, BigDecimal> sections, Map<Cluster, BigDecimal> maxima,
            Optional<BigDecimal> total) {
        Submission perfect = Districts.perfect(Stage.FINAL);
        return ScoringEngine.score(TestPacks.pack(), new Submission(perfect.region(), perfect.year(), Stage.FINAL,
                perfect.submittedOn(), perfect.answers(), sections, maxima, total)).recapIssues();
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aStatedTotalThatIsNotTheSumOfItsStatedSectionsIsTheRecapsOwnArithmeticAndNothingElse() {
        List<RecapIssue> found = check(Map.of(Cluster.KELEMBAGAAN, n("40"), Cluster.KLASTER_I, n("60")), Map.of(),
                Optional.of(n("90")));

        assertEquals(List.of(new RecapIssue(Kind.TOTAL_SUM_MISMATCH, "/statedTotal", Optional.empty(),
                Optional.empty(), Optional.empty(), n("90"), n("100"))), found);
    }

    @Test
    void aStatedTotalThatCarriesUpASectionNamesIt() {
        List<RecapIssue> found = check(Map.of(Cluster.KELEMBAGAAN, n("45"), Cluster.KLASTER_I, n("60")), Map.of(),
                Optional.of(n("105")));

        assertEquals(List.of(Kind.SECTION_SUBTOTAL_MISMATCH, Kind.TOTAL_MISMATCH),
                found.stream().map(RecapIssue::kind).toList());
        assertEquals(List.of(), found.get(0).causes());
        assertEquals(0, n("40").compareTo(found.get(0).expected()));
        assertEquals(List.of("/statedSectionPoints/KELEMBAGAAN"), found.get(1).causes());
        assertEquals(0, n("100").compareTo(found.get(1).expected()));
    }

    @Test
    void aStatedSectionMaximumIsCheckedAgainstThePacks() {
        List<RecapIssue> found = check(Map.of(), Map.of(Cluster.KELEMBAGAAN, n("40"), Cluster.KLASTER_I, n("75")),
                Optional.empty());

        assertEquals(List.of(new RecapIssue(Kind.SECTION_MAX_MISMATCH, "/statedSectionMaxima/KLASTER_I",
                Optional.empty(), Optional.empty(), Optional.of(Cluster.KLASTER_I), n("75"), n("60"))), found);
    }

    @Test
    void aRecapThatAgreesEverywhereHasNoFinding() {
        assertEquals(List.of(), check(Map.of(Cluster.KELEMBAGAAN, n("40.00"), Cluster.KLASTER_I, n("60")),
                Map.of(Cluster.KELEMBAGAAN, n("40"), Cluster.KLASTER_I, n("60.0")), Optional.of(n("100"))));
    }

    @Test
    void aStatedMaximumOfASectionThePackLacksIsRefused() {
        Submission perfect = Districts.perfect(Stage.FINAL);
        Submission other = new Submission(perfect.region(), perfect.year(), Stage.FINAL, perfect.submittedOn(),
                perfect.answers(), Map.of(), Map.of(Cluster.KLASTER_V, n("170")), Optional.empty());

        ScoringException e = assertThrows(ScoringException.class, () -> ScoringEngine.score(TestPacks.pack(), other));

        assertEquals(List.of("/statedSectionMaxima/KLASTER_V"),
                e.violations().stream().map(Violation::pointer).toList());
    }

    @Test
    void theRecapsStatedNumbersReadAndWriteAsJson() {
        Submission perfect = Districts.perfect(Stage.FINAL);
        Submission recap = new Submission(perfect.region(), perfect.year(), Stage.FINAL, perfect.submittedOn(),
                perfect.answers(), Map.of(Cluster.KELEMBAGAAN, n("40")), Map.of(Cluster.KLASTER_I, n("60")),
                Optional.of(n("100")));

        String json = KlaJson.write(recap);

        assertEquals(recap, KlaJson.readSubmission(json));
    }
}
