package cn.yanshan.ledger.report;

import cn.yanshan.ledger.plan.Task;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The 催报 text for one lead unit: which of its tasks' reports for the period are missing, when they were or are due,
 * what to send and to whom; ready to paste into a message or print.
 */
final class ReminderText {

    /** Who receives the reports (the plan's receiving unit, 县残工委办) and how to reach it. */
    record Receiver(String name, String contactPerson, String phone, String email) {
    }

    private ReminderText() {
    }

    static String write(String planTitle, Map<Integer, String> sectionTitles, Receiver receiver, String unitName,
                        ReportingPeriod period, List<MatrixCell> cells, LocalDate today) {
        StringBuilder s = new StringBuilder();
        s.append(unitName).append("：\n");
        s.append("　　根据《").append(planTitle).append("》的报送要求，贵单位牵头的");
        s.append(cells.size() == 1 ? "以下任务" : "以下" + cells.size() + "项任务");
        s.append(period.label()).append("工作情况应于").append(period.dueText()).append("前报送")
                .append(receiver.name()).append("，目前尚未收到").append(timing(period.dueOn(), today)).append("：\n");
        int n = 1;
        for (MatrixCell c : cells) {
            s.append("　　").append(n++).append(". ").append(taskLabel(c.task(), sectionTitles)).append("\n");
        }
        s.append("　　请汇总各配合单位的工作情况，按“工作进展、存在问题、下一步打算”三部分形成书面材料（有数据的请附数据），");
        s.append(today.isAfter(period.dueOn()) ? "尽快" : "于" + period.dueText() + "前");
        s.append("报送").append(receiver.name()).append("。\n");
        String contact = contact(receiver);
        if (!contact.isEmpty()) {
            s.append("　　").append(contact).append("\n");
        }
        s.append("\n").append(receiver.name()).append("\n");
        s.append(ReportingPeriod.chineseDate(today));
        return s.toString();
    }

    /** （已逾期5天） / （今天截止） / （距截止还有3天） */
    static String timing(LocalDate due, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, due);
        if (days < 0) {
            return "（已逾期" + (-days) + "天）";
        }
        if (days == 0) {
            return "（今天截止）";
        }
        return "（距截止还有" + days + "天）";
    }

    /** 十个专项行动第5项“实施农村残疾人就业帮扶行动” */
    static String taskLabel(Task task, Map<Integer, String> sectionTitles) {
        String section = sectionTitles.getOrDefault(task.sectionNumber(), "");
        return section + "第" + task.number() + "项“" + task.title() + "”";
    }

    private static String contact(Receiver r) {
        StringBuilder s = new StringBuilder();
        append(s, "联系人：", r.contactPerson());
        append(s, "电话：", r.phone());
        append(s, "邮箱：", r.email());
        return s.isEmpty() ? "" : s.append("。").toString();
    }

    private static void append(StringBuilder s, String caption, String value) {
        if (value != null && !value.isBlank()) {
            if (!s.isEmpty()) {
                s.append("，");
            }
            s.append(caption).append(value.strip());
        }
    }
}
