package cn.yanshan.ledger.cli;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.security.Role;
import cn.yanshan.ledger.common.YearQuarter;
import cn.yanshan.ledger.person.DisabilityCategory;
import cn.yanshan.ledger.placement.EmploymentForm;
import cn.yanshan.ledger.stats.Summary;
import cn.yanshan.ledger.unit.UnitRef;
import com.fasterxml.jackson.jr.ob.JSON;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code stats [--json] [--as-of DATE]}: the count toward the target and its breakdowns, as on 总览. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"打印目标完成情况：目标人数、已就业人数、按季度、乡（镇）、就业形式、残疾类别分列。",
                "Prints the count toward the plan's target and its breakdowns."})
final class StatsCommand extends LedgerCommand {

    @Override
    protected Role requiredRole() {
        return Role.READ_ONLY;
    }

    @Option(names = "--json", description = "以 JSON 输出（稳定接口，见 docs/cli.md）")
    boolean json;

    @Option(names = "--as-of", paramLabel = "DATE", description = "按哪一天计算剩余季度和进度（默认今天），如 2024-06-30")
    LocalDate asOf;

    @Override
    public Integer call() throws IOException {
        try (Services services = openLedger()) {
            Summary s = asOf == null ? services.stats().summary() : services.stats().summary(asOf);
            PrintWriter out = out();
            if (json) {
                out.println(JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(toJson(s)));
            } else {
                printText(out, s);
            }
            out.flush();
        }
        return 0;
    }

    static Map<String, Object> toJson(Summary s) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("target", s.target());
        root.put("placed", s.placed());
        root.put("share", Math.round(s.share() * 10000) / 10000.0);
        root.put("periodStart", s.periodStart().toString());
        root.put("periodEnd", s.periodEnd().toString());
        root.put("asOf", s.asOf().toString());
        root.put("remaining", s.remaining());
        root.put("remainingQuarters", s.remainingQuarters());
        root.put("pacePerQuarter", s.pacePerQuarter());
        Map<String, Integer> quarters = new LinkedHashMap<>();
        s.byQuarter().forEach((q, n) -> quarters.put(q.toString(), n));
        root.put("byQuarter", quarters);
        Map<String, Integer> townships = new LinkedHashMap<>();
        s.byTownship().forEach((t, n) -> townships.put(t.name(), n));
        root.put("byTownship", townships);
        Map<String, Integer> forms = new LinkedHashMap<>();
        s.byForm().forEach((f, n) -> forms.put(f.shortLabel(), n));
        root.put("byForm", forms);
        Map<String, Integer> categories = new LinkedHashMap<>();
        s.byCategory().forEach((c, n) -> categories.put(c.label(), n));
        root.put("byCategory", categories);
        return root;
    }

    private static void printText(PrintWriter out, Summary s) {
        out.printf("目标：城乡新增残疾人就业 %d 人（%s 至 %s）%n", s.target(), s.periodStart(), s.periodEnd());
        out.printf("已就业：%d 人，完成 %.1f%%%n", s.placed(), s.share() * 100);
        if (s.reached()) {
            out.println("已完成目标。");
        } else if (s.remainingQuarters() > 0) {
            out.printf("尚差 %d 人；截至 %s 还剩 %d 个季度，每季度需新增 %d 人%n",
                    s.remaining(), s.asOf(), s.remainingQuarters(), s.pacePerQuarter());
        } else {
            out.printf("方案期已结束，尚差 %d 人%n", s.remaining());
        }
        out.println();
        out.println("按季度（首次就业）：");
        for (Map.Entry<YearQuarter, Integer> e : s.byQuarter().entrySet()) {
            out.printf("  %s  %d%n", e.getKey(), e.getValue());
        }
        out.println("按乡（镇）：");
        for (Map.Entry<UnitRef, Integer> e : s.byTownship().entrySet()) {
            out.printf("  %s  %d%n", e.getKey().name(), e.getValue());
        }
        out.println("按就业形式：");
        for (Map.Entry<EmploymentForm, Integer> e : s.byForm().entrySet()) {
            out.printf("  %s  %d%n", e.getKey().label(), e.getValue());
        }
        out.println("按残疾类别：");
        for (Map.Entry<DisabilityCategory, Integer> e : s.byCategory().entrySet()) {
            out.printf("  %s  %d%n", e.getKey().label(), e.getValue());
        }
    }
}
