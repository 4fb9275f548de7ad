package cn.yanshan.ledger.unit.ui;

import cn.yanshan.ledger.plan.PlanService;
import cn.yanshan.ledger.plan.UnitTask;
import cn.yanshan.ledger.ui.BackgroundRunner;
import cn.yanshan.ledger.ui.DialogService;
import cn.yanshan.ledger.ui.I18n;
import cn.yanshan.ledger.unit.Unit;
import cn.yanshan.ledger.unit.UnitKind;
import cn.yanshan.ledger.unit.UnitService;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/** State and actions of 单位: the search, the list, the selected unit and its draft. */
public final class UnitsViewModel {

    private final UnitService units;
    private final PlanService plans;
    private final BackgroundRunner runner;
    private final DialogService dialogs;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Unit> results = FXCollections.observableArrayList();
    private final ObjectProperty<Unit> selected = new SimpleObjectProperty<>();
    private final ObservableList<UnitTask> tasks = FXCollections.observableArrayList();
    private final ObjectProperty<UnitKind> kind = new SimpleObjectProperty<>();
    private final StringProperty contact = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");

    public UnitsViewModel(UnitService units, PlanService plans, BackgroundRunner runner, DialogService dialogs) {
        this.units = units;
        this.plans = plans;
        this.runner = runner;
        this.dialogs = dialogs;
        query.addListener((obs, old, q) -> search());
        selected.addListener((obs, old, u) -> showDraft(u));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Unit> results() {
        return results;
    }

    public ReadOnlyObjectProperty<Unit> selectedProperty() {
        return selected;
    }

    public ObservableList<UnitTask> tasks() {
        return tasks;
    }

    public ObjectProperty<UnitKind> kindProperty() {
        return kind;
    }

    public StringProperty contactProperty() {
        return contact;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public void search() {
        String q = query.get();
        runner.run(() -> units.search(q), results::setAll, dialogs::showError);
    }

    public void select(Unit unit) {
        if (unit == null) {
            selected.set(null);
            tasks.clear();
            return;
        }
        selected.set(unit);
        runner.run(() -> plans.tasksOfUnit(unit.id()), tasks::setAll, dialogs::showError);
    }

    public void select(long unitId) {
        runner.run(() -> units.byId(unitId).orElse(null), this::select, dialogs::showError);
    }

    public void save() {
        Unit u = selected.get();
        if (u == null) {
            return;
        }
        Unit edited = u.withDetails(kind.get(), contact.get(), phone.get(), email.get(), note.get());
        runner.run(() -> units.saveDetails(edited), saved -> {
            selected.set(saved);
            replaceInResults(saved);
            status.set(I18n.t("unit.status.saved", saved.name()));
        }, dialogs::showError);
    }

    public void addAlias(String alias) {
        Unit u = selected.get();
        if (u != null) {
            runner.run(() -> units.addAlias(u.id(), alias), this::afterAliasChange, dialogs::showError);
        }
    }

    public void removeAlias(String alias) {
        Unit u = selected.get();
        if (u != null) {
            runner.run(() -> units.removeAlias(u.id(), alias), this::afterAliasChange, dialogs::showError);
        }
    }

    public void addUnit(String name) {
        runner.run(() -> units.addUnit(name, UnitKind.OTHER), added -> {
            query.set("");
            search();
            select(added);
            status.set(I18n.t("unit.status.added", added.name()));
        }, dialogs::showError);
    }

    /** True when the draft differs from the saved unit. */
    public boolean isDirty() {
        Unit u = selected.get();
        return u != null && !u.withDetails(kind.get(), contact.get(), phone.get(), email.get(), note.get())
                .equals(u.withDetails(u.kind(), nullToEmpty(u.contactPerson()), nullToEmpty(u.phone()),
                        nullToEmpty(u.email()), nullToEmpty(u.note())));
    }

    private void afterAliasChange(Unit updated) {
        Unit draft = updated.withDetails(kind.get(), contact.get(), phone.get(), email.get(), note.get());
        selected.set(updated);
        showDraft(draft);
        replaceInResults(updated);
    }

    private void replaceInResults(Unit unit) {
        List<Unit> copy = List.copyOf(results);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).id() == unit.id()) {
                results.set(i, unit);
            }
        }
    }

    private void showDraft(Unit u) {
        kind.set(u == null ? null : u.kind());
        contact.set(u == null ? "" : nullToEmpty(u.contactPerson()));
        phone.set(u == null ? "" : nullToEmpty(u.phone()));
        email.set(u == null ? "" : nullToEmpty(u.email()));
        note.set(u == null ? "" : nullToEmpty(u.note()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
