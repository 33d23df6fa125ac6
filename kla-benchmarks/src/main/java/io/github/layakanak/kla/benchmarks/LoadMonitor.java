package io.github.layakanak.kla.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Measures how much CPU other processes take while a benchmark runs: on a shared machine of 2 cores, another
 * build running beside the suite halves what a benchmark gets, and makes two threads look slower than one.
 *
 * <p>Every second it reads the machine's busy time from {@code /proc/stat} and subtracts this JVM's own and its
 * JMH forks' (living ones from {@code /proc/PID/stat}, finished ones through this process's {@code cutime} and
 * {@code cstime}). Linux only; elsewhere it measures nothing.
 */
final class LoadMonitor {

    private static final Path STAT = Path.of("/proc/stat");
    private static final double TICKS_PER_SECOND = 100.0;

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread sampler;
    private double foreignSeconds;
    private double elapsedSeconds;

    private LoadMonitor() {
        sampler = new Thread(this::sample, "kla-benchmarks-load-monitor");
        sampler.setDaemon(true);
    }

    /**
     * Starts sampling.
     *
     * @return the monitor
     */
    static LoadMonitor start() {
        LoadMonitor monitor = new LoadMonitor();
        monitor.sampler.start();
        return monitor;
    }

    /**
     * Stops sampling and returns the average CPU other processes used.
     *
     * @return the average number of cores other processes kept busy, or empty when it cannot be measured here
     */
    OptionalDouble stop() {
        running.set(false);
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            return elapsedSeconds > 0 ? OptionalDouble.of(Math.max(0, foreignSeconds / elapsedSeconds))
                    : OptionalDouble.empty();
        }
    }

    private void sample() {
        long[] before = ticks();
        long start = System.nanoTime();
        if (before.length == 0) {
            return;
        }
        while (running.get()) {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                // Stopped: take the last sample.
            }
            long[] after = ticks();
            long now = System.nanoTime();
            if (after.length == 0) {
                return;
            }
            synchronized (this) {
                foreignSeconds += ((after[0] - before[0]) - (after[1] - before[1])) / TICKS_PER_SECOND;
                elapsedSeconds += (now - start) / 1e9;
            }
            before = after;
            start = now;
        }
    }

    /** The machine's busy ticks and this process tree's, or nothing when /proc cannot be read. */
    private static long[] ticks() {
        try {
            String[] cpu = Files.readAllLines(STAT, StandardCharsets.US_ASCII).get(0).trim().split("\\s+");
            // user nice system idle iowait irq softirq steal ...: busy is user, nice, system, irq and softirq.
            long busy = Long.parseLong(cpu[1]) + Long.parseLong(cpu[2]) + Long.parseLong(cpu[3])
                    + Long.parseLong(cpu[6]) + Long.parseLong(cpu[7]);
            long own = processTicks(ProcessHandle.current().pid(), true);
            for (ProcessHandle child : ProcessHandle.current().descendants().toList()) {
                own += processTicks(child.pid(), false);
            }
            return new long[] {busy, own};
        } catch (IOException | RuntimeException e) {
            return new long[0];
        }
    }

    private static long processTicks(long pid, boolean withFinishedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
            // After the command in parentheses: state is field 3, utime 14, stime 15, cutime 16, cstime 17.
            List<String> fields = List.of(stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+"));
            long ticks = Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12));
            if (withFinishedChildren) {
                ticks += Long.parseLong(fields.get(13)) + Long.parseLong(fields.get(14));
            }
            return ticks;
        } catch (IOException | RuntimeException e) {
            return 0; // a fork that has just ended: its time shows in cutime at the next sample
        }
    }
}
