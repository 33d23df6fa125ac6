package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.scoring.ClusterScore;
import io.github.layakanak.kla.scoring.ConditionOutcome;
import io.github.layakanak.kla.scoring.Deficiency;
import io.github.layakanak.kla.scoring.Explainer;
import io.github.layakanak.kla.scoring.Loss;
import io.github.layakanak.kla.scoring.ProvisionalRange;
import io.github.layakanak.kla.scoring.RecapIssue;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.Stamp;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.plan.Plan;
import io.github.layakanak.kla.scoring.plan.PlanExplainer;
import io.github.layakanak.kla.scoring.plan.PlanRequest;
import io.github.layakanak.kla.scoring.plan.Planner;
import io.github.layakanak.kla.scoring.plan.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A scorecard as a table for people: the points of each section against its maximum, the total, the rank and
 * its band, the stage gate, the provisional range, the deficiencies with what fixing each alone gains, and where
 * every lost point went (the losses, which add up to the maxima minus the total), each list the largest first, and
 * the cheapest path to the next rank.
 */
final class TextReport {

    private TextReport() {
    }

    static String render(Evaluator.Scored scored, Lang lang) {
        ScoreCard card = scored.card();
        RulePack pack = scored.pack();
        StringBuilder text = new StringBuilder();
        text.append(card.region().name()).append(", ").append(card.region().province())
                .append(" (").append(card.region().code()).append(")\n");
        text.append(lang.t("Tahun ", "Year ")).append(card.year()).append(" · ").append(lang.name(card.stage()))
                .append(" · ").append(lang.t("paket ", "pack ")).append(card.packId()).append('\n').append('\n');

        String sectionHeader = lang.t("Bagian", "Section");
        String total = lang.t("Total", "Total");
        int width = Math.max(sectionHeader.length(), total.length());
        for (ClusterScore cluster : card.clusters()) {
            width = Math.max(width, lang.label(cluster.cluster()).length());
        }
        String row = "%-" + width + "s  %9s  %6s%n";
        text.append(String.format(Locale.ROOT, row, sectionHeader, lang.t("Poin", "Points"), lang.t("Maks", "Max")));
        for (ClusterScore cluster : card.clusters()) {
            text.append(String.format(Locale.ROOT, row, lang.label(cluster.cluster()), Numbers.points(cluster.points(), lang),
                    Numbers.plain(cluster.max(), lang)));
        }
        text.append("-".repeat(width + 19)).append('\n');
        text.append(String.format(Locale.ROOT, row, total, Numbers.points(card.total(), lang),
                Numbers.plain(pack.totalMax().value(), lang)));
        text.append('\n');
        if (StandIns.used(card, pack)) {
            text.append(StandIns.warning(lang)).append("\n\n");
        }

        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {lang.t("Peringkat", "Rank"),
            lang.name(card.rank()) + " (" + Numbers.band(pack, card.rank(), lang) + ")"});
        card.gate().ifPresent(gate -> facts.add(new String[] {lang.t("Batas nilai lolos tahap", "Stage gate"),
            Numbers.gate(gate, lang)}));
        facts.add(new String[] {lang.t("Perkiraan rentang nilai", "Provisional range"), provisional(card.provisional(), lang)});
        for (ConditionOutcome condition : card.conditions()) {
            facts.add(new String[] {lang.t("Syarat peringkat", "Rank condition"), condition(condition, lang)});
        }
        int factWidth = facts.stream().mapToInt(f -> f[0].length()).max().orElse(0);
        for (String[] fact : facts) {
            text.append(String.format(Locale.ROOT, "%-" + factWidth + "s  %s%n", fact[0], fact[1]));
        }

