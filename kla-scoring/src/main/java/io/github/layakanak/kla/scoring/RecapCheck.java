package io.github.layakanak.kla.scoring;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.QuestionAnswer;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.scoring.CheckedSubmission.Entry;
import io.github.layakanak.kla.scoring.CheckedSubmission.QuestionEntry;
import io.github.layakanak.kla.scoring.RecapIssue.Kind;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.QuestionRule;
import io.github.layakanak.kla.scoring.pack.Rounding;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.pack.SectionRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The recap check: every number a recap states against its parts, against the recap's other numbers and against
 * the pack, each disagreement once, in the pack's order (each indicator with its questions, then each section,
 * then the total). A disagreement that only carries up those of its parts names them as its causes.
 */
final class RecapCheck {

    private final RulePack pack;
    private final Submission submission;
    private final CheckedSubmission checked;
    private final Rounding rounding;
    private final List<RecapIssue> found = new ArrayList<>(0);

    private RecapCheck(RulePack pack, CheckedSubmission checked) {
        this.pack = pack;
        this.submission = checked.submission();
        this.checked = checked;
        this.rounding = pack.rounding();
    }

    /**
     * Checks a scored submission's recap.
     *
     * @param checked    the checked submission
     * @param indicators its indicators' scores, in the pack's order
     * @param clusters   its sections' scores, in the pack's order
     * @param total      its total
     * @return the findings; empty for a declaration, which states nothing
     */
    static List<RecapIssue> of(CheckedSubmission checked, IndicatorScore[] indicators, ClusterScore[] clusters,
            BigDecimal total) {
        RecapCheck check = new RecapCheck(checked.pack(), checked);
        List<List<String>> sectionIndicatorFindings = new ArrayList<>();
        for (int c = 0; c < clusters.length; c++) {
            sectionIndicatorFindings.add(new ArrayList<>());
        }
        for (int i = 0; i < indicators.length; i++) {
            List<String> inSection = sectionIndicatorFindings.get(check.sectionIndex(indicators[i].cluster()));
            check.indicator(i, indicators[i]).ifPresent(inSection::add);
        }
        List<String> totalCauses = new ArrayList<>();
        for (int c = 0; c < clusters.length; c++) {
            totalCauses.addAll(check.section(c, clusters[c], indicators, sectionIndicatorFindings.get(c)));
        }
        check.total(total, clusters, totalCauses);
        return check.found;
    }

    private int sectionIndex(Cluster cluster) {
        List<SectionRule> sections = pack.sections();
        for (int c = 0; c < sections.size(); c++) {
            if (sections.get(c).cluster() == cluster) {
                return c;
            }
        }
        throw new IllegalStateException("no section " + cluster);
    }

    /** An indicator's questions and its own stated numbers; the pointer of its subtotal finding, if any. */
    private Optional<String> indicator(int i, IndicatorScore score) {
        IndicatorRule rule = pack.indicators().get(i);
        Entry entry = checked.entry(i);
        Answer answer = entry.answer();
        if (answer == null) {
            return Optional.empty();
        }
        String at = "/answers/" + entry.index();
        Optional<String> id = Optional.of(rule.id());
        for (int k = 0; k < rule.questions().size(); k++) {
            QuestionRule question = rule.questions().get(k);
            QuestionEntry qe = entry.questions().get(k);
            QuestionAnswer qa = qe.answer();
            if (qa == null) {
                continue;
            }
            String qAt = at + "/questions/" + qe.index();
            Optional<String> code = Optional.of(question.code());
            qa.statedMax().filter(max -> max.compareTo(question.max()) != 0).ifPresent(max -> found.add(
                    new RecapIssue(Kind.QUESTION_MAX_MISMATCH, qAt + "/statedMax", id, code, Optional.empty(), max,
                            question.max())));
            qa.awardedPoints().filter(awarded -> awarded.compareTo(question.max()) > 0).ifPresent(awarded ->
                    found.add(new RecapIssue(Kind.QUESTION_ABOVE_MAX, qAt + "/awardedPoints", id, code,
                            Optional.empty(), awarded, question.max())));
        }
        BigDecimal max = rule.max().value();
        answer.statedMax().filter(stated -> stated.compareTo(max) != 0).ifPresent(stated -> found.add(
                new RecapIssue(Kind.INDICATOR_MAX_MISMATCH, at + "/statedMax", id, Optional.empty(), Optional.empty(),
                        stated, max)));
        if (answer.statedPoints().isPresent()) {
            BigDecimal stated = answer.statedPoints().get();
            BigDecimal computed = rounding.round(score.points());
            if (stated.compareTo(computed) != 0) {
                String pointer = at + "/statedPoints";
                found.add(new RecapIssue(Kind.INDICATOR_SUBTOTAL_MISMATCH, pointer, id, Optional.empty(),
                        Optional.empty(), stated, computed));
                return Optional.of(pointer);
            }
        }
        return Optional.empty();
    }

