package cn.yanshan.ledger.plan.ui;

import cn.yanshan.ledger.plan.TaskDetail;
import cn.yanshan.ledger.ui.FxDialogService;
import cn.yanshan.ledger.unit.Unit;
import cn.yanshan.ledger.unit.UnitRef;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static cn.yanshan.ledger.ui.I18n.t;

/** Chooses a task's lead and responsible units from the whole list of units. */
final class RolesDialog extends Dialog<RolesDialog.Result> {

    record Result(List<Long> leads, List<Long> responsible) {
    }

    /** One unit and the two roles it may have in the task. */
    static final class Row {
        final Unit unit;
        final BooleanProperty lead = new SimpleBooleanProperty();
        final BooleanProperty responsible = new SimpleBooleanProperty();
        final int order;

        Row(Unit unit, boolean lead, boolean responsible, int order) {
            this.unit = unit;
            this.lead.set(lead);
            this.responsible.set(responsible);
            this.order = order;
        }
    }

    RolesDialog(List<Unit> units, TaskDetail task, Window owner) {
        initOwner(owner);
        setTitle(t("plan.roles.title", task.task().title()));
        setResizable(true);
        List<Long> leadIds = task.leads().stream().map(UnitRef::id).toList();
        List<Long> respIds = task.responsible().stream().map(UnitRef::id).toList();
        ObservableList<Row> rows = FXCollections.observableArrayList();
        for (Unit u : units) {
            // units already in the task keep their place in the plan's order; others follow
            int order = leadIds.contains(u.id()) ? leadIds.indexOf(u.id())
                    : respIds.contains(u.id()) ? 1000 + respIds.indexOf(u.id()) : 10_000 + rows.size();
            rows.add(new Row(u, leadIds.contains(u.id()), respIds.contains(u.id()), order));
        }
        FilteredList<Row> filtered = new FilteredList<>(rows);
        TextField filter = new TextField();
        filter.setId("roles-filter");
        filter.setPromptText(t("plan.roles.filter"));
        filter.textProperty().addListener((obs, old, q) -> filtered.setPredicate(r -> q == null || q.isBlank()
                || r.unit.name().contains(q.strip()) || r.unit.aliases().stream().anyMatch(a -> a.contains(q.strip()))));

        TableView<Row> table = new TableView<>(filtered);
        table.setId("roles-table");
        table.setEditable(true);
        TableColumn<Row, String> name = new TableColumn<>(t("unit.name"));
        name.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().unit.name()));
        name.setPrefWidth(320);
        TableColumn<Row, Boolean> lead = new TableColumn<>(t("plan.task.leads"));
        lead.setCellValueFactory(c -> c.getValue().lead);
        lead.setCellFactory(CheckBoxTableCell.forTableColumn(lead));
        lead.setEditable(true);
        TableColumn<Row, Boolean> resp = new TableColumn<>(t("plan.task.responsible"));
        resp.setCellValueFactory(c -> c.getValue().responsible);
        resp.setCellFactory(CheckBoxTableCell.forTableColumn(resp));
        resp.setEditable(true);
        table.getColumns().add(name);
        table.getColumns().add(lead);
        table.getColumns().add(resp);
        table.setPrefSize(560, 460);
        table.setPlaceholder(new Label(t("table.empty")));

        getDialogPane().setContent(new VBox(8, new Label(t("plan.roles.hint")), filter, table));
        getDialogPane().getButtonTypes().addAll(FxDialogService.OK, FxDialogService.CANCEL);
        setResultConverter(button -> {
            if (button != FxDialogService.OK) {
                return null;
            }
            List<Row> ordered = rows.stream().sorted(Comparator.comparingInt(r -> r.order)).toList();
            return new Result(ids(ordered, r -> r.lead.get()), ids(ordered, r -> r.responsible.get()));
        });
    }

    private static List<Long> ids(List<Row> rows, Predicate<Row> role) {
        return rows.stream().filter(role).map(r -> r.unit.id()).collect(Collectors.toList());
    }
}
