package cn.yanshan.ledger.report.ui;

import cn.yanshan.ledger.report.ChangeLogEntry;
import cn.yanshan.ledger.report.MatrixCell;
import cn.yanshan.ledger.report.PeriodOverview;
import cn.yanshan.ledger.report.ReportMatrix;
import cn.yanshan.ledger.report.ReportService;
import cn.yanshan.ledger.report.ReportingPeriod;
import cn.yanshan.ledger.report.UnitReminder;
import cn.yanshan.ledger.ui.BackgroundRunner;
import cn.yanshan.ledger.ui.DialogService;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static cn.yanshan.ledger.ui.I18n.t;

/**
 * State and actions of 季度报送: the periods (the current one first), the chosen period, the matrix of the chosen
 * period's year, the selected cell, the reminders and change log of the chosen period, and locking.
 */
public final class ReportsViewModel {

    private final ReportService reports;
    private final BackgroundRunner runner;
    private final DialogService dialogs;

    private final ObservableList<PeriodOverview> periods = FXCollections.observableArrayList();
    private final ObjectProperty<PeriodOverview> period = new SimpleObjectProperty<>();
    private final ObservableList<ReportingPeriod> columns = FXCollections.observableArrayList();
    private final ObservableList<MatrixRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ReportMatrix> matrix = new SimpleObjectProperty<>();
    private final ObjectProperty<MatrixCell> selected = new SimpleObjectProperty<>();
    private final ObservableList<UnitReminder> reminders = FXCollections.observableArrayList();
    private final ObservableList<ChangeLogEntry> changes = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private long currentPeriodId = -1;
    private final IntegerProperty periodsRead = new SimpleIntegerProperty(0);

    /** The periods in the chooser's order and the current one's id. */
    private record Periods(List<PeriodOverview> ordered, long currentId) {
    }

    /** What one period shows, read in one go off the UI thread. */
    private record PeriodData(List<ReportingPeriod> columns, ReportMatrix matrix, List<MatrixRow> rows,
                              List<UnitReminder> reminders, List<ChangeLogEntry> changes) {
    }

    public ReportsViewModel(ReportService reports, BackgroundRunner runner, DialogService dialogs) {
        this.reports = reports;
        this.runner = runner;
        this.dialogs = dialogs;
    }

    public ReportService service() {
        return reports;
    }

    public ObservableList<PeriodOverview> periods() {
        return periods;
    }

    public ReadOnlyObjectProperty<PeriodOverview> periodProperty() {
        return period;
    }

    public ObservableList<ReportingPeriod> columns() {
        return columns;
    }

    public ObservableList<MatrixRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<ReportMatrix> matrixProperty() {
        return matrix;
    }

    public ReadOnlyObjectProperty<MatrixCell> selectedProperty() {
        return selected;
    }

    public ObservableList<UnitReminder> reminders() {
        return reminders;
    }

