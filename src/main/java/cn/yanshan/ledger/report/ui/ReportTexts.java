package cn.yanshan.ledger.report.ui;

import cn.yanshan.ledger.plan.Task;
import cn.yanshan.ledger.report.PeriodOverview;

import static cn.yanshan.ledger.ui.I18n.t;

/** How tasks and periods are named on the 季度报送 screen. */
final class ReportTexts {

    private ReportTexts() {
    }

    /** 专项行动5　实施农村残疾人就业帮扶行动 */
    static String task(Task task) {
        String section = task.sectionNumber() == 1 ? t("plan.section.short.1") : t("plan.section.short.2");
        return t("reports.task", section, task.number(), task.title());
    }

    /** 2024年第二季度　已报 3 / 20　【当前】【已锁定】 */
    static String period(PeriodOverview p, long currentId) {
        String text = t("reports.period.item", p.period().label(), p.received(), p.expected());
        if (p.period().id() == currentId) {
            text += t("reports.period.current");
        }
        if (p.locked()) {
            text += t("reports.period.locked");
        }
        return text;
    }
}
