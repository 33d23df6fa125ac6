package io.github.layakanak.kla.rules.y2024;

import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.spi.RulePackLoader;
import io.github.layakanak.kla.scoring.spi.RulePackProvider;
import java.util.List;
import java.util.Optional;

/**
 * The rule pack of the 2024 KLA evaluation cycle, which scores 2023 data and awarded its ranks on 8 August 2025:
 * the 31 indicator rows and 274 questions of the self-assessment recap ("Rekap Penilaian Mandiri KLA 2024").
 *
 * <p>Apps find it by year, on the module path and on the class path:
 *
 * <pre>{@code
 * RulePack pack = RulePacks.discover().forYear(2024);           // this pack, id "kla-2024"
 * ScoreCard card = ScoringEngine.score(pack, submission);
 * }</pre>
 *
 * <p>or register it explicitly with {@code RulePacks.of(new Kla2024().rulePack())}. Its numbers are read from
 * the parameters file {@code kla-2024.json} beside this class and checked by the linter on every load. A
 * submission answers an indicator question by question, in either of two modes: a district's declaration (the
 * option or value of each question, with its evidence), or a verifier's recap (the points awarded per question,
 * with the indicator and section subtotals the recap states, which the engine checks). The maxima are SOURCED
 * from a district's transcription of the recap; the points per answer option are HYPOTHETICAL stand-ins. The
 * unconfirmed condition that a Perda on KLA is needed for Utama and above is off by default:
 *
 * <pre>{@code
 * RulePack strict = pack.withRankCondition(Kla2024.PERDA_FOR_UTAMA, true);
 * }</pre>
 */
public final class Kla2024 implements RulePackProvider {

    /** The pack's id, {@value}: the name an app asks {@code RulePacks.get(...)} for. */
    public static final String PACK_ID = "kla-2024";

    /** The assessment year the pack governs, {@value}: the evaluation cycle, not the award year (2025). */
    public static final int YEAR = 2024;

    /**
     * The id of the rank condition, {@value}, that a Perda on KLA (evidence of type {@code PERDA} counted for
     * indicator {@code kla-regulation}) is needed for Utama and above. Unconfirmed, so off by default; switch it
     * on with {@link RulePack#withRankCondition(String, boolean)}.
     */
    public static final String PERDA_FOR_UTAMA = "perda-for-utama";

    /** The name of the parameters file beside this class. */
    static final String PARAMETERS = "kla-2024.json";

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public Kla2024() {
    }

    /**
     * Reads and lints the pack from {@code kla-2024.json}.
     *
     * @return the pack, with every rank condition off
     * @throws io.github.layakanak.kla.scoring.RulePackException if the parameters file is broken
     */
    @Override
    public RulePack rulePack() {
        return RulePackLoader.create().load(Kla2024.class, PARAMETERS);
    }

    /**
     * Declares the pack's id, {@value #PACK_ID}, and its year, {@value #YEAR}, so that discovery reads
     * {@code kla-2024.json} only when the pack is asked for.
     *
     * @return the declaration
     */
    @Override
    public Optional<Declaration> declaration() {
        return Optional.of(new Declaration(PACK_ID, List.of(YEAR)));
    }
}