    public ObservableList<ChangeLogEntry> changes() {
        return changes;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** Counts the loads of the periods: the chooser shows the fresh list and choice after each. */
    public ReadOnlyIntegerProperty periodsReadProperty() {
        return periodsRead;
    }

    /** The period of {@link ReportService#currentPeriod()} as of the last load. */
    public long currentPeriodId() {
        return currentPeriodId;
    }

    /** Reads the periods; the first time (or when the chosen one is gone) chooses the current period. */
    public void load() {
        runner.run(() -> {
            List<PeriodOverview> all = reports.periods();
            long current = reports.currentPeriod().id();
            List<PeriodOverview> ordered = new ArrayList<>(all);
            // the current period first, then the others from the newest back
            ordered.sort(Comparator.comparing((PeriodOverview p) -> p.period().id() != current)
                    .thenComparing(p -> p.period().startsOn(), Comparator.reverseOrder()));
            return new Periods(ordered, current);
        }, loaded -> {
            List<PeriodOverview> ordered = loaded.ordered();
            currentPeriodId = loaded.currentId();
            long keep = period.get() == null ? -1 : period.get().period().id();
            periods.setAll(ordered);
            PeriodOverview next = ordered.stream().filter(p -> p.period().id() == keep).findFirst()
                    .orElse(ordered.isEmpty() ? null : ordered.get(0));
            period.set(next);
            periodsRead.set(periodsRead.get() + 1);
            loadPeriod();
        }, dialogs::showError);
    }

    /** Shows another period (from the chooser). */
    public void choose(PeriodOverview chosen) {
        if (chosen == null || period.get() != null && period.get().period().id() == chosen.period().id()) {
            return;
        }
        period.set(chosen);
        status.set("");
        loadPeriod();
    }

    public void select(MatrixCell cell) {
        selected.set(cell);
    }

    /** Reads everything again after a change (a report saved, a lock), keeping the chosen period and the selection. */
    public void refresh() {
        load();
    }

    private void loadPeriod() {
        PeriodOverview chosen = period.get();
        if (chosen == null) {
            return;
        }
        long chosenId = chosen.period().id();
        List<ReportingPeriod> year = periods.stream().map(PeriodOverview::period)
                .filter(p -> p.year() == chosen.period().year())
                .sorted(Comparator.comparing(ReportingPeriod::quarter)).toList();
        runner.run(() -> {
            Map<Long, ReportMatrix> byPeriod = new HashMap<>();
            for (ReportMatrix m : reports.matrices(year.stream().map(ReportingPeriod::id).toList())) {
                byPeriod.put(m.period().id(), m);
            }
            ReportMatrix main = byPeriod.get(chosenId);
            return new PeriodData(year, main, rowsOf(main, byPeriod), reports.reminders(chosenId), reports.changeLog(chosenId));
        }, data -> {
            columns.setAll(data.columns());
            matrix.set(data.matrix());
            rows.setAll(data.rows());
            reminders.setAll(data.reminders());
            changes.setAll(data.changes());
            MatrixCell was = selected.get();
            selected.set(was == null ? null : findCell(was.key().taskId(), was.key().unitId(), was.key().periodId()).orElse(null));
        }, dialogs::showError);
    }

    private static List<MatrixRow> rowsOf(ReportMatrix main, Map<Long, ReportMatrix> byPeriod) {
        List<MatrixRow> out = new ArrayList<>();
        long lastTask = -1;
        for (MatrixCell c : main.cells()) {
            Map<Long, MatrixCell> cells = new HashMap<>();
            byPeriod.forEach((periodId, m) -> m.cell(c.key().taskId(), c.key().unitId()).ifPresent(x -> cells.put(periodId, x)));
            out.add(new MatrixRow(c.task(), c.unit(), c.task().id() != lastTask, cells));
            lastTask = c.task().id();
        }
        return out;
    }

    public Optional<MatrixCell> findCell(long taskId, long unitId, long periodId) {
        return rows.stream().filter(r -> r.task().id() == taskId && r.unit().id() == unitId)
                .map(r -> r.cell(periodId)).filter(java.util.Objects::nonNull).findFirst();
    }

    public Optional<PeriodOverview> overviewOf(long periodId) {
        return periods.stream().filter(p -> p.period().id() == periodId).findFirst();
    }

    /**
     * Runs a change to a period: directly when the period is open; when it is locked, after asking the clerk for the
     * reason (nothing happens when the clerk cancels).
     */
    public void withReason(long periodId, Consumer<String> change) {
        Optional<PeriodOverview> p = overviewOf(periodId);
        if (p.isEmpty() || !p.get().locked()) {
            change.accept(null);
            return;
        }
        dialogs.editText(t("reports.reason.title"), t("reports.reason.prompt", p.get().period().label()), "", true)
                .ifPresent(change);
    }

    /** Locks the chosen period, or unlocks it (asking for the reason). */
    public void toggleLock() {
        PeriodOverview p = period.get();
        if (p == null) {
            return;
        }
        long id = p.period().id();
        if (p.locked()) {
            dialogs.editText(t("reports.unlock.title"), t("reports.unlock.prompt", p.period().label()), "", true)
                    .ifPresent(reason -> runner.run(() -> {
                        reports.unlock(id, reason);
                        return p;
                    }, done -> afterLock(t("reports.status.unlocked", done.period().label())), dialogs::showError));
        } else {
            dialogs.editText(t("reports.lock.title"), t("reports.lock.prompt", p.period().label()), "", false)
                    .ifPresent(note -> runner.run(() -> reports.lock(id, note),
                            lock -> afterLock(t("reports.status.locked", p.period().label())), dialogs::showError));
        }
    }

    private void afterLock(String text) {
        status.set(text);
        refresh();
    }
}
