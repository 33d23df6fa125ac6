package io.github.layakanak.kla.rules.y2022;

import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.spi.RulePackLoader;
import io.github.layakanak.kla.scoring.spi.RulePackProvider;
import java.util.List;
import java.util.Optional;

/**
 * The rule pack of the 2022 KLA evaluation (Perpres 25/2021, 24 indicators), which scores 2021 data and awards
 * the ranks of 2022.
 *
 * <p>Apps find it by year, on the module path and on the class path:
 *
 * <pre>{@code
 * RulePack pack = RulePacks.discover().forYear(2022);           // this pack, id "kla-2022"
 * ScoreCard card = ScoringEngine.score(pack, submission);
 * }</pre>
 *
 * <p>or register it explicitly with {@code RulePacks.of(new Kla2022().rulePack())}. Its numbers are read from
 * the parameters file {@code kla-2022.json} beside this class and checked by the linter on every load. The
 * weights and rubrics are HYPOTHETICAL stand-ins (the ministry has not published them); apply the official table
 * with {@link RulePackLoader#applyOverlay(RulePack, java.nio.file.Path)}. The unconfirmed condition that a Perda
 * on KLA is needed for Utama and above is off by default:
 *
 * <pre>{@code
 * RulePack strict = pack.withRankCondition(Kla2022.PERDA_FOR_UTAMA, true);
 * }</pre>
 */
public final class Kla2022 implements RulePackProvider {

    /** The pack's id, {@value}: the name an app asks {@code RulePacks.get(...)} for. */
    public static final String PACK_ID = "kla-2022";

    /** The assessment year the pack governs, {@value}. */
    public static final int YEAR = 2022;

    /**
     * The id of the rank condition, {@value}, that a Perda on KLA (evidence of type {@code PERDA} counted for
     * indicator {@code kla-regulation}) is needed for Utama and above. Unconfirmed, so off by default; switch it
     * on with {@link RulePack#withRankCondition(String, boolean)}.
     */
    public static final String PERDA_FOR_UTAMA = "perda-for-utama";

    /** The name of the parameters file beside this class. */
    static final String PARAMETERS = "kla-2022.json";

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public Kla2022() {
    }

    /**
     * Reads and lints the pack from {@code kla-2022.json}.
     *
     * @return the pack, with every rank condition off
     * @throws io.github.layakanak.kla.scoring.RulePackException if the parameters file is broken
     */
    @Override
    public RulePack rulePack() {
        return RulePackLoader.create().load(Kla2022.class, PARAMETERS);
    }

    /**
     * Declares the pack's id, {@value #PACK_ID}, and its year, {@value #YEAR}, so that discovery reads
     * {@code kla-2022.json} only when the pack is asked for.
     *
     * @return the declaration
     */
    @Override
    public Optional<Declaration> declaration() {
        return Optional.of(new Declaration(PACK_ID, List.of(YEAR)));
    }
}