    /**
     * A section's stated maximum and subtotal; returns what the total carries up from it: the pointer of its
     * subtotal's findings, or, when it states none, the pointers of its indicators' findings.
     */
    private List<String> section(int c, ClusterScore score, IndicatorScore[] indicators,
            List<String> indicatorFindings) {
        SectionRule section = pack.sections().get(c);
        Cluster cluster = section.cluster();
        Optional<Cluster> where = Optional.of(cluster);
        BigDecimal max = section.max().value();
        BigDecimal statedMax = submission.statedSectionMaxima().get(cluster);
        if (statedMax != null && statedMax.compareTo(max) != 0) {
            found.add(new RecapIssue(Kind.SECTION_MAX_MISMATCH, "/statedSectionMaxima/" + cluster.name(),
                    Optional.empty(), Optional.empty(), where, statedMax, max));
        }
        BigDecimal stated = submission.statedSectionPoints().get(cluster);
        if (stated == null) {
            return indicatorFindings;
        }
        String pointer = "/statedSectionPoints/" + cluster.name();
        BigDecimal computed = score.points();
        Optional<BigDecimal> ofStated = statedIndicatorSum(cluster, indicators);
        boolean sumWrong = ofStated.filter(sum -> sum.compareTo(stated) != 0).isPresent();
        if (sumWrong) {
            found.add(new RecapIssue(Kind.SECTION_SUM_MISMATCH, pointer, Optional.empty(), Optional.empty(), where,
                    stated, ofStated.get()));
        }
        boolean explainedBySum = sumWrong && ofStated.get().compareTo(computed) == 0;
        if (stated.compareTo(computed) != 0 && !explainedBySum) {
            found.add(new RecapIssue(Kind.SECTION_SUBTOTAL_MISMATCH, pointer, Optional.empty(), Optional.empty(),
                    where, stated, computed, indicatorFindings));
        }
        return stated.compareTo(computed) != 0 ? List.of(pointer) : List.of();
    }

    /**
     * The sum of a section's stated indicator subtotals, when the recap states one for every indicator of the
     * section it answers (and at least one); an indicator not answered counts 0.
     */
    private Optional<BigDecimal> statedIndicatorSum(Cluster cluster, IndicatorScore[] indicators) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        for (int i = 0; i < indicators.length; i++) {
            if (indicators[i].cluster() != cluster) {
                continue;
            }
            Answer answer = checked.entry(i).answer();
            if (answer == null) {
                continue;
            }
            if (answer.statedPoints().isEmpty()) {
                return Optional.empty();
            }
            sum = sum.add(answer.statedPoints().get());
            any = true;
        }
        return any ? Optional.of(sum) : Optional.empty();
    }

    /** The stated total, against the stated sections (when every section is stated) and the computed total. */
    private void total(BigDecimal total, ClusterScore[] clusters, List<String> causes) {
        if (submission.statedTotal().isEmpty()) {
            return;
        }
        BigDecimal stated = submission.statedTotal().get();
        BigDecimal ofSections = BigDecimal.ZERO;
        boolean everySection = true;
        for (ClusterScore cluster : clusters) {
            BigDecimal section = submission.statedSectionPoints().get(cluster.cluster());
            if (section == null) {
                everySection = false;
                break;
            }
            ofSections = ofSections.add(section);
        }
        boolean sumWrong = everySection && ofSections.compareTo(stated) != 0;
        if (sumWrong) {
            found.add(new RecapIssue(Kind.TOTAL_SUM_MISMATCH, "/statedTotal", Optional.empty(), Optional.empty(),
                    Optional.empty(), stated, ofSections));
        }
        boolean explainedBySum = sumWrong && ofSections.compareTo(total) == 0;
        if (stated.compareTo(total) != 0 && !explainedBySum) {
            found.add(new RecapIssue(Kind.TOTAL_MISMATCH, "/statedTotal", Optional.empty(), Optional.empty(),
                    Optional.empty(), stated, total, causes));
        }
    }
}
