package io.github.layakanak.kla.testkit;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.DocumentLevel;
import io.github.layakanak.kla.model.Evidence;
import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.MeasurementKind;
import io.github.layakanak.kla.model.QuestionAnswer;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Verification;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.QuestionRule;
import io.github.layakanak.kla.scoring.pack.Response;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.Rung;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Answers that earn an indicator's full points at every stage, and the documents that make a value count. */
final class Answers {

    private Answers() {
    }

    /**
     * The best answer to an indicator: its rubric's top rung (each question's, for one scored by questions), with a
     * valid document of an accepted type; empty when the rubric gives no witness of its top rung.
     */
    static Optional<Answer> best(IndicatorRule rule, LocalDate latest) {
        if (!rule.byQuestions()) {
            Optional<IndicatorValue> value = top(rule.rubric().orElseThrow(), rule.indicator().measurement().kind())
                    .flatMap(Response::value);
            return value.map(v -> new Answer(rule.id(), Optional.of(v), List.of(supporting(rule, v, latest)),
                    List.of(), Optional.empty()));
        }
        List<QuestionAnswer> questions = new ArrayList<>();
        for (QuestionRule question : rule.questions()) {
            Optional<Response> top = top(question.rubric(), question.question().kind());
            if (top.isEmpty() || !top.get().isGiven()) {
                continue;
            }
            IndicatorValue value = top.get().value().orElse(null);
            questions.add(new QuestionAnswer(question.code(), top.get().option(), top.get().value(), Optional.empty(),
                    List.of(supporting(rule, value, latest))));
        }
        return questions.isEmpty() ? Optional.empty()
                : Optional.of(new Answer(rule.id(), Optional.empty(), List.of(), questions, Optional.empty()));
    }

    /** A response on the rubric's top rung: an option for a rubric of options, a value for one of values. */
    private static Optional<Response> top(Rubric rubric, MeasurementKind preferred) {
        List<Rung> ladder = rubric.ladder();
        if (ladder.isEmpty()) {
            return Optional.empty();
        }
        Rung best = ladder.get(ladder.size() - 1);
        if (rubric.valueKinds().isEmpty()) {
            return Optional.of(Response.option(best.id()));
        }
        return rubric.witness(best, Values.kindOf(rubric, preferred)).filter(w -> w.value().isPresent());
    }

    /**
     * A document that supports a value at every stage: numbered, dated two months before {@code latest}, found
     * valid at the administrative verification, of a type the indicator accepts; for a document level, a document
     * of that level.
     */
    static Evidence supporting(IndicatorRule rule, @Nullable IndicatorValue value, LocalDate latest) {
        EvidenceType type = null;
        if (value instanceof IndicatorValue.Document d && d.level() != DocumentLevel.NONE) {
            for (EvidenceType candidate : EvidenceType.values()) {
                boolean fits = candidate.isRegulation() ? candidate.documentLevel() == d.level()
                        : d.level() == DocumentLevel.DRAFT;
                if (fits && rule.indicator().accepts(candidate)) {
                    type = candidate;
                    break;
                }
            }
        }
        if (type == null) {
            type = rule.indicator().acceptedEvidence().stream().findFirst().orElse(EvidenceType.REPORT);
        }
        return Evidence.of(type, type.nameId() + " (" + rule.indicator().nameId() + ")", "1/" + latest.getYear(),
                latest.minusMonths(2)).withVerification(Stage.ADMINISTRATIVE_VERIFICATION, Verification.VALID);
    }
}
