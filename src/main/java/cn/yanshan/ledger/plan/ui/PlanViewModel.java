package cn.yanshan.ledger.plan.ui;

import cn.yanshan.ledger.plan.Measure;
import cn.yanshan.ledger.plan.PlanOutline;
import cn.yanshan.ledger.plan.PlanService;
import cn.yanshan.ledger.plan.TaskDetail;
import cn.yanshan.ledger.ui.BackgroundRunner;
import cn.yanshan.ledger.ui.DialogService;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

import static cn.yanshan.ledger.ui.I18n.t;
import java.util.concurrent.Callable;

/** State and actions of 任务分解: the outline, the selected task and the edits made to it. */
public final class PlanViewModel {

    private final PlanService plans;
    private final BackgroundRunner runner;
    private final DialogService dialogs;

    private final ObjectProperty<PlanOutline> outline = new SimpleObjectProperty<>();
    private final ObjectProperty<TaskDetail> selected = new SimpleObjectProperty<>();
    private final StringProperty titleDraft = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");

    public PlanViewModel(PlanService plans, BackgroundRunner runner, DialogService dialogs) {
        this.plans = plans;
        this.runner = runner;
        this.dialogs = dialogs;
        selected.addListener((obs, old, now) -> titleDraft.set(now == null ? "" : now.task().title()));
    }

    public ReadOnlyObjectProperty<PlanOutline> outlineProperty() {
        return outline;
    }

    public ReadOnlyObjectProperty<TaskDetail> selectedProperty() {
        return selected;
    }

    public StringProperty titleDraftProperty() {
        return titleDraft;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** Loads the outline; keeps the selected task selected. */
    public void load() {
        runner.run(plans::outline, outline::set, dialogs::showError);
        TaskDetail current = selected.get();
        if (current != null) {
            select(current.task().id());
        }
    }

    public void select(long taskId) {
        runner.run(() -> plans.task(taskId), selected::set, dialogs::showError);
    }

    public void clearSelection() {
        selected.set(null);
    }

    public boolean titleChanged() {
        TaskDetail t = selected.get();
        return t != null && !t.task().title().equals(titleDraft.get().strip());
    }

    public void saveTitle() {
        TaskDetail t = selected.get();
        if (t == null || !titleChanged()) {
            return;
        }
        change(() -> plans.renameTask(t.task().id(), titleDraft.get()), t("plan.status.titleSaved"), true);
    }

    public void addMeasure(String content) {
        withTask(task -> change(() -> plans.addMeasure(task.task().id(), content), t("plan.status.measureAdded"), false));
    }

    public void editMeasure(Measure measure, String content) {
        withTask(task -> change(() -> plans.editMeasure(task.task().id(), measure.id(), content), t("plan.status.measureSaved"), false));
    }

    public void removeMeasure(Measure measure) {
        withTask(task -> change(() -> plans.removeMeasure(task.task().id(), measure.id()), t("plan.status.measureRemoved"), false));
    }

    public void moveMeasure(Measure measure, int delta) {
        withTask(task -> change(() -> plans.moveMeasure(task.task().id(), measure.id(), delta), t("plan.status.measureMoved"), false));
    }

    public void setRoles(List<Long> leads, List<Long> responsible) {
        withTask(task -> change(() -> plans.setRoles(task.task().id(), leads, responsible), t("plan.status.rolesSaved"), false));
    }

    private void withTask(java.util.function.Consumer<TaskDetail> action) {
        TaskDetail t = selected.get();
        if (t != null) {
            action.accept(t);
        }
    }

    private void change(Callable<TaskDetail> edit, String doneText, boolean reloadOutline) {
        runner.run(edit, detail -> {
            selected.set(detail);
            status.set(doneText);
            if (reloadOutline) {
                runner.run(plans::outline, outline::set, dialogs::showError);
            }
        }, dialogs::showError);
    }
}
