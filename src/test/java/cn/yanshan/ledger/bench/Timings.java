package cn.yanshan.ledger.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * One piece of work timed as the benchmarks time it: the first (cold) call, then {@code warmRuns} more, in
 * milliseconds of wall time and of this thread's CPU time.
 */
record Timings(double first, double firstCpu, double median, double max, double medianCpu) {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** With {@code warmRuns} 0 only the first call is made; the warm figures are then NaN. */
    static Timings of(int warmRuns, Supplier<?> work) {
        long c0 = THREADS.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        work.get();
        double first = (System.nanoTime() - w0) / 1e6;
        double firstCpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
        if (warmRuns <= 0) {
            return new Timings(first, firstCpu, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] wall = new double[warmRuns];
        double[] cpu = new double[warmRuns];
        for (int i = 0; i < warmRuns; i++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long w = System.nanoTime();
            work.get();
            wall[i] = (System.nanoTime() - w) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Timings(first, firstCpu, wall[warmRuns / 2], wall[warmRuns - 1], cpu[warmRuns / 2]);
    }
}