        List<Deficiency> deficiencies = Numbers.largestFirst(card);
        Explainer explainer = lang.explainer(pack);
        text.append('\n');
        if (deficiencies.isEmpty()) {
            text.append(lang.t("Tidak ada kekurangan.", "No deficiencies.")).append('\n');
        } else {
            text.append(deficienciesHeading(lang)).append('\n');
            int costWidth = deficiencies.stream().mapToInt(d -> Numbers.points(d.cost(), lang).length()).max().orElse(0);
            for (Deficiency deficiency : deficiencies) {
                text.append(String.format(Locale.ROOT, "  %" + (costWidth + 1) + "s  %s%n",
                        "-" + Numbers.points(deficiency.cost(), lang), deficiency(deficiency, pack, explainer, lang)));
            }
        }
        text.append('\n').append(lossesHeading(card, lang)).append('\n');
        if (!card.losses().isEmpty()) {
            String lost = "-" + Numbers.points(Numbers.lost(card), lang);
            int lossWidth = lost.length();
            for (Loss loss : card.losses()) {
                lossWidth = Math.max(lossWidth, Numbers.points(loss.points(), lang).length() + 1);
            }
            String line = "  %" + lossWidth + "s  %s%n";
            for (Loss loss : card.losses()) {
                text.append(String.format(Locale.ROOT, line, "-" + Numbers.points(loss.points(), lang),
                        HtmlReport.indicatorName(pack, loss.indicator(), loss.question(), lang) + ": "
                                + explainer.loss(loss)));
            }
            text.append("  ").append("-".repeat(lossWidth)).append('\n');
            text.append(String.format(Locale.ROOT, line, lost, lostInAll(card, lang)));
        }
        nextRank(text, scored, lang);
        if (!card.recapIssues().isEmpty()) {
            text.append('\n').append(lang.t("Ketidaksesuaian rekap:", "Recap inconsistencies:")).append('\n');
            for (RecapIssue issue : card.recapIssues()) {
                text.append("  ").append(recapIssue(issue, lang)).append('\n');
            }
        }
        text.append('\n').append(stamp(card.stamp(), lang)).append('\n');
        return text.toString();
    }

    /**
     * The path to the next rank, as the HTML page and {@code kla plan} give it: what it needs, then the fewest steps,
     * each with its gain, the running total and the rank.
     */
    private static void nextRank(StringBuilder text, Evaluator.Scored scored, Lang lang) {
        PlanRequest request = PlanRequest.nextRank();
        Plan plan = Planner.plan(ScoringEngine.check(scored.pack(), scored.submission()), request);
        PlanExplainer words = PlanExplainer.of(scored.pack(), lang.locale());
        text.append('\n').append(lang.t("Menuju peringkat berikutnya: ", "Towards the next rank: "))
                .append(words.headline(plan)).append('\n');
        words.summary(plan, request).ifPresent(summary -> text.append("  ").append(summary).append('\n'));
        int n = 0;
        for (Step step : plan.steps()) {
            text.append(String.format(Locale.ROOT, "  %2d. +%s -> %s (%s): %s%n", ++n,
                    Numbers.points(step.gain(), lang), Numbers.points(step.total(), lang), lang.name(step.rank()),
                    words.step(step)));
        }
    }

    /** The heading of the deficiencies, which says that each cost is what fixing that one alone would gain. */
    static String deficienciesHeading(Lang lang) {
        return lang.t("Kekurangan, yang terbesar dulu: tambahan nilai bila hanya kekurangan itu yang diperbaiki",
                "Deficiencies, the largest first: what fixing each one alone would gain");
    }

    /**
     * The heading of the losses, with the points lost in all, which every point below the maxima is one loss's
     * share of; or, for a card that lost nothing, the sentence that says so.
     */
    static String lossesHeading(ScoreCard card, Lang lang) {
        String max = Numbers.plain(Numbers.maxima(card), lang);
        if (card.losses().isEmpty()) {
            return lang.t("Ke mana nilai hilang: tidak ada yang hilang; semua " + max + " poin diperoleh.",
                    "Where the points went: nothing is lost; all " + max + " points were earned.");
        }
        String lost = Numbers.points(Numbers.lost(card), lang);
        return lang.t("Ke mana nilai hilang: " + lost + " dari " + max + " poin, tiap poin menurut sebabnya, yang"
                + " terbesar dulu", "Where the points went: " + lost + " of " + max + " points lost, every point by its"
                + " cause, the largest first");
    }

    /** What the losses add up to, in words: the maxima minus the total. */
    static String lostInAll(ScoreCard card, Lang lang) {
        return lang.t("jumlah: maksimum ", "in all: maximum ") + Numbers.plain(Numbers.maxima(card), lang)
                + " - total " + Numbers.points(card.total(), lang);
    }

    static String provisional(ProvisionalRange range, Lang lang) {
        String lowest = Numbers.points(range.lowest(), lang) + " (" + lang.name(range.lowestRank()) + ")";
        String highest = Numbers.points(range.highest(), lang) + " (" + lang.name(range.highestRank()) + ")";
        if (range.lowest().compareTo(range.highest()) == 0 && range.lowestRank() == range.highestRank()) {
            return lowest + lang.t("; tidak ada data dukung yang menunggu verifikasi",
                    "; no evidence is waiting for verification");
        }
        return lang.t(lowest + " bila semua data dukung yang menunggu ditolak, sampai " + highest + " bila diterima",
                lowest + " if every pending document is rejected, up to " + highest + " if accepted");
    }

    static String condition(ConditionOutcome condition, Lang lang) {
        return condition.condition() + " (" + lang.name(condition.rank()) + "): "
                + (condition.met() ? lang.t("terpenuhi", "met") : lang.t("tidak terpenuhi", "not met"))
                + (condition.capped() ? lang.t(", menahan peringkat", ", holds the rank down") : "");
    }

    /** One deficiency: the indicator's number and name, the question and document concerned, and what to do. */
    static String deficiency(Deficiency deficiency, RulePack pack, Explainer explainer, Lang lang) {
        StringBuilder line = new StringBuilder();
        line.append(HtmlReport.indicatorName(pack, deficiency.indicator(), deficiency.question(), lang));
        String explanation = explainer.deficiency(deficiency);
        line.append(": ").append(explanation);
        // The document concerned, unless the explanation already names it.
        deficiency.evidence().filter(e -> !explanation.contains(e.title())).ifPresent(e -> line.append(" (\"")
                .append(e.title()).append("\"").append(e.reason().map(d -> ": " + d).orElse("")).append(')'));
        return line.toString();
    }

    static String recapIssue(RecapIssue issue, Lang lang) {
        return issue.pointer() + ": " + lang.t("tertulis ", "stated ") + Numbers.points(issue.stated(), lang)
                + lang.t(", seharusnya ", ", expected ") + Numbers.points(issue.expected(), lang)
                + " (" + kind(issue.kind(), lang) + ")";
    }

    private static String kind(RecapIssue.Kind kind, Lang lang) {
        return switch (kind) {
            case QUESTION_ABOVE_MAX -> lang.t("nilai di atas maksimum pertanyaan",
                    "points above the question's maximum");
            case INDICATOR_SUBTOTAL_MISMATCH -> lang.t("subtotal indikator tidak sesuai",
                    "the indicator's subtotal does not match");
            case SECTION_SUBTOTAL_MISMATCH -> lang.t("subtotal bagian tidak sesuai",
                    "the section's subtotal does not match");
        };
    }

    static String stamp(Stamp stamp, Lang lang) {
        return lang.t("Keterangan perhitungan: paket aturan ", "Stamp: pack ") + stamp.packId() + " (sha256 " + stamp.packSha256() + ")"
                + stamp.overlay().map(o -> ", overlay " + o.name() + " (sha256 " + o.sha256() + ")").orElse("")
                + lang.t(", versi kla ", ", engine ") + stamp.engineVersion() + "\n"
                + lang.t("     pengajuan sha256 ", "       submission sha256 ") + stamp.submissionSha256();
    }

    /** The one-line summary of a batch: scored, failed, and how many got each rank, the highest first. */
    static String summary(int scored, int failed, Map<Rank, Integer> ranks, Lang lang) {
        StringBuilder line = new StringBuilder("kla: ");
        line.append(lang.t("dinilai ", "scored ")).append(scored).append(lang.t(", gagal ", ", failed ")).append(failed);
        String separator = "; ";
        Rank[] order = Rank.values();
        for (int i = order.length - 1; i >= 0; i--) {
            Rank rank = order[i];
            line.append(separator).append(rank == Rank.KLA ? "KLA" : lang.name(rank)).append(' ')
                    .append(ranks.getOrDefault(rank, 0));
            separator = ", ";
        }
        return line.toString();
    }
}
