package io.github.layakanak.kla.model;

/**
 * The strongest document a district has in force for a policy, from none to a Perda.
 */
public enum DocumentLevel implements Bilingual {
    /** No document. */
    NONE("Tidak ada", "None"),
    /** A draft that is not in force yet. */
    DRAFT("Rancangan", "Draft"),
    /** An instruction or a circular letter (surat edaran) of the regent or mayor. */
    INSTRUCTION_OR_CIRCULAR("Instruksi/Surat Edaran", "Instruction or circular"),
    /** A regent's or mayor's regulation (Perbup, Perwali) or decree (SK). */
    PERKADA_OR_SK("Perkada/SK", "Regent's or mayor's regulation or decree"),
    /** A regional bylaw (Perda). */
    PERDA("Perda", "Regional bylaw (Perda)");

    private final String nameId;
    private final String nameEn;

    DocumentLevel(String nameId, String nameEn) {
        this.nameId = nameId;
        this.nameEn = nameEn;
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
}
