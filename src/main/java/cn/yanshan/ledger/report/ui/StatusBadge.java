package cn.yanshan.ledger.report.ui;

import cn.yanshan.ledger.report.MatrixCell;
import cn.yanshan.ledger.report.ReportStatus;
import javafx.scene.control.Label;

import java.util.Locale;

import static cn.yanshan.ledger.ui.I18n.t;

/** A report's status as a small coloured label that also says it in words (never colour alone). */
final class StatusBadge {

    private StatusBadge() {
    }

    /** 已报 7月3日 / 迟报 7月9日 / 即将到期 / 逾期未报 / 未到期 */
    static String text(MatrixCell cell) {
        String day = cell.receivedOn() == null ? "" : cell.receivedOn().getMonthValue() + "月" + cell.receivedOn().getDayOfMonth() + "日";
        return switch (cell.status()) {
            case RECEIVED -> t("reports.cell.received", day);
            case LATE -> t("reports.cell.late", day);
            case DUE_SOON -> t("reports.cell.dueSoon");
            case OVERDUE -> t("reports.cell.overdue");
            case OPEN -> t("reports.cell.open");
        };
    }

    static String styleClass(ReportStatus status) {
        return "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Label of(String text, ReportStatus status) {
        Label l = new Label(text);
        l.getStyleClass().addAll("status-badge", styleClass(status));
        return l;
    }

    static void style(Label label, ReportStatus status) {
        label.getStyleClass().removeIf(c -> c.startsWith("status-") && !c.equals("status-badge"));
        if (!label.getStyleClass().contains("status-badge")) {
            label.getStyleClass().add("status-badge");
        }
        label.getStyleClass().add(styleClass(status));
    }
}
