package io.github.layakanak.kla.cli;

/** The formats {@code score} writes. */
enum Format {
    /** A table by section, the rank and the deficiencies, for people. */
    TEXT(".txt"),
    /** The scorecard as JSON; an array of them for many submissions. */
    JSON(".scorecard.json"),
    /** One row per district, for spreadsheets. */
    CSV(".csv"),
    /** One self-contained page per district. */
    HTML(".html");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    /** The file name of one district's output under {@code --out}, from the input's stem. */
    String fileName(String stem) {
        return stem + extension;
    }
}
