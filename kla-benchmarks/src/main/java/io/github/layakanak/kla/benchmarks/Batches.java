package io.github.layakanak.kla.benchmarks;

import io.github.layakanak.kla.model.Region;
import io.github.layakanak.kla.model.RegionEdition;
import io.github.layakanak.kla.model.RegionRegistry;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.testkit.Gen;
import io.github.layakanak.kla.testkit.Generators;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The batches the benchmarks score: generated districts, seeded, so that every run and every fork scores the
 * same ones.
 */
final class Batches {

    /** The seed of the batch of 514 districts. */
    static final long BATCH_SEED = 514L;

    /** The region-code edition of the 2022 pack: 514 regencies and cities. */
    static final RegionEdition EDITION = RegionEdition.KEMENDAGRI_2021;

    private Batches() {
    }

    /**
     * One generated submission per regency and city of the 2022 pack's edition (514 of them), in code order:
     * each drawn from {@code Generators.submissions(pack)} with one seeded source, and given its region.
     *
     * @param pack the 2022 pack
     * @param seed the seed
     * @return the submissions
     * @throws IllegalArgumentException if the pack does not use {@link #EDITION}
     */
    static List<Submission> onePerRegion(RulePack pack, long seed) {
        if (pack.regionEdition() != EDITION) {
            throw new IllegalArgumentException("pack [" + pack.id() + "] uses edition [" + pack.regionEdition()
                    + "], not [" + EDITION + "]");
        }
        Gen<Submission> gen = Generators.submissions(pack);
        SplittableRandom random = new SplittableRandom(seed);
        List<Region> regions = RegionRegistry.of(EDITION).regions();
        List<Submission> batch = new ArrayList<>(regions.size());
        for (Region region : regions) {
            Submission s = gen.generate(random);
            batch.add(new Submission(region, s.year(), s.stage(), s.submittedOn(), s.answers(),
                    s.statedSectionPoints()));
        }
        return List.copyOf(batch);
    }

    /**
     * Generated submissions for the 2022 pack, any region.
     *
     * @param pack  the pack
     * @param seed  the seed
     * @param count how many
     * @return the submissions
     */
    static List<Submission> generated(RulePack pack, long seed, int count) {
        Gen<Submission> gen = Generators.submissions(pack);
        SplittableRandom random = new SplittableRandom(seed);
        List<Submission> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(gen.generate(random));
        }
        return out;
    }
}
