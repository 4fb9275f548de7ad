package cn.yanshan.ledger.export.ui;

import cn.yanshan.ledger.export.ExportKind;
import cn.yanshan.ledger.export.ExportService;
import cn.yanshan.ledger.export.Exported;
import cn.yanshan.ledger.export.PlacementQuery;
import cn.yanshan.ledger.person.PersonQuery;
import cn.yanshan.ledger.report.PeriodOverview;
import cn.yanshan.ledger.report.ReportService;
import cn.yanshan.ledger.report.ReportingPeriod;
import cn.yanshan.ledger.ui.BackgroundRunner;
import cn.yanshan.ledger.ui.DialogService;
import cn.yanshan.ledger.ui.FileToSave;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import static cn.yanshan.ledger.ui.I18n.t;

/**
 * State and actions of 导出: the periods with the current one chosen, whether full ID and phone numbers are wanted,
 * and one export at a time — the file asked for in a save dialog, written off the UI thread, then where it went.
 */
public final class ExportViewModel {

    private final ExportService exports;
    private final ReportService reports;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final Consumer<Path> opener;

    private final ObservableList<ReportingPeriod> periods = FXCollections.observableArrayList();
    private final ObjectProperty<ReportingPeriod> period = new SimpleObjectProperty<>();
    private final BooleanProperty unmasked = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Exported> last = new SimpleObjectProperty<>();
    private boolean warmed;

    private record Periods(List<ReportingPeriod> all, ReportingPeriod current) {
    }

    /** @param opener opens a file or folder with the system's program */
    public ExportViewModel(ExportService exports, ReportService reports, BackgroundRunner runner, DialogService dialogs,
                           Consumer<Path> opener) {
        this.exports = exports;
        this.reports = reports;
        this.runner = runner;
        this.dialogs = dialogs;
        this.opener = opener;
    }

    public ObservableList<ReportingPeriod> periods() {
        return periods;
    }

    public ObjectProperty<ReportingPeriod> periodProperty() {
        return period;
    }

    public BooleanProperty unmaskedProperty() {
        return unmasked;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The file the last export wrote; null before the first. */
    public ReadOnlyObjectProperty<Exported> lastProperty() {
        return last;
    }

    /**
     * Reads the periods, the current one (whose reports are due next or were due last) chosen; the first time, the
     * workbook writer is then made ready while the clerk chooses ({@link ExportService#warmUp()}).
     */
    public void activate() {
        runner.run(() -> new Periods(reports.periods().stream().map(PeriodOverview::period).toList(), reports.currentPeriod()),
                p -> {
                    ReportingPeriod chosen = period.get();
                    periods.setAll(p.all());
                    period.set(chosen != null && p.all().contains(chosen) ? chosen : p.current());
                }, dialogs::showError);
        if (!warmed) {
            warmed = true;
            runner.run(() -> {
                exports.warmUp();
                return null;
            }, done -> { }, e -> { });
        }
    }

    public void exportQuarterly() {
        ReportingPeriod p = period.get();
        if (p != null) {
            run(ExportKind.QUARTERLY, p, file -> exports.quarterly(p.id(), file, unmasked.get()), false);
        }
    }

    public void exportReport() {
        ReportingPeriod p = period.get();
        if (p != null) {
            run(ExportKind.REPORT, p, file -> exports.reportDraft(p.id(), file), false);
        }
    }

    /** Everyone in the ledger, as 导出 offers it. */
    public void exportPersons() {
        run(ExportKind.PERSONS, period.get(), file -> exports.persons(PersonQuery.ALL, file, unmasked.get()), false);
    }

    /**
     * The persons of 残疾人台账's filter, numbers masked (full numbers only from 导出, where the choice is made);
     * afterwards a dialog says where the file went and offers to open it, since that screen shows no status.
     */
    public void exportPersons(PersonQuery query) {
        run(ExportKind.PERSONS, period.get(), file -> exports.persons(query, file, false), true);
    }

    public void exportPlacements() {
        run(ExportKind.PLACEMENTS, period.get(), file -> exports.placements(PlacementQuery.ALL, file, unmasked.get()), false);
    }

    public void exportLedger() {
        run(ExportKind.LEDGER, period.get(), file -> exports.ledger(file, unmasked.get()), false);
    }

    /** Opens the file last exported with the system's program. */
    public void openLast() {
        if (last.get() != null) {
            opener.accept(last.get().file().toAbsolutePath());
        }
    }

    /** Opens the folder of the file last exported. */
    public void openLastFolder() {
        if (last.get() != null) {
            opener.accept(last.get().file().toAbsolutePath().getParent());
        }
    }

    private void run(ExportKind kind, ReportingPeriod p, Function<Path, Exported> work, boolean offerToOpen) {
        if (busy.get()) {
            return;
        }
        if (!offerToOpen && unmasked.get() && kind != ExportKind.REPORT && !dialogs.confirm(t("export.unmasked.confirm"))) {
            return;
        }
        Optional<Path> file = dialogs.chooseFileToSave(new FileToSave(t("export.save.title", kind.label()),
                exports.suggestedName(kind, p), kind.fileTypeLabel(), kind.extension()));
        if (file.isEmpty()) {
            return;
        }
        busy.set(true);
        status.set(t("export.working", kind.label()));
        runner.run(() -> work.apply(file.get()), done -> {
            busy.set(false);
            last.set(done);
            status.set(t("export.done", kind.label(), done.file().toAbsolutePath()));
            if (offerToOpen && dialogs.confirm(t("export.done.open", kind.label(), done.file().toAbsolutePath(), done.rows()))) {
                openLast();
            }
        }, error -> {
            busy.set(false);
            status.set(t("export.failed", kind.label()));
            dialogs.showError(error);
        });
    }
}
