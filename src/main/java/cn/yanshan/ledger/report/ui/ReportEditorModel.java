package cn.yanshan.ledger.report.ui;

import cn.yanshan.ledger.plan.PlanService;
import cn.yanshan.ledger.report.Attachment;
import cn.yanshan.ledger.report.Figure;
import cn.yanshan.ledger.report.MatrixCell;
import cn.yanshan.ledger.report.ReportDraft;
import cn.yanshan.ledger.report.ReportKey;
import cn.yanshan.ledger.report.ReportService;
import cn.yanshan.ledger.report.TaskReport;
import cn.yanshan.ledger.ui.BackgroundRunner;
import cn.yanshan.ledger.ui.DialogService;
import cn.yanshan.ledger.unit.UnitRef;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static cn.yanshan.ledger.ui.I18n.t;

/**
 * The report of the selected cell being edited: date received, the three parts, figures, contributions (a draft
 * until saved) and attachments (added and removed at once). Changes to a locked period go through
 * {@link ReportsViewModel#withReason}.
 */
public final class ReportEditorModel {

    private final ReportService reports;
    private final PlanService plans;
    private final ReportsViewModel owner;
    private final BackgroundRunner runner;
    private final DialogService dialogs;

    private final ObjectProperty<MatrixCell> cell = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> receivedOn = new SimpleObjectProperty<>();
    private final StringProperty progress = new SimpleStringProperty("");
    private final StringProperty problems = new SimpleStringProperty("");
    private final StringProperty nextSteps = new SimpleStringProperty("");
    private final ObservableList<FigureRow> figures = FXCollections.observableArrayList(
            r -> new Observable[]{r.nameProperty(), r.amountProperty(), r.unitLabelProperty()});
    private final ObservableList<ContributionRow> contributions = FXCollections.observableArrayList(
            r -> new Observable[]{r.unitProperty(), r.contentProperty()});
    private final ObservableList<UnitRef> contributors = FXCollections.observableArrayList();
    private final ObservableList<Attachment> attachments = FXCollections.observableArrayList();
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private boolean filling;

    private record Loaded(MatrixCell cell, TaskReport report, List<UnitRef> contributors) {
    }

    public ReportEditorModel(ReportService reports, PlanService plans, ReportsViewModel owner, BackgroundRunner runner,
                             DialogService dialogs) {
        this.reports = reports;
        this.plans = plans;
        this.owner = owner;
        this.runner = runner;
        this.dialogs = dialogs;
        for (Observable o : new Observable[]{receivedOn, progress, problems, nextSteps, figures, contributions}) {
            o.addListener(x -> {
                if (!filling) {
                    dirty.set(true);
                }
            });
        }
    }

    public ReadOnlyObjectProperty<MatrixCell> cellProperty() {
        return cell;
    }

    public ObjectProperty<LocalDate> receivedOnProperty() {
        return receivedOn;
    }

    public StringProperty progressProperty() {
        return progress;
    }

    public StringProperty problemsProperty() {
        return problems;
    }

    public StringProperty nextStepsProperty() {
        return nextSteps;
    }

    public ObservableList<FigureRow> figures() {
        return figures;
    }

    public ObservableList<ContributionRow> contributions() {
        return contributions;
    }

    /** The units that may contribute: the task's responsible units. */
    public ObservableList<UnitRef> contributors() {
        return contributors;
    }

