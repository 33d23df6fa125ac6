package io.github.layakanak.kla.testkit;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.Evidence;
import io.github.layakanak.kla.model.QuestionAnswer;
import io.github.layakanak.kla.model.Submission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Simpler submissions than a given one: fewer answers, fewer documents, fewer questions, smaller values. */
final class Shrinking {

    private Shrinking() {
    }

    static Stream<Submission> submission(Submission s) {
        List<Answer> answers = s.answers();
        List<Submission> out = new ArrayList<>();
        if (!answers.isEmpty()) {
            out.add(s.withAnswers(List.of()));
        }
        if (answers.size() > 1) {
            out.add(s.withAnswers(answers.subList(0, answers.size() / 2)));
            out.add(s.withAnswers(answers.subList(answers.size() / 2, answers.size())));
        }
        if (answers.size() > 1) {
            for (int i = 0; i < answers.size(); i++) {
                List<Answer> fewer = new ArrayList<>(answers);
                fewer.remove(i);
                out.add(s.withAnswers(fewer));
            }
        }
        if (!s.statedSectionPoints().isEmpty() || !s.statedSectionMaxima().isEmpty() || s.statedTotal().isPresent()) {
            out.add(new Submission(s.region(), s.year(), s.stage(), s.submittedOn(), answers, Map.of()));
        }
        Stream<Submission> simplerAnswers = Stream.iterate(0, i -> i < answers.size(), i -> i + 1)
                .flatMap(i -> answer(answers.get(i)).map(a -> {
                    List<Answer> changed = new ArrayList<>(answers);
                    changed.set(i, a);
                    return s.withAnswers(changed);
                }));
        return Stream.concat(out.stream(), simplerAnswers);
    }

    private static Stream<Answer> answer(Answer a) {
        List<Answer> out = new ArrayList<>();
        for (int e = 0; e < a.evidence().size(); e++) {
            List<Evidence> fewer = new ArrayList<>(a.evidence());
            fewer.remove(e);
            out.add(a.withEvidence(fewer));
        }
        for (int q = 0; q < a.questions().size(); q++) {
            List<QuestionAnswer> fewer = new ArrayList<>(a.questions());
            fewer.remove(q);
            out.add(new Answer(a.indicator(), a.value(), a.evidence(), fewer, a.statedPoints(), a.statedMax()));
        }
        if (a.statedPoints().isPresent()) {
            out.add(new Answer(a.indicator(), a.value(), a.evidence(), a.questions(), Optional.empty()));
        }
        Stream<Answer> values = a.value().stream().flatMap(Values::simpler).map(v ->
                new Answer(a.indicator(), Optional.of(v), a.evidence(), a.questions(), a.statedPoints(),
                        a.statedMax()));
        return Stream.concat(out.stream(), values);
    }
}
