package io.github.layakanak.kla.testkit;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.DocumentLevel;
import io.github.layakanak.kla.model.Evidence;
import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.FunctioningLevel;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.QuestionAnswer;
import io.github.layakanak.kla.model.Region;
import io.github.layakanak.kla.model.RegionEdition;
import io.github.layakanak.kla.model.RegionRegistry;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.Verification;
import io.github.layakanak.kla.model.VerificationStatus;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.QuestionRule;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.pack.Rung;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Submissions that may be wrong in any way the model's types allow: answers for indicators the pack has or does
 * not have, values of any kind with numbers far out of range, options nobody offers, composite items nobody
 * declared, questions answered twice, recap points above any maximum, documents dated after the submission or found
 * valid without number and date, another year, a region of the other edition. They are what a form can produce.
 */
final class AnySubmissions {

    private static final BigDecimal[] NUMBERS = {BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.valueOf(-1),
        new BigDecimal("0.5"), new BigDecimal("50"), new BigDecimal("99.99"), new BigDecimal("100"),
        new BigDecimal("100.000001"), new BigDecimal("400"), new BigDecimal("1000"), new BigDecimal("1000.01"),
        new BigDecimal("-0.0"), new BigDecimal("1E+30"), new BigDecimal("1E-30"), new BigDecimal("1E+400"),
        new BigDecimal("1E-400"), new BigDecimal("12345678901234567890.123456789")};
    private static final long[] COUNTS = {0, 1, 3, 10, -1, Long.MIN_VALUE, Long.MAX_VALUE, 1_000_000_000_000L};
    private static final String[] TEXTS = {"x", "", " ", "Perda", "\u0000", "=1+1", "a/b~c", "\u001b[31m"};

    private final RulePack pack;
    private final SplittableRandom r;

    private AnySubmissions(RulePack pack, SplittableRandom r) {
        this.pack = pack;
        this.r = r;
    }

    static Submission generate(RulePack pack, SplittableRandom r) {
        return new AnySubmissions(pack, r).submission();
    }

    private Submission submission() {
        RegionEdition edition = r.nextInt(4) == 0 ? RegionEdition.values()[r.nextInt(RegionEdition.values().length)]
                : pack.regionEdition();
        List<Region> regions = RegionRegistry.of(edition).regions();
        Region region = regions.get(r.nextInt(regions.size()));
        int year = r.nextInt(5) == 0 ? 1990 + r.nextInt(130) : pack.years().get(r.nextInt(pack.years().size()));
        LocalDate submittedOn = LocalDate.of(Math.max(1, Math.min(9999, year)), 1 + r.nextInt(12), 1 + r.nextInt(28));
        List<Answer> answers = new ArrayList<>();
        int count = r.nextInt(pack.indicators().size() + 3);
        for (int i = 0; i < count; i++) {
            answers.add(answer(submittedOn));
        }
        Map<Cluster, BigDecimal> stated = new EnumMap<>(Cluster.class);
        if (r.nextInt(4) == 0) {
            stated.put(Cluster.values()[r.nextInt(Cluster.values().length)], number());
        }
        return new Submission(region, year, Stage.values()[r.nextInt(Stage.values().length)], submittedOn, answers,
                stated);
    }

    private Answer answer(LocalDate submittedOn) {
        IndicatorRule rule = pack.indicators().get(r.nextInt(pack.indicators().size()));
        String indicator = r.nextInt(6) > 0 ? rule.id() : r.nextBoolean() ? "no-such-indicator" : "Not An Id";
        Optional<IndicatorValue> value = r.nextInt(4) == 0 ? Optional.empty()
                : Optional.of(rule.rubric().map(rubric -> value(rubric, 0)).orElseGet(() -> anyValue(0)));
        List<QuestionAnswer> questions = new ArrayList<>();
        if (rule.byQuestions() || r.nextInt(8) == 0) {
            int count = r.nextInt(rule.questions().size() + 2);
            for (int i = 0; i < count; i++) {
                questions.add(question(rule, submittedOn));
            }
            if (rule.byQuestions() && r.nextBoolean()) {
                value = Optional.empty();
            }
        }
        return new Answer(indicator, value, documents(submittedOn), questions,
                r.nextInt(5) == 0 ? Optional.of(number()) : Optional.empty());
    }

    private QuestionAnswer question(IndicatorRule rule, LocalDate submittedOn) {
        Optional<QuestionRule> question = rule.questions().isEmpty() ? Optional.empty()
                : Optional.of(rule.questions().get(r.nextInt(rule.questions().size())));
        String code = question.isPresent() && r.nextInt(6) > 0 ? question.get().code() : r.nextBoolean() ? "99z" : "X";
        Optional<String> option = Optional.empty();
        Optional<IndicatorValue> value = Optional.empty();
        Optional<BigDecimal> awarded = Optional.empty();
        switch (r.nextInt(4)) {
            case 0 -> awarded = Optional.of(number());
            case 1 -> option = Optional.of(question.map(q -> option(q.rubric())).orElse("NO_SUCH_OPTION"));
            case 2 -> value = Optional.of(question.map(q -> value(q.rubric(), 0)).orElseGet(() -> anyValue(0)));
            default -> {
                // nothing at all, or everything at once
                if (r.nextBoolean()) {
                    awarded = Optional.of(number());
                    option = Optional.of("NO_SUCH_OPTION");
                    value = Optional.of(anyValue(0));
                }
            }
        }
        return new QuestionAnswer(code, option, value, awarded, r.nextBoolean() ? documents(submittedOn) : List.of());
    }

