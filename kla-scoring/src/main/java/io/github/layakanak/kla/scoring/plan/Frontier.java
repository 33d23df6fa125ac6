package io.github.layakanak.kla.scoring.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The exact search of the planner: a Pareto frontier of (effort, points). Combining two frontiers takes every pair
 * and keeps only the cheapest way to each number of points, so that after the last answer the frontier holds, for
 * every effort, the most points any set of improvements of that effort reaches: a dynamic programme over points,
 * sparse, with no rounding of points or efforts.
 *
 * <p>Where a rank condition counts the indicators that reach a share of their maximum, each node also counts the
 * indicators it brings there ({@link Node#reached}, up to the number needed), and a node is beaten only by one as
 * cheap that earns as many points and reaches as many indicators.
 */
final class Frontier {

    private Frontier() {
    }

    /**
     * One way to a number of points: what it costs, in how many steps, how many indicators it brings to a rank
     * condition's share of their maximum, and what it chose (a {@link Leaf.Option} for an answer, or the node of an
     * indicator's own frontier), after {@code prev}.
     */
    record Node(long effort, int steps, BigDecimal points, int reached, @Nullable Node prev, @Nullable Object pick) {

        /** A node that counts no indicator. */
        Node(long effort, int steps, BigDecimal points, @Nullable Node prev, @Nullable Object pick) {
            this(effort, steps, points, 0, prev, pick);
        }
    }

    private static final Comparator<Node> CHEAPEST =
            Comparator.comparingLong(Node::effort).thenComparingInt(Node::steps)
                    .thenComparing(Node::points, Comparator.reverseOrder());

    /** The root of a frontier: nothing chosen, nothing earned. */
    static List<Node> root() {
        return List.of(new Node(0, 0, BigDecimal.ZERO, null, null));
    }

    /** Every way to follow a node of {@code frontier} with one of {@code next}, pruned. */
    static List<Node> combine(List<Node> frontier, List<Node> next, @Nullable BigDecimal cap) {
        return combine(frontier, next, cap, 0);
    }

    /**
     * Every way to follow a node of {@code frontier} with one of {@code next}, pruned, counting the indicators
     * reached up to {@code needed}.
     */
    static List<Node> combine(List<Node> frontier, List<Node> next, @Nullable BigDecimal cap, int needed) {
        List<Node> pairs = new ArrayList<>(frontier.size() * next.size());
        for (Node a : frontier) {
            for (Node b : next) {
                pairs.add(new Node(a.effort() + b.effort(), a.steps() + b.steps(), a.points().add(b.points()),
                        Math.min(needed, a.reached() + b.reached()), a, b.pick()));
            }
        }
        return prune(pairs, cap);
    }

    /**
     * Keeps the nodes no other node beats: none cheaper (or as cheap in fewer steps) earns as many points and
     * reaches as many indicators. Points at or above {@code cap} count as the cap: beyond it, only the cheapest way
     * matters.
     */
    static List<Node> prune(List<Node> nodes, @Nullable BigDecimal cap) {
        List<Node> sorted = new ArrayList<>(nodes);
        sorted.sort(CHEAPEST);
        int levels = 1;
        for (Node node : sorted) {
            levels = Math.max(levels, node.reached() + 1);
        }
        // best[r]: the most points a kept node reaching r indicators or more earns.
        BigDecimal[] best = new BigDecimal[levels];
        List<Node> kept = new ArrayList<>();
        for (Node node : sorted) {
            BigDecimal points = cap != null && node.points().compareTo(cap) > 0 ? cap : node.points();
            int r = node.reached();
            if (best[r] == null || points.compareTo(best[r]) > 0) {
                kept.add(node);
                for (int level = 0; level <= r; level++) {
                    best[level] = best[level] == null ? points : best[level].max(points);
                }
            }
        }
        return kept;
    }

    /** The options of an answer that no other beats, those that break a required rank condition left out. */
    static List<Leaf.Option> prune(List<Leaf.Option> options) {
        List<Node> nodes = new ArrayList<>(options.size());
        for (Leaf.Option option : options) {
            if (option.meetsCondition()) {
                nodes.add(new Node(option.effort(), option.moves().size(), option.points(), null, option));
            }
        }
        List<Leaf.Option> kept = new ArrayList<>();
        for (Node node : prune(nodes, null)) {
            kept.add((Leaf.Option) node.pick());
        }
        return kept;
    }

    /** Every pair of options, each pair's moves in order: for the items of a composite. */
    static List<Leaf.Option> combine(List<Leaf.Option> first, List<Leaf.Option> second) {
        List<Leaf.Option> pairs = new ArrayList<>(first.size() * second.size());
        for (Leaf.Option a : first) {
            for (Leaf.Option b : second) {
                List<Leaf.Move> moves = new ArrayList<>(a.moves());
                moves.addAll(b.moves());
                pairs.add(new Leaf.Option(List.copyOf(moves), a.effort() + b.effort(), a.points().add(b.points()),
                        a.meetsCondition() && b.meetsCondition()));
            }
        }
        return pairs;
    }
}
