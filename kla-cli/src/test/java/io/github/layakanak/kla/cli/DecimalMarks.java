package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.Evidence;
import io.github.layakanak.kla.model.QuestionAnswer;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.pack.RankBands;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the tests of issue 14 share: how to find a number written with a decimal point in Indonesian words, once
 * what is not a number to format is taken out (the region code such as {@code 21.71}, the engine's version, and the
 * documents' titles, numbers and reasons, which are the district's own text).
 */
final class DecimalMarks {

    /** A decimal point between digits, as in {@code 745.00} or {@code 12.5}. */
    static final Pattern DECIMAL_POINT = Pattern.compile("\\d\\.\\d");

    private DecimalMarks() {
    }

    /** The text without the region code, the engine's version and the documents' own words. */
    static String numbersOnly(String text, Submission submission, ScoreCard card) {
        String rest = text.replace(card.region().code(), "").replace(card.stamp().engineVersion(), "");
        List<String> own = new ArrayList<>();
        for (Answer answer : submission.answers()) {
            documents(answer.evidence(), own);
            for (QuestionAnswer question : answer.questions()) {
                documents(question.evidence(), own);
            }
        }
        own.sort((a, b) -> b.length() - a.length());
        for (String words : own) {
            rest = rest.replace(words, "");
        }
        return rest;
    }

    private static void documents(List<Evidence> evidence, List<String> own) {
        for (Evidence document : evidence) {
            own.add(document.title());
            document.number().ifPresent(own::add);
            document.issuer().ifPresent(own::add);
            document.verification().values().forEach(v -> v.reason().ifPresent(own::add));
        }
    }

    /** The numbers in the text written with a decimal point: none, for Indonesian words. */
    static List<String> decimalPoints(String text, Submission submission, ScoreCard card) {
        return DECIMAL_POINT.matcher(numbersOnly(text, submission, card)).results().map(r -> r.group()).toList();
    }

    /** The 2022 pack with Madya's band moved to start above 612.5. */
    static RulePack halfBands() {
        RulePack pack = Oracle.PACKS.forYear(2022);
        List<RankBands.Band> bands = new ArrayList<>();
        for (RankBands.Band band : pack.bands().bands()) {
            bands.add(band.rank() == Rank.MADYA ? new RankBands.Band(Rank.MADYA, new BigDecimal("612.5"),
                    band.fromInclusive()) : band);
        }
        return pack.toBuilder().bands(new RankBands(bands, pack.bands().convention(), pack.bands().provenance()))
                .build();
    }
}
