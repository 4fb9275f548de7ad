package cn.yanshan.ledger.cli;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.security.Role;
import cn.yanshan.ledger.plan.Plan;
import cn.yanshan.ledger.plan.Section;
import cn.yanshan.ledger.plan.TaskDetail;
import cn.yanshan.ledger.unit.UnitRef;
import com.fasterxml.jackson.jr.ob.JSON;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code plan [--json]}: prints the current plan with its tasks. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"打印当前方案及其任务分解。", "Prints the current plan and its tasks."})
final class PlanCommand extends LedgerCommand {

    @Override
    protected Role requiredRole() {
        return Role.READ_ONLY;
    }

    @Option(names = "--json", description = "以 JSON 输出（稳定接口，见 README）")
    boolean json;

    @Override
    public Integer call() throws IOException {
        try (Services services = openLedger()) {
            Plan plan = services.plan().currentPlan();
            List<Section> sections = services.plan().outline().sections();
            List<TaskDetail> tasks = services.plan().allTasks();
            PrintWriter out = out();
            if (json) {
                out.println(JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(toJson(plan, tasks)));
            } else {
                printText(out, plan, sections, tasks);
            }
            out.flush();
        }
        return 0;
    }

    static Map<String, Object> toJson(Plan plan, List<TaskDetail> tasks) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("title", plan.title());
        p.put("target", plan.target());
        p.put("periodStart", plan.periodStart().toString());
        p.put("periodEnd", plan.periodEnd().toString());
        p.put("issuer", plan.issuer());
        p.put("issuedOn", plan.issuedOn() == null ? null : plan.issuedOn().toString());
        p.put("reportDueDays", plan.reportDueDays().stream().map(d -> d.toString().substring(2)).toList());
        List<Map<String, Object>> taskList = tasks.stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("section", t.task().sectionNumber());
            m.put("number", t.task().number());
            m.put("title", t.task().title());
            m.put("lead", t.leads().stream().map(UnitRef::name).toList());
            m.put("responsible", t.responsible().stream().map(UnitRef::name).toList());
            m.put("deadline", t.task().deadlineText());
            m.put("deadlineDate", t.task().deadlineDate() == null ? null : t.task().deadlineDate().toString());
            m.put("measures", t.measures().size());
            return m;
        }).toList();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("plan", p);
        root.put("tasks", taskList);
        return root;
    }

    private static void printText(PrintWriter out, Plan plan, List<Section> sections, List<TaskDetail> tasks) {
        out.println(plan.title());
        out.printf("实施期限：%s 至 %s    目标：城乡新增残疾人就业 %d 人%n", plan.periodStart(), plan.periodEnd(), plan.target());
        for (Section section : sections) {
            out.println();
            out.println(section.heading());
            for (TaskDetail t : tasks) {
                if (t.task().sectionNumber() != section.number()) {
                    continue;
                }
                out.printf("%d. %s（%d 项措施）%n", t.task().number(), t.task().title(), t.measures().size());
                out.println("   牵头单位：" + names(t.leads()));
                if (!t.responsible().isEmpty()) {
                    out.println("   责任单位：" + names(t.responsible()));
                }
                if (t.task().deadlineText() != null) {
                    out.println("   完成时限：" + t.task().deadlineText());
                }
            }
        }
    }

    private static String names(List<UnitRef> units) {
        return String.join("、", units.stream().map(UnitRef::name).toList());
    }
}
