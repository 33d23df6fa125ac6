package io.github.layakanak.kla.rules.y2023;

import io.github.layakanak.kla.rules.y2022.Kla2022;
import io.github.layakanak.kla.scoring.RulePackException;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.spi.RulePackLoader;
import io.github.layakanak.kla.scoring.spi.RulePackProvider;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The rule pack of the 2023 KLA evaluation, which scores 2022 data and awards the ranks of 2023: the 2022 pack
 * with the 2023 round.
 *
 * <p>Apps find it by year, on the module path and on the class path:
 *
 * <pre>{@code
 * RulePack pack = RulePacks.discover().forYear(2023);           // this pack, id "kla-2023"
 * }</pre>
 *
 * <p>The 2023 round kept the 2022 round's 24 indicators and bands; the provinces took over the administrative
 * verification. So the pack is one file, {@code kla-2023.json}, that names {@code kla-2022} and gives its round,
 * its stage rules and its gate with their sources; every weight and rubric is kla-2022's, HYPOTHETICAL as there.
 * An overlay of the official table applies to it as to any pack.
 */
public final class Kla2023 implements RulePackProvider {

    /** The pack's id, {@value}. */
    public static final String PACK_ID = "kla-2023";

    /** The assessment year the pack governs, {@value}. */
    public static final int YEAR = 2023;

    /** The name of the parameters file beside this class, which derives from kla-2022. */
    static final String PARAMETERS = "kla-2023.json";

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public Kla2023() {
    }

    /**
     * Reads the 2022 pack and derives this one from {@code kla-2023.json}, linting both.
     *
     * @return the pack
     * @throws RulePackException if a parameters file is broken
     */
    @Override
    public RulePack rulePack() {
        try (InputStream in = Kla2023.class.getResourceAsStream(PARAMETERS)) {
            if (in == null) {
                throw new RulePackException(PARAMETERS, "/: the parameters file is missing from kla-rules-2023",
                        new IOException("resource not found: " + PARAMETERS));
            }
            return RulePackLoader.create().derive(new Kla2022().rulePack(), in, PARAMETERS);
        } catch (IOException e) {
            throw new RulePackException(PARAMETERS, "/: cannot be read: " + e, e);
        }
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
