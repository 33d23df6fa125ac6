package io.github.layakanak.kla.report.internal;

import io.github.layakanak.kla.model.Region;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.scoring.CheckedSubmission;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoreComparison;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.plan.AtRisk;
import io.github.layakanak.kla.scoring.plan.Plan;
import io.github.layakanak.kla.scoring.plan.PlanExplainer;
import io.github.layakanak.kla.scoring.plan.PlanRequest;
import java.util.List;

/**
 * A plan, the risks of a rank, or a comparison as text for people: the district and its round, then the
 * {@link PlanExplainer}'s lines in the reader's language.
 */
public final class PlanReport {

    private PlanReport() {
    }

    /**
     * A plan under the district's name and round.
     *
     * @param plan    the plan
     * @param request what was asked
     * @param checked the checked submission
     * @param lang    the language
     * @return the lines, each ending in {@code \n}
     */
    public static String plan(Plan plan, PlanRequest request, CheckedSubmission checked, Lang lang) {
        return header(checked, lang) + join(explainer(checked.pack(), lang).lines(plan, request));
    }

    /**
     * The risks of a rank under the district's name and round.
     *
     * @param risk    the risks
     * @param checked the checked submission
     * @param lang    the language
     * @return the lines, each ending in {@code \n}
     */
    public static String atRisk(AtRisk risk, CheckedSubmission checked, Lang lang) {
        return header(checked, lang) + join(explainer(checked.pack(), lang).lines(risk));
    }

    /**
     * A comparison, under the district's name: each side's round is in the comparison's own lines.
     *
     * @param comparison the comparison
     * @param later the later scorecard
     * @param pack the rule pack
     * @param earlier the pack of the earlier one
     * @param lang the language
     * @return the words
     */
    public static String compare(ScoreComparison comparison, ScoreCard later, RulePack pack, RulePack earlier, Lang lang) {
        return district(later.region()) + "\n" + join(explainer(pack, lang).naming(earlier).lines(comparison, later));
    }

    /** The district and its round, as the scorecard's text report starts. */
    private static String header(CheckedSubmission checked, Lang lang) {
        Submission submission = checked.submission();
        return district(submission.region())
                + TextReport.round(submission.year(), submission.stage(), checked.pack().id(), lang) + "\n\n";
    }

    private static String district(Region region) {
        return region.name() + ", " + region.province() + " (" + region.code() + ")\n";
    }

    private static PlanExplainer explainer(RulePack pack, Lang lang) {
        return PlanExplainer.of(pack, lang.locale());
    }

    private static String join(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }
}
