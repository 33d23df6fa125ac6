package io.github.layakanak.kla.rules.y2011;

import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.spi.RulePackLoader;
import io.github.layakanak.kla.scoring.spi.RulePackProvider;
import java.util.List;
import java.util.Optional;

/**
 * The rule pack of the 31-indicator system of Permen PP&amp;PA 12/2011, for its last evaluation round, 2017.
 *
 * <pre>{@code
 * RulePack pack = RulePacks.discover().forYear(2017);           // this pack, id "kla-2011"
 * }</pre>
 *
 * <p>Its rank conditions count components: a district's total puts it in a band, and the rank is awarded only when
 * enough of the 31 indicators each earn 70% of their maximum or more (17 for Pratama, 21 for Madya, 25 for Nindya),
 * as a regency reported in 2018. They are on by default, since the source is not contradicted; an app can switch
 * one off with {@link RulePack#withRankCondition(String, boolean)}.
 */
public final class Kla2011 implements RulePackProvider {

    /** The pack's id, {@value}. */
    public static final String PACK_ID = "kla-2011";

    /**
     * The assessment year the pack governs, {@value}: the last round of the 31 indicators. A pack holds one round;
     * an earlier round of the era is one file derived from this pack ({@code RulePackLoader.derive}).
     */
    public static final int YEAR = 2017;

    /** The id of the rank condition, {@value}: 17 indicators at 70% of their maximum for Pratama and above. */
    public static final String COMPONENTS_FOR_PRATAMA = "components-for-pratama";

    /** The id of the rank condition, {@value}: 21 indicators at 70% of their maximum for Madya and above. */
    public static final String COMPONENTS_FOR_MADYA = "components-for-madya";

    /** The id of the rank condition, {@value}: 25 indicators at 70% of their maximum for Nindya and above. */
    public static final String COMPONENTS_FOR_NINDYA = "components-for-nindya";

    /** The name of the parameters file beside this class. */
    static final String PARAMETERS = "kla-2011.json";

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public Kla2011() {
    }

    /**
     * Reads and lints the pack from {@code kla-2011.json}.
     *
     * @return the pack, its three component conditions on
     * @throws io.github.layakanak.kla.scoring.RulePackException if the parameters file is broken
     */
    @Override
    public RulePack rulePack() {
        return RulePackLoader.create().load(Kla2011.class, PARAMETERS);
    }

    /**
     * Declares the pack's id, {@value #PACK_ID}, and its year, {@value #YEAR}.
     *
     * @return the declaration
     */
    @Override
    public Optional<Declaration> declaration() {
        return Optional.of(new Declaration(PACK_ID, List.of(YEAR)));
    }
}
