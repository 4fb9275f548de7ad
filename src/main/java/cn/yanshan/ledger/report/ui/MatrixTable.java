package cn.yanshan.ledger.report.ui;

import cn.yanshan.ledger.report.MatrixCell;
import cn.yanshan.ledger.report.ReportingPeriod;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import static cn.yanshan.ledger.ui.I18n.t;

/**
 * The matrix: a row per task and lead unit, a column per quarter of the chosen period's year (the chosen one
 * marked). A cell says in words and colour whether the report arrived; selecting it opens the report.
 */
final class MatrixTable {

    private final ReportsViewModel model;
    private final TableView<MatrixRow> table = new TableView<>();
    private boolean syncing;

    MatrixTable(ReportsViewModel model) {
        this.model = model;
        table.setId("report-matrix");
        table.setItems(model.rows());
        Label placeholder = new Label(t("reports.matrix.loading"));
        table.setPlaceholder(placeholder);
        model.matrixProperty().addListener((obs, old, m) -> placeholder.setText(t("reports.matrix.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSortOrder().clear();
        model.columns().addListener((ListChangeListener<ReportingPeriod>) c -> buildColumns());
        model.periodProperty().addListener((obs, old, now) -> markChosen());
        table.getSelectionModel().getSelectedCells().addListener((ListChangeListener<TablePosition>) c -> onSelection());
        model.rows().addListener((ListChangeListener<MatrixRow>) c -> reselect());
        buildColumns();
    }

    TableView<MatrixRow> table() {
        return table;
    }

    private void buildColumns() {
        TableColumn<MatrixRow, String> task = new TableColumn<>(t("reports.matrix.task"));
        task.setId("matrix-task");
        task.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().firstOfTask() ? ReportTexts.task(c.getValue().task()) : ""));
        task.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        task.setPrefWidth(330);
        task.setMinWidth(240);
        task.setSortable(false);
        TableColumn<MatrixRow, String> unit = new TableColumn<>(t("reports.matrix.unit"));
        unit.setId("matrix-unit");
        unit.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().unit().name()));
        unit.setPrefWidth(200);
        unit.setMinWidth(196);
        unit.setMaxWidth(240);
        unit.setSortable(false);
        table.getColumns().setAll(task, unit);
        TableColumn<MatrixRow, MatrixCell> year = new TableColumn<>(model.columns().isEmpty() ? ""
                : t("reports.matrix.year", String.valueOf(model.columns().get(0).year())));
        year.setId("matrix-year");
        for (ReportingPeriod p : model.columns()) {
            TableColumn<MatrixRow, MatrixCell> q = new TableColumn<>(t("reports.matrix.quarter", p.quarterLabel(),
                    p.dueOn().getMonthValue(), p.dueOn().getDayOfMonth()));
            q.setId("matrix-q" + p.quarter());
            q.setUserData(p);
            q.setSortable(false);
            q.setPrefWidth(124);
            q.setMinWidth(124);
            q.setMaxWidth(124);
            q.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().cell(p.id())));
            q.setCellFactory(col -> new StatusCell());
            year.getColumns().add(q);
        }
        if (!year.getColumns().isEmpty()) {
            table.getColumns().add(year);
        }
        markChosen();
    }

    private void markChosen() {
        long chosen = model.periodProperty().get() == null ? -1 : model.periodProperty().get().period().id();
        for (TableColumn<MatrixRow, ?> c : table.getVisibleLeafColumns()) {
            c.getStyleClass().remove("chosen-period");
            if (c.getUserData() instanceof ReportingPeriod p && p.id() == chosen) {
                c.getStyleClass().add("chosen-period");
            }
        }
    }

    private void onSelection() {
        if (syncing || table.getSelectionModel().getSelectedCells().isEmpty()) {
            return;
        }
        TablePosition<?, ?> pos = table.getSelectionModel().getSelectedCells().get(0);
        MatrixRow row = pos.getRow() >= 0 && pos.getRow() < table.getItems().size() ? table.getItems().get(pos.getRow()) : null;
        if (row == null) {
            return;
        }
        ReportingPeriod p = pos.getTableColumn() != null && pos.getTableColumn().getUserData() instanceof ReportingPeriod rp
                ? rp : model.periodProperty().get().period();
        MatrixCell cell = row.cell(p.id());
        if (cell != null) {
            model.select(cell);
        }
    }

    /** After the rows are read again, the selected cell stays selected. */
    private void reselect() {
        MatrixCell selected = model.selectedProperty().get();
        if (selected == null) {
            return;
        }
        syncing = true;
        try {
            for (int i = 0; i < table.getItems().size(); i++) {
                MatrixRow r = table.getItems().get(i);
                if (r.task().id() == selected.key().taskId() && r.unit().id() == selected.key().unitId()) {
                    for (TableColumn<MatrixRow, ?> c : table.getVisibleLeafColumns()) {
                        if (c.getUserData() instanceof ReportingPeriod p && p.id() == selected.key().periodId()) {
                            table.getSelectionModel().clearAndSelect(i, c);
                        }
                    }
                }
            }
        } finally {
            syncing = false;
        }
    }

    /** A cell of a quarter column: the status as a badge. */
    private static final class StatusCell extends TableCell<MatrixRow, MatrixCell> {
        private final Label badge = new Label();

        @Override
        protected void updateItem(MatrixCell item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            badge.setText(StatusBadge.text(item));
            StatusBadge.style(badge, item.status());
            setGraphic(badge);
            setId("cell-" + item.key().taskId() + "-" + item.key().unitId() + "-" + item.key().periodId());
        }
    }
}
