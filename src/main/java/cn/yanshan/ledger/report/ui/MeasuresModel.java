package cn.yanshan.ledger.report.ui;

import cn.yanshan.ledger.report.MatrixCell;
import cn.yanshan.ledger.report.MeasureStatusChange;
import cn.yanshan.ledger.report.ReportService;
import cn.yanshan.ledger.ui.BackgroundRunner;
import cn.yanshan.ledger.ui.DialogService;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

import static cn.yanshan.ledger.ui.I18n.t;

/** The measures of the selected cell's task with their status in the cell's period; saved together. */
public final class MeasuresModel {

    private final ReportService reports;
    private final ReportsViewModel owner;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ObservableList<MeasureRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<MatrixCell> cell = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");

    public MeasuresModel(ReportService reports, ReportsViewModel owner, BackgroundRunner runner, DialogService dialogs) {
        this.reports = reports;
        this.owner = owner;
        this.runner = runner;
        this.dialogs = dialogs;
    }

    public ObservableList<MeasureRow> rows() {
        return rows;
    }

    public ObjectProperty<MatrixCell> cellProperty() {
        return cell;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** Shows the measures of a cell's task in the cell's period (nothing to do when it is the same task and period). */
    public void open(MatrixCell next) {
        MatrixCell now = cell.get();
        cell.set(next);
        if (next == null) {
            rows.clear();
            return;
        }
        if (now != null && now.key().taskId() == next.key().taskId() && now.key().periodId() == next.key().periodId()
                && !rows.isEmpty()) {
            return;
        }
        status.set("");
        reload();
    }

    public void save() {
        MatrixCell c = cell.get();
        List<MeasureStatusChange> changes = rows.stream().filter(MeasureRow::changed)
                .map(r -> new MeasureStatusChange(r.saved().measure().id(), r.statusProperty().get(), r.noteProperty().get()))
                .toList();
        if (c == null || changes.isEmpty()) {
            status.set(t("reports.measures.unchanged"));
            return;
        }
        long periodId = c.key().periodId();
        owner.withReason(periodId, reason -> runner.run(() -> reports.setMeasureStatuses(periodId, changes, reason), saved -> {
            status.set(t("reports.measures.saved", saved.size()));
            reload();
            owner.refresh();
        }, dialogs::showError));
    }

    private void reload() {
        MatrixCell c = cell.get();
        runner.run(() -> reports.measureProgress(c.key().taskId(), c.key().periodId()),
                list -> rows.setAll(list.stream().map(MeasureRow::new).toList()), dialogs::showError);
    }
}
