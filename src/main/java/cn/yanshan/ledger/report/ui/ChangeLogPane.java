package cn.yanshan.ledger.report.ui;

import cn.yanshan.ledger.report.ChangeLogEntry;
import cn.yanshan.ledger.report.ChangeSummary;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import static cn.yanshan.ledger.ui.I18n.t;

/** 变更记录: the locks of the chosen period and every change made to it while it was locked, with the reason. */
final class ChangeLogPane extends VBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    ChangeLogPane(ReportsViewModel model) {
        TableView<ChangeLogEntry> table = new TableView<>(model.changes());
        table.setId("change-log");
        table.setPlaceholder(new Label(t("reports.changes.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(t("reports.changes.at"), e -> TIME.format(e.changedAt()), 140));
        table.getColumns().add(column(t("reports.changes.by"), ChangeLogEntry::changedBy, 90));
        table.getColumns().add(column(t("reports.changes.what"), ChangeLogPane::what, 90));
        table.getColumns().add(column(t("reports.changes.reason"), ChangeLogEntry::reason, 220));
        table.getColumns().add(column(t("reports.changes.summary"), ChangeSummary::of, 480));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().add(table);
        setPadding(new Insets(8));
    }

    private static String what(ChangeLogEntry e) {
        return switch (e.entity()) {
            case "task_report" -> t("reports.changes.report");
            case "report_attachment" -> t("reports.changes.attachment");
            case "measure_status" -> t("reports.changes.measure");
            case "period_lock" -> t("reports.changes.lock");
            default -> e.entity();
        };
    }

    private static TableColumn<ChangeLogEntry, String> column(String title, Function<ChangeLogEntry, String> value, double width) {
        TableColumn<ChangeLogEntry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
