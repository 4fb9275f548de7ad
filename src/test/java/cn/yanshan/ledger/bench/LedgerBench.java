package cn.yanshan.ledger.bench;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.testing.Ledgers;
import cn.yanshan.ledger.person.PersonQuery;
import cn.yanshan.ledger.person.PersonRow;
import cn.yanshan.ledger.stats.Figure;
import cn.yanshan.ledger.common.YearQuarter;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The figures of issue 3, measured on a ledger file with many persons (a benchmark, not a test):
 * 总览 summary ≤ 100 ms, one search keystroke ≤ 30 ms, the persons list's first page ≤ 300 ms, heap with the
 * ledger open. Each figure: the first call after opening, then the median and the slowest of 20 warm calls, wall
 * time and this thread's CPU time (the machine may be shared). See docs/benchmarks.md for the command.
 *
 * <p>Arguments: {@code --data-dir DIR} (default: a folder under the system's temp folder), {@code --persons N}
 * (default 200000; generated with the demo data when the ledger is empty).
 */
public final class LedgerBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int WARM_RUNS = 20;

    private LedgerBench() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "ledger-bench");
        int persons = 200_000;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--data-dir" -> dir = Path.of(args[i + 1]);
                case "--persons" -> persons = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        try (Services services = Ledgers.openFile(dir)) {
            if (!services.demo().hasPersons()) {
                System.out.printf("Generating %d persons in %s …%n", persons, dir);
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                var r = services.demo().generate(persons, 1, null);
                System.out.printf(Locale.ROOT, "demo: %d persons, %d placements in %.1f s wall, %.1f s CPU (main thread)%n",
                        r.persons(), r.placements(), r.took().toMillis() / 1000.0,
                        (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9);
                services.database().closeCompacted(); // as the demo command does
            }
        }

        long t0 = System.nanoTime();
        try (Services services = Ledgers.openFile(dir)) {
            System.out.printf(Locale.ROOT, "open ledger: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
            System.out.printf("persons: %d, placed: %d%n", services.persons().count(PersonQuery.ALL), services.stats().placed());
            System.out.println();
            System.out.println("figure                                   first   median     max   median CPU  (ms)");

            measure("persons list: first page + count", () -> {
                List<PersonRow> page = services.persons().rows(PersonQuery.ALL, 0, 50);
                return page.size() + services.persons().count(PersonQuery.ALL);
            });
            measure("总览 summary", () -> services.stats().summary().placed());
            for (String text : List.of("张", "王选", "zs", "wxl", "1234", "56789", "三")) {
                PersonQuery q = PersonQuery.text(text);
                measure("search \"" + text + "\": page of 50 + count", () ->
                        services.persons().rows(q, 0, 50).size() + services.persons().count(q));
            }
            long jiangna = services.units().resolve("江那").units().get(0).id();
            measure("filter township: page + count", () -> {
                PersonQuery q = PersonQuery.ALL.withTownship(jiangna);
                return services.persons().rows(q, 0, 50).size() + services.persons().count(q);
            });
            Figure quarter = Figure.quarter(YearQuarter.parse("2023Q1"));
            measure("persons behind 2023Q1: page + count", () ->
                    services.stats().persons(quarter, 0, 50).size() + services.stats().count(quarter));
            Figure township = Figure.township(jiangna);
            measure("persons behind 江那镇: page + count", () ->
                    services.stats().persons(township, 0, 50).size() + services.stats().count(township));
            measure("persons list: page at offset 100000", () -> services.persons().rows(PersonQuery.ALL, 100_000, 50).size());

            System.out.println();
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            Runtime rt = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "heap used with the ledger open (after GC): %.0f MB (max heap %.0f MB)%n",
                    (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.maxMemory() / 1048576.0);
        }
    }

    private static void measure(String name, Supplier<Integer> work) {
        Timings t = Timings.of(WARM_RUNS, work);
        System.out.printf(Locale.ROOT, "%-40s %7.1f  %7.1f  %7.1f   %7.1f%n", name, t.first(), t.median(), t.max(),
                t.medianCpu());
    }

}