    public ObservableList<Attachment> attachments() {
        return attachments;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** Opens a cell's report; unsaved changes to the one open are kept only if the clerk says so. */
    public void open(MatrixCell next) {
        MatrixCell now = cell.get();
        if (next != null && now != null && next.key().equals(now.key())) {
            cell.set(next); // the same report, seen again after a refresh: its status may have changed
            return;
        }
        if (dirty.get() && now != null && !dialogs.confirm(t("reports.editor.discard"))) {
            return;
        }
        if (next == null) {
            fill(new Loaded(null, null, List.of()));
            return;
        }
        runner.run(() -> new Loaded(next, reports.report(next.key()).orElse(null), plans.task(next.key().taskId()).responsible()),
                this::fill, dialogs::showError);
    }

    /** 2024年第二季度 for the cell's period. */
    public String periodLabel(MatrixCell c) {
        return owner.overviewOf(c.key().periodId()).map(p -> p.period().label()).orElse("");
    }

    public void markReceivedToday() {
        receivedOn.set(reports.today());
    }

    public void addFigure() {
        figures.add(new FigureRow("", "", ""));
    }

    public void addContribution() {
        contributions.add(new ContributionRow(null, ""));
    }

    public void save() {
        MatrixCell c = cell.get();
        if (c == null) {
            return;
        }
        ReportDraft draft;
        try {
            draft = draft();
        } catch (IllegalArgumentException e) {
            dialogs.showError(e.getMessage());
            return;
        }
        ReportKey key = c.key();
        owner.withReason(key.periodId(), reason -> runner.run(() -> reports.saveReport(key, draft, reason), saved -> {
            fill(new Loaded(c, saved, List.copyOf(contributors)));
            status.set(t("reports.status.saved"));
            owner.refresh();
        }, dialogs::showError));
    }

    public void addAttachments(List<Path> files) {
        MatrixCell c = cell.get();
        if (c == null || files.isEmpty()) {
            return;
        }
        owner.withReason(c.key().periodId(), reason -> runner.run(() -> {
            List<Attachment> added = new ArrayList<>();
            for (Path f : files) {
                added.add(reports.addAttachment(c.key(), f, reason));
            }
            return added;
        }, added -> {
            attachments.addAll(added);
            status.set(t("reports.status.attached", added.size()));
            owner.refresh();
        }, dialogs::showError));
    }

    public void removeAttachment(Attachment a) {
        if (a == null || !dialogs.confirm(t("reports.attachment.removeConfirm", a.originalName()))) {
            return;
        }
        owner.withReason(cell.get().key().periodId(), reason -> runner.run(() -> {
            reports.removeAttachment(a.id(), reason);
            return a;
        }, removed -> {
            attachments.remove(removed);
            status.set(t("reports.status.attachmentRemoved"));
            owner.refresh();
        }, dialogs::showError));
    }

    /** Finds an attachment's file and hands it to {@code opener} (which shows it with the system's program). */
    public void openAttachment(Attachment a, Consumer<Path> opener) {
        if (a != null) {
            runner.run(() -> reports.attachmentFile(a.id()), opener, dialogs::showError);
        }
    }

    private ReportDraft draft() {
        List<Figure> fs = new ArrayList<>();
        for (FigureRow r : figures) {
            String name = r.nameProperty().get().strip();
            String amount = r.amountProperty().get().strip().replace(",", "").replace("，", "");
            if (name.isEmpty() && amount.isEmpty()) {
                continue;
            }
            BigDecimal value = null;
            if (!amount.isEmpty()) {
                try {
                    value = new BigDecimal(amount);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(t("reports.figure.notNumber", name, amount));
                }
            }
            fs.add(new Figure(name, value, r.unitLabelProperty().get()));
        }
        List<ReportDraft.ContributionDraft> cs = new ArrayList<>();
        for (ContributionRow r : contributions) {
            if (r.unitProperty().get() == null) {
                if (!r.contentProperty().get().isBlank()) {
                    throw new IllegalArgumentException(t("reports.contribution.noUnit"));
                }
                continue;
            }
            cs.add(new ReportDraft.ContributionDraft(r.unitProperty().get().id(), r.contentProperty().get()));
        }
        return new ReportDraft(receivedOn.get(), progress.get(), problems.get(), nextSteps.get(), fs, cs);
    }

    private void fill(Loaded loaded) {
        filling = true;
        try {
            TaskReport r = loaded.report();
            contributors.setAll(loaded.contributors());
            receivedOn.set(r == null ? null : r.receivedOn());
            progress.set(r == null || r.progress() == null ? "" : r.progress());
            problems.set(r == null || r.problems() == null ? "" : r.problems());
            nextSteps.set(r == null || r.nextSteps() == null ? "" : r.nextSteps());
            figures.setAll(r == null ? List.of() : r.figures().stream()
                    .map(f -> new FigureRow(f.name(), f.amount().stripTrailingZeros().toPlainString(), f.unitLabel())).toList());
            contributions.setAll(r == null ? List.of() : r.contributions().stream()
                    .map(x -> new ContributionRow(x.unit(), x.content())).toList());
            attachments.setAll(r == null ? List.of() : r.attachments());
            if (cell.get() == null || loaded.cell() == null || !cell.get().key().equals(loaded.cell().key())) {
                status.set("");
            }
            cell.set(loaded.cell());
            dirty.set(false);
        } finally {
            filling = false;
        }
    }
}
