package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.scoring.Loss;
import io.github.layakanak.kla.scoring.ScoreCard;
import java.util.ArrayList;
import java.util.List;

/**
 * Scorecards as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, a quote or a line break):
 * a header, then one row per district. The values are language-neutral (enum names, plain numbers), and there
 * is one column per section of every pack, left empty where the pack does not score the section. After the
 * sections come the points lost in all ({@code lost}: the indicators' maxima minus the total) and the points lost
 * for each cause ({@code lost_NOT_ANSWERED}, {@code lost_BELOW_TOP}, ...), which add up to {@code lost}. A text
 * cell from the input that a spreadsheet would run as a formula starts with an apostrophe ({@link #text}).
 */
final class CsvReport {

    static final String LOST = "lost";

    static final List<String> HEADER;

    static {
        List<String> header = new ArrayList<>(List.of("file", "region_code", "region_name", "province", "year",
                "stage", "pack", "total", "rank"));
        for (Cluster cluster : Cluster.values()) {
            header.add(cluster.name());
        }
        header.add(LOST);
        for (Loss.Cause cause : Loss.Cause.values()) {
            header.add(LOST + "_" + cause.name());
        }
        HEADER = List.copyOf(header);
    }

    private CsvReport() {
    }

    static String render(List<Evaluator.Scored> scored) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        scored.forEach(s -> line(csv, row(s)));
        return csv.toString();
    }

    static List<String> row(Evaluator.Scored scored) {
        ScoreCard card = scored.card();
        List<String> row = new ArrayList<>(List.of(text(scored.input().path().map(p -> p.getFileName().toString())
                        .orElse(scored.input().label())),
                text(card.region().code()), text(card.region().name()), text(card.region().province()),
                Integer.toString(card.year()), card.stage().name(), text(card.packId()), Numbers.points(card.total()),
                card.rank().name()));
        for (Cluster cluster : Cluster.values()) {
            row.add(card.findCluster(cluster).map(c -> Numbers.points(c.points())).orElse(""));
        }
        row.add(Numbers.points(Numbers.lost(card)));
        for (Loss.Cause cause : Loss.Cause.values()) {
            row.add(Numbers.points(Numbers.lost(card, cause)));
        }
        return row;
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    /**
     * A text cell that a spreadsheet will not run: one that starts as a formula would ({@code =}, {@code +},
     * {@code -}, {@code @}, a tab or a carriage return, or their full-width forms) gets a leading apostrophe,
     * which spreadsheets read as "this is text" (OWASP's advice on CSV injection). Numbers kla writes itself
     * are not text cells.
     */
    static String text(String value) {
        if (value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\uff1d', '\uff0b', '\uff0d', '\uff20' -> "'" + value;
            default -> value;
        };
    }

    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
