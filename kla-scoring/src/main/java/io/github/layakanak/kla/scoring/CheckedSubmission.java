package io.github.layakanak.kla.scoring;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.Evidence;
import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.MeasurementKind;
import io.github.layakanak.kla.model.QuestionAnswer;
import io.github.layakanak.kla.model.Region;
import io.github.layakanak.kla.model.RegionEdition;
import io.github.layakanak.kla.model.RegionRegistry;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.Verification;
import io.github.layakanak.kla.model.VerificationStatus;
import io.github.layakanak.kla.model.validation.ListedRegion;
import io.github.layakanak.kla.model.validation.SubmissionValidator;
import io.github.layakanak.kla.model.validation.Violation;
import io.github.layakanak.kla.scoring.internal.Words;
import io.github.layakanak.kla.scoring.pack.Admission;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.Message;
import io.github.layakanak.kla.scoring.pack.QuestionRule;
import io.github.layakanak.kla.scoring.pack.Response;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A submission checked against a rule pack: admissible under the model's rules and scorable by the pack. Its type
 * is the proof; {@link ScoringEngine#score(CheckedSubmission)} scores it without checking again.
 *
 * <pre>{@code
 * CheckedSubmission checked = ScoringEngine.check(pack, submission);   // or ScoringException, every problem
 * ScoreCard card = ScoringEngine.score(checked);
 * }</pre>
 *
 * <p>Checking also resolves the submission against the pack once: which answer is each indicator's, and how each
 * document stands at the submission's stage. A checked submission is immutable and thread-safe.
 */
public final class CheckedSubmission {

    private static final Comparator<Violation> ORDER =
            Comparator.comparing(Violation::pointer).thenComparing(Violation::constraint);

    /** One question rule and what answers it. */
    record QuestionEntry(@Nullable QuestionAnswer answer, int index, Response response,
            List<EvidenceOutcome> evidence) {
    }

    /**
     * One indicator rule and what answers it; {@code pending} when a verifier has still to look at one of its
     * documents, its own or its questions': one pending at the stage, or any at the self-assessment.
     */
    record Entry(@Nullable Answer answer, int index, Response response, List<EvidenceOutcome> evidence,
            List<QuestionEntry> questions, boolean pending) {
    }

    private final RulePack pack;
    private final Submission submission;
    private final Entry[] entries;
    private final boolean anyPending;
    private final int stageMask;

    private CheckedSubmission(RulePack pack, Submission submission, Entry[] entries, boolean anyPending) {
        this.pack = pack;
        this.submission = submission;
        this.entries = entries;
        this.anyPending = anyPending;
        this.stageMask = mask(pack, submission.stage());
    }

    /**
     * Returns the pack it was checked against.
     *
     * @return the pack
     */
    public RulePack pack() {
        return pack;
    }

    /**
     * Returns the submission.
     *
     * @return the submission, as given
     */
    public Submission submission() {
        return submission;
    }

    /**
     * Returns this checked submission with one document found invalid at the submission's stage: what a verifier's
     * rejection would make of it, for a what-if. It needs no check: a document found invalid with a reason is
     * admissible wherever the document was.
     *
     * @param pointer the document's JSON pointer, as an {@link EvidenceOutcome#pointer()} of a scorecard of this
     *                submission gives it ({@code /answers/3/evidence/0}, {@code /answers/3/questions/1/evidence/0})
     * @param reason  the verifier's reason, not blank
     * @return the checked submission with the document rejected
     * @throws IllegalArgumentException if the pointer names no document of the submission, or the reason is blank
     */
    public CheckedSubmission rejecting(String pointer, String reason) {
        requireNonNull(pointer, "pointer");
        if (requireNonNull(reason, "reason").isBlank()) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        String[] at = pointer.startsWith("/") ? pointer.substring(1).split("/", -1) : new String[0];
        try {
            boolean own = at.length == 4 && at[0].equals("answers") && at[2].equals("evidence");
            boolean question = at.length == 6 && at[0].equals("answers") && at[2].equals("questions")
                    && at[4].equals("evidence");
            if (!own && !question) {
                throw new IllegalArgumentException("not a document's pointer: " + pointer);
            }
            List<Answer> answers = new ArrayList<>(submission.answers());
            int a = Integer.parseInt(at[1]);
            Answer answer = answers.get(a);
            Verification rejected = Verification.invalid(reason);
            if (own) {
                answers.set(a, answer.withEvidence(rejected(answer.evidence(), Integer.parseInt(at[3]), rejected)));
            } else {
                List<QuestionAnswer> questions = new ArrayList<>(answer.questions());
                int q = Integer.parseInt(at[3]);
                QuestionAnswer qa = questions.get(q);
                questions.set(q, new QuestionAnswer(qa.question(), qa.option(), qa.value(), qa.awardedPoints(),
                        rejected(qa.evidence(), Integer.parseInt(at[5]), rejected), qa.statedMax()));
                answers.set(a, new Answer(answer.indicator(), answer.value(), answer.evidence(), questions,
                        answer.statedPoints(), answer.statedMax()));
            }
            return resolve(pack, submission.withAnswers(answers));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("no document of the submission at " + pointer, e);
        }
    }

    private List<Evidence> rejected(List<Evidence> evidence, int index, Verification verdict) {
        List<Evidence> copy = new ArrayList<>(evidence);
        copy.set(index, copy.get(index).withVerification(submission.stage(), verdict));
        return copy;
    }

    Entry entry(int indicator) {
        return entries[indicator];
    }

    boolean anyPending() {
        return anyPending;
    }

    /** The statuses that count at the submission's stage, as a bit mask over {@link VerificationStatus#ordinal()}. */
    int stageMask() {
        return stageMask;
    }

    private static int mask(RulePack pack, Stage stage) {
        int mask = 0;
        for (VerificationStatus status : VerificationStatus.values()) {
            if (pack.counts(status, stage)) {
                mask |= 1 << status.ordinal();
            }
        }
        return mask;
    }

    /** Checks a submission and resolves it against the pack, or lists every problem. */
    static CheckedSubmission check(RulePack pack, Submission submission, SubmissionValidator validator) {
        List<Violation> violations = new ArrayList<>(validator.validate(submission));
        // The pack's own region check is the model's, narrowed to the pack's edition of the list, and says more
        // (which edition lists a code): it replaces the model's, so that no region problem is reported twice.
        violations.removeIf(violation -> violation.constraint().equals(ListedRegion.class.getSimpleName()));
        Words words = Words.of(validator.locale());
        new PackChecks(pack, submission, words, violations).run();
        if (!violations.isEmpty()) {
            violations.sort(ORDER);
            throw new ScoringException(pack.id(), violations);
        }
        return resolve(pack, submission);
    }

    private static CheckedSubmission resolve(RulePack pack, Submission submission) {
        Stage stage = submission.stage();
        Map<String, Integer> byIndicator = new HashMap<>();
        List<Answer> answers = submission.answers();
        for (int i = 0; i < answers.size(); i++) {
            byIndicator.putIfAbsent(answers.get(i).indicator(), i);
        }
        List<IndicatorRule> rules = pack.indicators();
        Entry[] entries = new Entry[rules.size()];
        boolean anyPending = false;
        for (int r = 0; r < entries.length; r++) {
            IndicatorRule rule = rules.get(r);
            Integer index = byIndicator.get(rule.id());
            if (index == null) {
                entries[r] = new Entry(null, -1, Response.NONE, List.of(), List.of(), false);
                continue;
            }
            Answer answer = answers.get(index);
            String at = "/answers/" + index;
            List<EvidenceOutcome> evidence = outcomes(pack, rule, stage, answer.evidence(), at + "/evidence");
            List<QuestionEntry> questions = List.of();
            if (rule.byQuestions()) {
                Map<String, Integer> byCode = new HashMap<>();
                for (int j = 0; j < answer.questions().size(); j++) {
                    byCode.putIfAbsent(answer.questions().get(j).question(), j);
                }
                List<QuestionEntry> found = new ArrayList<>(rule.questions().size());
                for (QuestionRule question : rule.questions()) {
                    Integer j = byCode.get(question.code());
                    if (j == null) {
                        found.add(new QuestionEntry(null, -1, Response.NONE, List.of()));
                    } else {
                        QuestionAnswer qa = answer.questions().get(j);
                        found.add(new QuestionEntry(qa, j, new Response(qa.value(), qa.option()),
                                outcomes(pack, rule, stage, qa.evidence(), at + "/questions/" + j + "/evidence")));
                    }
                }
                questions = List.copyOf(found);
            }
            boolean pending = anyUnverified(evidence, stage);
            for (QuestionEntry question : questions) {
                pending |= anyUnverified(question.evidence(), stage);
            }
            entries[r] = new Entry(answer, index, new Response(answer.value(), Optional.empty()), evidence, questions,
                    pending);
            anyPending |= pending;
        }
        return new CheckedSubmission(pack, submission, entries, anyPending);
    }

    /**
     * Whether a verifier has still to look at one of the documents: one pending, or at the self-assessment any
     * document at all (what a district marks there is its own view, not a verifier's).
     */
    private static boolean anyUnverified(List<EvidenceOutcome> evidence, Stage stage) {
        if (stage == Stage.SELF_ASSESSMENT) {
            return !evidence.isEmpty();
        }
        for (EvidenceOutcome e : evidence) {
            if (e.status() == VerificationStatus.PENDING) {
                return true;
            }
        }
        return false;
    }

    private static List<EvidenceOutcome> outcomes(RulePack pack, IndicatorRule rule, Stage stage,
            List<Evidence> evidence, String at) {
        if (evidence.isEmpty()) {
            return List.of();
        }
        Set<EvidenceType> accepted = rule.indicator().acceptedEvidence();
        EvidenceOutcome[] outcomes = new EvidenceOutcome[evidence.size()];
        for (int i = 0; i < outcomes.length; i++) {
            Evidence e = evidence.get(i);
            Verification verdict = e.verdictAt(stage);
            boolean isAccepted = accepted.isEmpty() || accepted.contains(e.type());
            outcomes[i] = new EvidenceOutcome(at + "/" + i, e.type(), e.title(), verdict.status(), verdict.reason(),
                    !e.type().isRegulation() || e.hasLegality(),
                    isAccepted, isAccepted && pack.counts(verdict.status(), stage));
        }
        return List.of(outcomes);
    }

    /** What only the pack can tell of a submission, each problem at its JSON pointer. */
    private static final class PackChecks {

        private final RulePack pack;
        private final Submission submission;
        private final Words words;
        private final List<Violation> violations;

        PackChecks(RulePack pack, Submission submission, Words words, List<Violation> violations) {
            this.pack = pack;
            this.submission = submission;
            this.words = words;
            this.violations = violations;
        }

        private void add(String pointer, String key, Object... arguments) {
            violations.add(new Violation(pointer, words.text(key, arguments), constraint(key)));
        }

        private void add(String pointer, Message message) {
            String key = message instanceof Message.Key k ? k.key() : "admission";
            violations.add(new Violation(pointer, words.render(message), constraint(key)));
        }

        /** {@code admission.valueKind} is the constraint {@code ValueKind}. */
        private static String constraint(String key) {
            String name = key.substring(key.lastIndexOf('.') + 1);
            return name.isEmpty() ? key : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }

        void run() {
            region();
            if (!pack.governs(submission.year())) {
                add("/year", "admission.year", pack.id(), pack.years(), submission.year());
            } else {
                submittedWithinTheRound();
            }
            List<Answer> answers = submission.answers();
            for (int i = 0; i < answers.size(); i++) {
                answer(answers.get(i), "/answers/" + i);
            }
            for (Cluster cluster : submission.statedSectionPoints().keySet()) {
                if (pack.findSection(cluster).isEmpty()) {
                    add("/statedSectionPoints/" + cluster.name(), "admission.section", pack.id(), cluster);
                }
            }
            for (Cluster cluster : submission.statedSectionMaxima().keySet()) {
                if (pack.findSection(cluster).isEmpty()) {
                    add("/statedSectionMaxima/" + cluster.name(), "admission.section", pack.id(), cluster);
                }
            }
        }

        /** Submitted between the start of the data year and the end of the award year. */
        private void submittedWithinTheRound() {
            LocalDate from = LocalDate.of(pack.round().dataYear(), 1, 1);
            LocalDate to = LocalDate.of(pack.round().awardYear(), 12, 31);
            if (submission.submittedOn().isBefore(from) || submission.submittedOn().isAfter(to)) {
                add("/submittedOn", "admission.submittedOn", submission.submittedOn(),
                        String.valueOf(pack.round().evaluationYear()), from, to);
            }
        }

        /** A region of the pack's list, named as the list names it (in any case, with or without its prefix). */
        private void region() {
            Region given = submission.region();
            RegionRegistry registry = RegionRegistry.of(pack.regionEdition());
            Optional<Region> known = registry.find(given.code());
            if (known.isEmpty()) {
                Optional<RegionEdition> other = Arrays.stream(RegionEdition.values())
                        .filter(edition -> RegionRegistry.of(edition).find(given.code()).isPresent())
                        .findFirst();
                if (other.isPresent()) {
                    add("/region/code", "admission.regionOtherEdition", given.code(), pack.regionEdition(), pack.id(),
                            other.get());
                } else {
                    add("/region/code", "admission.region", given.code(), pack.regionEdition(), pack.id());
                }
                return;
            }
            if (!registry.findAllByName(given.name()).contains(known.get())) {
                add("/region/name", "admission.regionName", given.name(), given.code(), known.get().name(),
                        pack.regionEdition());
            }
            if (!letters(given.province()).equals(letters(known.get().province()))) {
                add("/region/province", "admission.regionProvince", given.province(), given.code(),
                        known.get().province());
            }
        }

        private static String letters(String name) {
            return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        }

        private void answer(Answer answer, String at) {
            Optional<IndicatorRule> found = pack.findIndicator(answer.indicator());
            if (found.isEmpty()) {
                add(at + "/indicator", "admission.indicator", pack.id(), answer.indicator());
                return;
            }
            IndicatorRule rule = found.get();
            if (!rule.byQuestions()) {
                if (!answer.questions().isEmpty()) {
                    add(at + "/questions", "admission.noQuestions", rule.indicator(), pack.id());
                }
                response(rule.rubric().orElseThrow(), new Response(answer.value(), Optional.empty()),
                        rule.indicator().measurement().kind(), at);
                return;
            }
            if (answer.value().isPresent()) {
                add(at + "/value", "admission.byQuestions", rule.indicator());
            }
            Set<String> codes = new HashSet<>();
            for (int j = 0; j < answer.questions().size(); j++) {
                QuestionAnswer qa = answer.questions().get(j);
                String qat = at + "/questions/" + j;
                Optional<QuestionRule> question = rule.findQuestion(qa.question());
                if (question.isEmpty()) {
                    add(qat + "/question", "admission.question", rule.indicator(), qa.question(),
                            rule.questions().stream().map(QuestionRule::code).toList());
                    continue;
                }
                if (!codes.add(qa.question())) {
                    add(qat + "/question", "admission.questionTwice", rule.indicator(), qa.question());
                }
                response(question.get().rubric(), new Response(qa.value(), qa.option()),
                        question.get().question().kind(), qat);
            }
        }

        /** The rubric's own refusals, and a value of the kind the indicator or question measures. */
        private void response(Rubric rubric, Response response, MeasurementKind measured, String at) {
            response.value().ifPresent(value -> {
                if (!rubric.valueKinds().isEmpty() && rubric.valueKinds().contains(value.kind())
                        && value.kind() != measured) {
                    add(at + "/value/kind", "admission.measures", measured, value.kind());
                }
            });
            admit(rubric, response, at + "/value", at + "/option");
        }

        private void admit(Rubric rubric, Response response, String valueAt, String optionAt) {
            try {
                rubric.admit(response, new Admission() {
                    @Override
                    public void refuseValue(String pointer, Message why) {
                        add(valueAt + pointer, why);
                    }

                    @Override
                    public void refuseOption(Message why) {
                        add(optionAt, why);
                    }

                    @Override
                    public void admitItem(String key, Rubric item, IndicatorValue value) {
                        String itemAt = valueAt + "/items/" + key.replace("~", "~0").replace("/", "~1");
                        admit(item, Response.of(value), itemAt, itemAt);
                    }
                });
            } catch (RuntimeException e) {
                throw RubricFailure.of(pack, rubric, "admit the answer at " + valueAt, e);
            }
        }
    }

    /**
     * Returns a short description, for debugging.
     *
     * @return the pack and the submission's region, year and stage
     */
    @Override
    public String toString() {
        return "CheckedSubmission[" + pack.id() + ", " + submission.region().code() + " " + submission.year() + " "
                + submission.stage() + "]";
    }
}