    private String option(Rubric rubric) {
        List<Rung> ladder = rubric.ladder();
        return ladder.isEmpty() || r.nextInt(5) == 0 ? "NO_SUCH_OPTION" : ladder.get(r.nextInt(ladder.size())).id();
    }

    /** A value for a rubric: often of a kind it rates, with any numbers; sometimes of another kind. */
    private IndicatorValue value(Rubric rubric, int depth) {
        if (r.nextInt(5) == 0 || rubric.valueKinds().isEmpty()) {
            return anyValue(depth);
        }
        if (rubric instanceof io.github.layakanak.kla.scoring.rubric.Composite composite && depth < 4) {
            Map<String, IndicatorValue> items = new LinkedHashMap<>();
            for (io.github.layakanak.kla.scoring.rubric.Composite.Item item : composite.items()) {
                if (r.nextInt(4) > 0) {
                    items.put(item.id(), value(item.rubric(), depth + 1));
                }
            }
            if (r.nextInt(5) == 0) {
                items.put(r.nextBoolean() ? "no-such-item" : "", anyValue(depth + 1));
            }
            return new IndicatorValue.Composite(items);
        }
        return switch (rubric.valueKinds().stream().sorted().toList().get(r.nextInt(rubric.valueKinds().size()))) {
            case PERCENTAGE -> new IndicatorValue.Percentage(number(), r.nextBoolean() ? Optional.of(number())
                    : Optional.empty());
            case COUNT -> new IndicatorValue.Count(count(), r.nextBoolean() ? Optional.of(count()) : Optional.empty());
            case DOCUMENT_LEVEL -> IndicatorValue.document(DocumentLevel.values()[r.nextInt(DocumentLevel.values().length)]);
            case FUNCTIONING_LEVEL -> IndicatorValue.functioning(
                    FunctioningLevel.values()[r.nextInt(FunctioningLevel.values().length)]);
            case PRESENCE -> new IndicatorValue.Presence(r.nextBoolean());
            case BUDGET -> new IndicatorValue.Budget(r.nextBoolean(), r.nextBoolean());
            default -> anyValue(depth);
        };
    }

    private IndicatorValue anyValue(int depth) {
        switch (r.nextInt(depth < 4 ? 7 : 6)) {
            case 0:
                return new IndicatorValue.Percentage(number(), r.nextBoolean() ? Optional.of(number())
                        : Optional.empty());
            case 1:
                return new IndicatorValue.Count(count(), r.nextBoolean() ? Optional.of(count()) : Optional.empty());
            case 2:
                return IndicatorValue.document(DocumentLevel.values()[r.nextInt(DocumentLevel.values().length)]);
            case 3:
                return IndicatorValue.functioning(FunctioningLevel.values()[r.nextInt(FunctioningLevel.values().length)]);
            case 4:
                return new IndicatorValue.Presence(r.nextBoolean());
            case 5:
                return new IndicatorValue.Budget(r.nextBoolean(), r.nextBoolean());
            default:
                Map<String, IndicatorValue> items = new LinkedHashMap<>();
                int count = r.nextInt(3);
                for (int i = 0; i < count; i++) {
                    items.put("item-" + i, anyValue(depth + 1));
                }
                return new IndicatorValue.Composite(items);
        }
    }

    private List<Evidence> documents(LocalDate submittedOn) {
        List<Evidence> documents = new ArrayList<>();
        int count = r.nextInt(3);
        for (int i = 0; i < count; i++) {
            EvidenceType type = EvidenceType.values()[r.nextInt(EvidenceType.values().length)];
            Map<Stage, Verification> verification = new EnumMap<>(Stage.class);
            for (Stage stage : Stage.values()) {
                if (r.nextInt(3) == 0) {
                    VerificationStatus status = VerificationStatus.values()[r.nextInt(VerificationStatus.values().length)];
                    verification.put(stage, new Verification(status, r.nextBoolean() ? Optional.of(text())
                            : Optional.empty()));
                }
            }
            LocalDate issued = submittedOn.plusDays(r.nextInt(2000) - 1500);
            documents.add(new Evidence(type, r.nextInt(4) == 0 ? text() : type.nameId() + " " + i,
                    r.nextBoolean() ? Optional.of(text()) : Optional.empty(),
                    r.nextBoolean() ? Optional.of(issued) : Optional.empty(), Optional.empty(), Optional.empty(),
                    r.nextInt(5) == 0 ? Optional.of(text()) : Optional.empty(), verification));
        }
        return documents;
    }

    private BigDecimal number() {
        return r.nextInt(3) == 0 ? BigDecimal.valueOf(r.nextInt(100_001), r.nextInt(4))
                : NUMBERS[r.nextInt(NUMBERS.length)];
    }

    private long count() {
        return r.nextBoolean() ? r.nextInt(20) : COUNTS[r.nextInt(COUNTS.length)];
    }

    private String text() {
        return TEXTS[r.nextInt(TEXTS.length)];
    }
}
