package cn.yanshan.ledger.cli;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.common.LedgerException;
import cn.yanshan.ledger.demo.DemoData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/** {@code demo --persons N [--seed S] [--append]}: fills a ledger with generated persons and placements. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"在数据文件夹的台账中生成演示数据：虚构的残疾人及其就业登记（非真实人员），用于试用和性能测试。",
                "Fills the ledger with generated (never real) persons and placements, for trying and benchmarks."})
final class DemoCommand extends LedgerCommand {

    @Option(names = "--persons", required = true, paramLabel = "N", description = "生成的人数，如 200000")
    int persons;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "随机种子，相同种子生成相同数据（默认 1）")
    long seed;

    @Option(names = "--append", description = "台账中已有人员时仍然追加（默认拒绝，以免把演示数据混入真实台账）")
    boolean append;

    @Override
    public Integer call() {
        if (persons < 0) {
            throw new LedgerException("--persons 不能为负数。");
        }
        try (Services services = openLedger()) {
            DemoData demo = services.demo();
            if (demo.hasPersons() && !append) {
                throw new LedgerException("该台账中已有人员。演示数据只应放进单独的数据文件夹（用 --data-dir 指定）；"
                        + "确需追加请加 --append。");
            }
            PrintWriter out = out();
            DemoData.Result r = demo.generate(persons, seed, written -> {
                if (persons >= 50_000 && written % 50_000 == 0) {
                    out.printf("已生成 %d 人…%n", written);
                    out.flush();
                }
            });
            out.printf("已生成演示数据：%d 人，%d 条就业登记，用时 %.1f 秒。当前计入目标 %d 人。%n",
                    r.persons(), r.placements(), r.took().toMillis() / 1000.0, services.stats().placed());
            out.flush();
            // bulk inserts leave the file half empty; packing it now spares every later start that work
            services.database().closeCompacted();
        }
        return 0;
    }
}
