package io.github.layakanak.kla.rules.y2022;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Region;
import io.github.layakanak.kla.model.RegionRegistry;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.testkit.Gen;
import io.github.layakanak.kla.testkit.Generators;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * One pack shared by eight threads scores 100,000 generated submissions exactly as one thread does (issue 13): the
 * same total, rank, scorecard (every outcome, by {@code equals}) and JSON bytes. 5,000 submissions are generated
 * once, over every rank; each is scored at every stage and from five regions, which makes 100,000 different ones.
 * The single-thread results are kept as totals, ranks, hash codes and 64-bit hashes of the JSON; a thread that gets
 * another hash scores the submission again on this thread and compares in full.
 *
 * <p>It is the slowest test of the module: about a third of a millisecond per submission and pass (the check, the
 * scorecard and its JSON, which hashes the submission for the stamp), twice over 100,000.
 */
class SharedPackConcurrencyTest {

    private static final RulePack PACK = new Kla2022().rulePack();
    /** 5,000 by default (100,000 submissions); {@code -Dkla.concurrency.bases=500} runs a tenth, for a quick look. */
    private static final int BASES = Integer.getInteger("kla.concurrency.bases", 5_000);
    private static final int REGIONS = 5;
    private static final int VARIANTS = Stage.values().length * REGIONS;
    private static final int COUNT = BASES * VARIANTS;
    private static final int THREADS = 8;

    private final List<Submission> bases = bases();
    private final List<Region> regions = RegionRegistry.of(PACK.regionEdition()).regions().subList(0, REGIONS);

    private static List<Submission> bases() {
        Gen<Submission> gen = Generators.submissions(PACK);
        SplittableRandom random = new SplittableRandom(514);
        List<Submission> out = new ArrayList<>(BASES);
        for (int i = 0; i < BASES; i++) {
            out.add(gen.generate(random));
        }
        return out;
    }

    /** The i-th of the 100,000: a base submission at one stage, from one region. */
    private Submission submission(int i) {
        Submission base = bases.get(i / VARIANTS);
        int variant = i % VARIANTS;
        return new Submission(regions.get(variant % REGIONS), base.year(), Stage.values()[variant / REGIONS],
                base.submittedOn(), base.answers(), base.statedSectionPoints());
    }

    /** FNV-1a over the characters: a mismatch is then checked in full, so a weak hash misses nothing it reports. */
    private static long hash(String json) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < json.length(); i++) {
            h = (h ^ json.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    @Test
    void eightThreadsSharingThePackScoreExactlyAsOneThreadDoes() throws Exception {
        BigDecimal[] totals = new BigDecimal[COUNT];
        byte[] ranks = new byte[COUNT];
        int[] cardHashes = new int[COUNT];
        long[] jsonHashes = new long[COUNT];
        for (int i = 0; i < COUNT; i++) {
            ScoreCard card = ScoringEngine.score(PACK, submission(i));
            // The JSON first: it hashes the submission for the stamp, which the scorecard's hash code then reuses.
            jsonHashes[i] = hash(KlaJson.write(card));
            totals[i] = card.total();
            ranks[i] = (byte) card.rank().ordinal();
            cardHashes[i] = card.hashCode();
        }

        AtomicInteger next = new AtomicInteger();
        AtomicInteger scored = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(threads.submit(() -> {
                    for (int i = next.getAndIncrement(); i < COUNT; i = next.getAndIncrement()) {
                        ScoreCard card = ScoringEngine.score(PACK, submission(i));
                        String json = KlaJson.write(card);
                        if (card.total().compareTo(totals[i]) != 0 || card.rank().ordinal() != ranks[i]
                                || card.hashCode() != cardHashes[i] || hash(json) != jsonHashes[i]) {
                            ScoreCard alone = ScoringEngine.score(PACK, submission(i));
                            int at = i;
                            assertEquals(alone.total(), card.total(), () -> "total of submission " + at);
                            assertEquals(alone.rank(), card.rank(), () -> "rank of submission " + at);
                            assertEquals(alone.indicators(), card.indicators(), () -> "indicators of " + at);
                            assertEquals(alone, card, () -> "scorecard of submission " + at);
                            assertEquals(KlaJson.write(alone), json, () -> "JSON of submission " + at);
                        }
                        scored.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertEquals(COUNT, scored.get());
    }

    @Test
    void theVariantsAreDifferentSubmissionsOverEveryRank() {
        Set<Rank> ranks = EnumSet.noneOf(Rank.class);
        Set<Submission> distinct = new HashSet<>();
        for (int i = 0; i < VARIANTS * 100; i++) {
            distinct.add(submission(i));
            ranks.add(ScoringEngine.score(PACK, submission(i)).rank());
        }

        assertEquals(VARIANTS * 100, distinct.size());
        assertEquals(6, ranks.size(), ranks.toString());
    }
}
