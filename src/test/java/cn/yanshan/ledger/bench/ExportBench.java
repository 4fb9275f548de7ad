package cn.yanshan.ledger.bench;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.testing.Ledgers;
import cn.yanshan.ledger.common.YearQuarter;
import cn.yanshan.ledger.export.Exported;
import cn.yanshan.ledger.person.PersonQuery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The figure of issue 5, measured on a ledger file with many placements (a benchmark, not a test): the quarterly
 * summary workbook of 2024Q2 written in ≤ 3 s with 300,000 placements in the ledger. Also the report draft, the
 * figures alone, and once each the whole persons list and the whole ledger. Each: the first call after opening,
 * then the median and slowest of the warm calls, wall time and this thread's CPU time. See docs/benchmarks.md.
 *
 * <p>Arguments: {@code --data-dir DIR} (a ledger filled with {@code demo --persons 200000}), {@code --out DIR}
 * (where the files go; default: a temporary folder), {@code --runs N} (default 10), {@code --warm-up-ms N} (default
 * 0: none): as when the clerk opens 导出 and takes N ms to choose, the screen's warm-up of the workbook writer runs
 * first and the measuring starts N ms later.
 */
public final class ExportBench {


    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = null;
        Path out = null;
        int runs = 10;
        boolean whole = true;
        long warmUpMs = 0;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--data-dir" -> dir = Path.of(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--whole" -> whole = Boolean.parseBoolean(args[i + 1]);
                case "--warm-up-ms" -> warmUpMs = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (dir == null) {
            throw new IllegalArgumentException("--data-dir DIR (a ledger made with: demo --persons 200000)");
        }
        Path folder = out != null ? Files.createDirectories(out) : Files.createTempDirectory("ledger-export-bench");
        long t0 = System.nanoTime();
        try (Services services = Ledgers.openFile(dir)) {
            System.out.printf(Locale.ROOT, "open ledger: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
            System.out.printf("persons: %d, counted toward the target: %d%n",
                    services.persons().count(PersonQuery.ALL), services.stats().placed());
            long period = services.reports().period(2024, 2).id();
            if (warmUpMs > 0) {
                long w = System.nanoTime();
                services.exports().warmUp();
                System.out.printf(Locale.ROOT, "export warm-up: %.0f ms, then %d ms to choose%n", (System.nanoTime() - w) / 1e6,
                        warmUpMs);
                Thread.sleep(warmUpMs);
            }
            System.out.println();
            System.out.println("figure                                        first   median     max  median CPU  (ms)");
            measure(runs, "figures of 2024Q2 (in quarter + cumulative)", () ->
                    services.stats().quarter(new YearQuarter(2024, 2)).cumulative().total());
            Path summary = folder.resolve("summary-2024Q2.xlsx");
            measure(runs, "季度汇总表 2024Q2 (.xlsx, masked)", () ->
                    services.exports().quarterly(period, summary, false).rows());
            Path report = folder.resolve("report-2024Q2.docx");
            measure(runs, "季度工作报告 2024Q2 (.docx)", () -> services.exports().reportDraft(period, report).rows());
            if (whole) {
                measure(1, "残疾人名单, everyone (.xlsx)", () ->
                        services.exports().persons(PersonQuery.ALL, folder.resolve("persons.xlsx"), false).rows());
                measure(1, "台账全库 (.xlsx: persons + placements)", () ->
                        services.exports().ledger(folder.resolve("ledger.xlsx"), false).rows());
            }
            Exported last = services.exports().quarterly(period, summary, false);
            System.out.printf("%nsummary: %d new placements listed, %d bytes; files in %s%n", last.rows(),
                    Files.size(summary), folder);
        }
    }

    private static void measure(int runs, String name, Supplier<Integer> work) {
        Timings t = Timings.of(runs <= 1 ? 0 : runs, work);
        if (runs <= 1) {
            System.out.printf(Locale.ROOT, "%-44s %7.0f  %7s  %7s   %7.0f%n", name, t.first(), "", "", t.firstCpu());
            return;
        }
        System.out.printf(Locale.ROOT, "%-44s %7.0f  %7.0f  %7.0f   %7.0f%n", name, t.first(), t.median(), t.max(),
                t.medianCpu());
    }
}
