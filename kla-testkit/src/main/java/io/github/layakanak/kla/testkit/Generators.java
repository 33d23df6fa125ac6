package io.github.layakanak.kla.testkit;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.Evidence;
import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.QuestionAnswer;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Region;
import io.github.layakanak.kla.model.RegionEdition;
import io.github.layakanak.kla.model.RegionRegistry;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.Verification;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.QuestionRule;
import io.github.layakanak.kla.scoring.pack.RankBands;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Seeded generators of regions, evidence, answers and whole submissions, valid by construction: every value
 * they make passes {@link io.github.layakanak.kla.model.validation.SubmissionValidator}, and every submission
 * can be scored by the pack it was made for.
 *
 * <pre>{@code
 * Property.forAll(Generators.submissions(pack)).check(s -> {
 *     ScoreCard card = ScoringEngine.score(pack, s);
 *     assertTrue(card.total().compareTo(pack.totalMax().value()) <= 0);
 * });
 * }</pre>
 *
 * <p>Submissions shrink towards fewer answers, fewer documents and smaller values. Generators combine with
 * {@link Gen#pair(Gen, Gen)} and {@link Gen#listOf(Gen, int, int)}, which shrink too.
 */
public final class Generators {

    private static final List<String> REASONS = List.of("tanpa nomor dan tanggal", "tanpa tanda tangan dan stempel",
            "data tahun yang salah", "dokumen tidak terbaca");

    private Generators() {
    }

    /**
     * Regencies and cities of a region-code edition.
     *
     * @param edition the edition
     * @return the generator, shrinking towards the first region by code
     */
    public static Gen<Region> regions(RegionEdition edition) {
        return Gen.oneOf(RegionRegistry.of(requireNonNull(edition, "edition")).regions());
    }

    /**
     * Documents of the given types, dated no later than a day, each with what verifiers found of it so far.
     * Regulation-type documents always carry a number and a date, so that they may be valid.
     *
     * @param types  the types to draw from
     * @param latest the latest issue date
     * @return the generator
     */
    public static Gen<Evidence> evidence(List<EvidenceType> types, LocalDate latest) {
        List<EvidenceType> choices = List.copyOf(types);
        requireNonNull(latest, "latest");
        return Gen.of(r -> evidence(choices.get(r.nextInt(choices.size())), latest, r), Generators::simpler);
    }

    private static Evidence evidence(EvidenceType type, LocalDate latest, SplittableRandom r) {
        LocalDate issued = latest.minusDays(r.nextInt(900));
        boolean numbered = type.isRegulation() || r.nextBoolean();
        Evidence evidence = new Evidence(type, type.nameId() + " " + (r.nextInt(900) + 100),
                numbered ? Optional.of(r.nextInt(99) + 1 + "/" + issued.getYear()) : Optional.empty(),
                numbered || r.nextBoolean() ? Optional.of(issued) : Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Map.of());
        Stage[] verifications = {Stage.ADMINISTRATIVE_VERIFICATION, Stage.FIELD_VERIFICATION, Stage.FINAL};
        int checked = r.nextInt(verifications.length + 1);
        for (int i = 0; i < checked; i++) {
            int verdict = r.nextInt(6);
            Verification found = verdict < 4 ? Verification.VALID
                    : verdict == 4 ? Verification.invalid(REASONS.get(r.nextInt(REASONS.size())))
                    : Verification.MISSING;
            evidence = evidence.withVerification(verifications[i], found);
        }
        return evidence;
    }

    private static Stream<Evidence> simpler(Evidence evidence) {
        return evidence.verification().isEmpty() ? Stream.empty()
                : Stream.of(new Evidence(evidence.type(), evidence.title(), evidence.number(), evidence.issuedOn(),
                        evidence.issuer(), evidence.link(), evidence.sha256(), Map.of()));
    }

    /**
     * Whole submissions a pack can score, spread over every rank the pack awards: a region of the pack's edition,
     * one of its years, any stage, most indicators answered with values and questions of the kinds its rubrics rate,
     * some as a verifier's recap, documents of every status, and some indicators answered at their best. Each
     * submission aims at a rank drawn evenly from the pack's bands ({@link #submissions(RulePack, Rank)}), so for
     * the 2022 and 2024 packs each of the six ranks, from none to KLA, gets about one submission in six.
     *
     * @param pack the pack
     * @return the generator
     */
    public static Gen<Submission> submissions(RulePack pack) {
        requireNonNull(pack, "pack");
        List<Rank> ranks = pack.bands().bands().stream().map(RankBands.Band::rank).toList();
        List<Region> regions = RegionRegistry.of(pack.regionEdition()).regions();
        return Gen.of(r -> Ranked.generate(pack, regions, ranks.get(r.nextInt(ranks.size())), r),
                Shrinking::submission);
    }

    /**
     * Whole submissions, as {@link #submissions(RulePack)} makes them, aimed at the band of one rank: their totals
     * spread over the band, their answers a mix of none, random and best ones. A band no mix can land in (narrower
     * than any indicator's step, or above what a rank condition switched on lets through) gets the nearest rank
     * instead; the 2022 and 2024 packs reach every band.
     *
     * <pre>{@code
     * Property.forAll(Generators.submissions(pack, Rank.UTAMA)).check(s -> ...);
     * }</pre>
     *
     * @param pack the pack
     * @param rank the rank, one the pack's bands award
     * @return the generator; its submissions shrink as {@link #submissions(RulePack)}'s do, not keeping the rank
     * @throws IllegalArgumentException if the pack has no band for the rank
     */
    public static Gen<Submission> submissions(RulePack pack, Rank rank) {
        requireNonNull(pack, "pack");
        requireNonNull(rank, "rank");
        if (pack.bands().findBand(rank).isEmpty()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "pack [%s] has no band for rank [%s]; its "
                    + "ranks are %s", pack.id(), rank, pack.bands().bands().stream().map(RankBands.Band::rank)
                    .toList()));
        }
        List<Region> regions = RegionRegistry.of(pack.regionEdition()).regions();
        return Gen.of(r -> Ranked.generate(pack, regions, rank, r), Shrinking::submission);
    }

    /**
     * One answer to an indicator of a pack, with documents dated no later than a day.
     *
     * @param rule   the indicator's rule
     * @param latest the latest issue date of its documents
     * @param r      the source of randomness
     * @return the answer
     */
    static Answer answer(IndicatorRule rule, LocalDate latest, SplittableRandom r) {
        List<Evidence> evidence = documents(rule, latest, r);
        if (!rule.byQuestions()) {
            Rubric rubric = rule.rubric().orElseThrow();
            return new Answer(rule.id(), Values.random(rubric, rule.indicator().measurement().kind(), r), evidence,
                    List.of(), Optional.empty());
        }
        boolean recap = r.nextInt(4) == 0;
        List<QuestionAnswer> questions = new ArrayList<>();
        for (QuestionRule question : rule.questions()) {
            if (r.nextInt(5) == 0) {
                continue;
            }
            if (recap) {
                BigDecimal awarded = question.max().multiply(BigDecimal.valueOf(r.nextInt(5), 0))
                        .divide(BigDecimal.valueOf(4)).setScale(2, java.math.RoundingMode.HALF_UP);
                questions.add(QuestionAnswer.awarded(question.code(), awarded));
                continue;
            }
            List<String> options = Values.options(question.rubric());
            Optional<String> option = options.isEmpty() ? Optional.empty()
                    : Optional.of(options.get(r.nextInt(options.size())));
            Optional<IndicatorValue> value = option.isPresent() ? Optional.empty()
                    : Values.random(question.rubric(), question.question().kind(), r);
            if (option.isEmpty() && value.isEmpty()) {
                continue;
            }
            questions.add(new QuestionAnswer(question.code(), option, value, Optional.empty(),
                    r.nextBoolean() ? documents(rule, latest, r) : List.of()));
        }
        return new Answer(rule.id(), Optional.empty(), recap ? List.of() : evidence, questions, Optional.empty());
    }

    private static List<Evidence> documents(IndicatorRule rule, LocalDate latest, SplittableRandom r) {
        List<EvidenceType> accepted = rule.indicator().acceptedEvidence().isEmpty()
                ? List.of(EvidenceType.values()) : List.copyOf(rule.indicator().acceptedEvidence());
        List<EvidenceType> any = List.of(EvidenceType.values());
        int count = r.nextInt(4);
        List<Evidence> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<EvidenceType> types = r.nextInt(6) == 0 ? any : accepted;
            documents.add(evidence(types.get(r.nextInt(types.size())), latest, r));
        }
        return documents;
    }

    /**
     * Random rule packs, valid by construction and linted by their builder: one to four sections of one to four
     * indicators, every built-in rubric kind with random fractions (the best rung earning 1), composites, indicators
     * scored by questions with a cap, random maxima that add up, bands that can be reached, random stage rules, a
     * gate and a rank condition now and then, every rounding mode. For properties that must hold for any pack.
     *
     * <pre>{@code
     * Property.forAll(Generators.rulePacks()).check(pack -> ...);
     * }</pre>
     *
     * @return the generator; packs do not shrink
     */
    public static Gen<RulePack> rulePacks() {
        return RandomPacks::generate;
    }

    /**
     * Submissions for a pack that may be wrong in any way the model's types allow, as a form can produce them:
     * answers for indicators the pack does not have, values of any kind with numbers far out of range (400%, a
     * negative count, {@code 1E+400}), options nobody offers, composite items nobody declared, recap points above any
     * maximum, documents dated after the submission or found valid without number and date, another year, a region of
     * the other edition. Many are inadmissible; the engine must refuse those with a {@code ScoringException} and
     * never fail otherwise.
     *
     * @param pack the pack
     * @return the generator, whose submissions shrink as {@link #submissions(RulePack)}'s do
     */
    public static Gen<Submission> anySubmissions(RulePack pack) {
        requireNonNull(pack, "pack");
        return Gen.of(r -> AnySubmissions.generate(pack, r), Shrinking::submission);
    }

    /**
     * Submissions that break exactly one admissibility rule, each naming the rule and the JSON pointer where
     * {@link io.github.layakanak.kla.model.validation.SubmissionValidator} reports it, for negative tests.
     *
     * @param pack the pack whose valid submissions are broken
     * @return the generator
     */
    public static Gen<InvalidSubmission> invalidSubmissions(RulePack pack) {
        Gen<Submission> valid = submissions(pack);
        return r -> Breakage.values()[r.nextInt(Breakage.values().length)].apply(valid.generate(r), r);
    }
}
