package io.github.layakanak.kla.model;

/**
 * The kinds of supporting document (data dukung) a district attaches to an answer.
 *
 * <p>Regulation-type documents (see {@link #isRegulation()}) must carry their legality, a document number and
 * an issue date, to be counted: districts have lost hundreds of points at verification for documents "without
 * legality".
 */
public enum EvidenceType implements Bilingual {
    /** Peraturan Daerah: a regional bylaw passed with the regional parliament. */
    PERDA("Peraturan Daerah (Perda)", "Regional bylaw (Perda)", true),
    /** Peraturan Kepala Daerah: a regent's or mayor's regulation (Perbup, Perwali). */
    PERKADA("Peraturan Kepala Daerah (Perbup/Perwali)", "Regent's or mayor's regulation", true),
    /** Surat Keputusan: a decree, such as the one forming the KLA task force. */
    SK("Surat Keputusan (SK)", "Decree (SK)", true),
    /** Instruksi: an instruction of the regent or mayor. */
    INSTRUCTION("Instruksi", "Instruction", true),
    /** Surat Edaran: a circular letter. */
    CIRCULAR("Surat Edaran", "Circular letter", true),
    /** Rencana Aksi Daerah: the regional action plan. */
    ACTION_PLAN("Rencana Aksi Daerah (RAD)", "Regional action plan", false),
    /** Profil Anak: the district's child profile (data on children). */
    CHILD_PROFILE("Profil Anak", "Child profile", false),
    /** Kutipan APBD: an extract of the regional budget. */
    BUDGET_EXTRACT("Kutipan APBD", "Regional budget (APBD) extract", false),
    /** Foto kegiatan: photographs of an activity. */
    ACTIVITY_PHOTO("Foto Kegiatan", "Activity photographs", false),
    /** Laporan atau tabel data: a report or a data table. */
    REPORT("Laporan/Tabel Data", "Report or data table", false),
    /** Nota kesepahaman: a memorandum of understanding. */
    MOU("Nota Kesepahaman (MoU)", "Memorandum of understanding", false),
    /** Any other document. */
    OTHER("Lainnya", "Other", false);

    private final String nameId;
    private final String nameEn;
    private final boolean regulation;

    EvidenceType(String nameId, String nameEn, boolean regulation) {
        this.nameId = nameId;
        this.nameEn = nameEn;
        this.regulation = regulation;
    }

    /**
     * Returns the Indonesian name.
     *
     * @return the Indonesian name
     */
    public String nameId() {
        return nameId;
    }

    /**
     * Returns the English name.
     *
     * @return the English name
     */
    public String nameEn() {
        return nameEn;
    }

    /**
     * Tells whether this is a regulation-type document (Perda, Perkada, SK, instruction, circular), which
     * cannot be valid without a document number and an issue date.
     *
     * @return {@code true} for regulation-type documents
     */
    public boolean isRegulation() {
        return regulation;
    }

    /**
     * Returns the document level a document of this type establishes.
     *
     * @return {@link DocumentLevel#PERDA} for a Perda, {@link DocumentLevel#PERKADA_OR_SK} for a Perkada or an
     *         SK, {@link DocumentLevel#INSTRUCTION_OR_CIRCULAR} for an instruction or a circular, and
     *         {@link DocumentLevel#NONE} for documents that are not regulations
     */
    public DocumentLevel documentLevel() {
        return switch (this) {
            case PERDA -> DocumentLevel.PERDA;
            case PERKADA, SK -> DocumentLevel.PERKADA_OR_SK;
            case INSTRUCTION, CIRCULAR -> DocumentLevel.INSTRUCTION_OR_CIRCULAR;
            default -> DocumentLevel.NONE;
        };
    }
}
