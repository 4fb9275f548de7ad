package cn.yanshan.ledger.report.ui;

import cn.yanshan.ledger.report.UnitReminder;
import cn.yanshan.ledger.ui.Tables;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;


import static cn.yanshan.ledger.ui.I18n.t;

/** 催报: the units with overdue or due-soon reports, how to reach them, and the reminder text to copy. */
final class RemindersPane extends SplitPane {

    private final TableView<UnitReminder> table = new TableView<>();
    private final TextArea text = new TextArea();
    private final Label copied = new Label();

    RemindersPane(ReportsViewModel model) {
        table.setId("reminder-table");
        table.setItems(model.reminders());
        table.setPlaceholder(new Label(t("reports.reminders.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Tables.unsortedColumn(t("reports.reminders.unit"), r -> r.unit().name(), 190));
        TableColumn<UnitReminder, UnitReminder> status = new TableColumn<>(t("reports.reminders.status"));
        status.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue()));
        status.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(UnitReminder r, boolean empty) {
                super.updateItem(r, empty);
                setGraphic(empty || r == null ? null
                        : StatusBadge.of(t("reports.reminders.tasks", r.status().label(), r.cells().size()), r.status()));
            }
        });
        status.setPrefWidth(130);
        status.setSortable(false);
        table.getColumns().add(status);
        table.getColumns().add(Tables.unsortedColumn(t("reports.reminders.contact"), r -> orDash(r.contactPerson()), 80));
        table.getColumns().add(Tables.unsortedColumn(t("reports.reminders.phone"), r -> orDash(r.phone()), 120));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, r) -> {
            text.setText(r == null ? "" : r.text());
            copied.setText("");
        });
        model.reminders().addListener((ListChangeListener<UnitReminder>) c -> {
            if (!model.reminders().isEmpty()) {
                table.getSelectionModel().select(0);
            } else {
                text.setText("");
            }
        });

        text.setId("reminder-text");
        text.setWrapText(true);
        VBox.setVgrow(text, Priority.ALWAYS);
        Button copy = new Button(t("reports.reminders.copy"));
        copy.setId("reminder-copy");
        copy.setOnAction(e -> copy());
        copied.setId("reminder-copied");
        copied.getStyleClass().add("status-text");
        Label hint = new Label(t("reports.reminders.hint"));
        hint.getStyleClass().add("field-caption");
        HBox actions = new HBox(10, copy, copied);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox right = new VBox(6, hint, text, actions);
        right.setPadding(new Insets(8));
        VBox left = new VBox(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(8));
        getItems().addAll(left, right);
        setDividerPositions(0.5);
        setId("reminders-pane");
    }

    private void copy() {
        if (text.getText() == null || text.getText().isBlank()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(text.getText());
        Clipboard.getSystemClipboard().setContent(content);
        copied.setText(t("reports.reminders.copied"));
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
