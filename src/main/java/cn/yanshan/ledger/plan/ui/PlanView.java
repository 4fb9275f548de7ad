package cn.yanshan.ledger.plan.ui;

import cn.yanshan.ledger.plan.Measure;
import cn.yanshan.ledger.plan.PlanOutline;
import cn.yanshan.ledger.plan.Section;
import cn.yanshan.ledger.plan.Task;
import cn.yanshan.ledger.plan.TaskDetail;
import cn.yanshan.ledger.ui.DialogService;
import cn.yanshan.ledger.ui.Navigator;
import cn.yanshan.ledger.unit.ui.UnitLinks;
import cn.yanshan.ledger.ui.View;
import cn.yanshan.ledger.unit.UnitService;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import static cn.yanshan.ledger.ui.I18n.t;

/** 任务分解: sections and tasks as a tree; the selected task's title, units, deadline and measures, editable. */
public final class PlanView implements View {

    private final PlanViewModel model;
    private final DialogService dialogs;
    private final UnitService units;
    private final UnitLinks links;

    private final TreeView<Object> tree = new TreeView<>();
    private final Label code = new Label();
    private final TextField title = new TextField();
    private final Label deadline = new Label();
    private final FlowPane leads = new FlowPane(6, 4);
    private final FlowPane responsible = new FlowPane(6, 4);
    private final ListView<Measure> measures = new ListView<>();
    private final Label status = new Label();
    private final VBox detail;
    private final SplitPane root;

    public PlanView(PlanViewModel model, DialogService dialogs, UnitService units, Navigator navigator) {
        this.model = model;
        this.dialogs = dialogs;
        this.units = units;
        this.links = new UnitLinks(navigator, units);
        tree.setId("plan-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new OutlineCell());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item.getValue() instanceof Task task) {
                model.select(task.id());
            }
        });
        title.setId("task-title");
        title.textProperty().bindBidirectional(model.titleDraftProperty());
        title.setOnAction(e -> model.saveTitle());
        title.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.saveTitle();
            }
        });
        deadline.setId("task-deadline");
        deadline.setWrapText(true);
        leads.setId("task-leads");
        responsible.setId("task-responsible");
        measures.setId("measure-list");
        measures.setCellFactory(v -> new MeasureCell());
        measures.setPlaceholder(new Label(t("plan.measures.empty")));
        measures.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                editSelectedMeasure();
            }
        });
        VBox.setVgrow(measures, Priority.ALWAYS);
        code.getStyleClass().add("task-code");
        status.setId("plan-status");
        status.getStyleClass().add("status-text");
        status.textProperty().bind(model.statusProperty());

        detail = new VBox(10,
                code,
                labelled(t("plan.task.title"), title),
                labelled(t("plan.task.deadline"), deadline),
                labelled(t("plan.task.leads"), leads),
                labelled(t("plan.task.responsible"), responsible),
                new HBox(12, button("task-roles-edit", t("plan.roles.edit"), this::editRoles), status),
                new Label(t("plan.task.measures")),
                measureButtons(),
                measures);
        detail.setPadding(new Insets(16));
        detail.getStyleClass().add("detail-pane");
        detail.setDisable(true);
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        root = new SplitPane(tree, scroll);
        root.setOrientation(Orientation.HORIZONTAL);
        root.setDividerPositions(0.34);
        root.setId("plan-view");

        model.outlineProperty().addListener((obs, old, outline) -> showOutline(outline));
        model.selectedProperty().addListener((obs, old, task) -> showTask(task));
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activate() {
        model.load();
    }

    /** Selects a task in the tree, as when another screen opens it. */
    public void selectTask(long taskId) {
        for (TreeItem<Object> section : tree.getRoot() == null ? java.util.List.<TreeItem<Object>>of() : tree.getRoot().getChildren()) {
            for (TreeItem<Object> item : section.getChildren()) {
                if (item.getValue() instanceof Task task && task.id() == taskId) {
                    tree.getSelectionModel().select(item);
                    tree.scrollTo(tree.getRow(item));
                    return;
                }
            }
        }
        model.select(taskId);
    }

    private void showOutline(PlanOutline outline) {
        Object selectedValue = model.selectedProperty().get();
        TreeItem<Object> rootItem = new TreeItem<>(outline.plan());
        for (Section section : outline.sections()) {
            TreeItem<Object> sectionItem = new TreeItem<>(section);
            sectionItem.setExpanded(true);
            outline.tasksOf(section).forEach(task -> sectionItem.getChildren().add(new TreeItem<>(task)));
            rootItem.getChildren().add(sectionItem);
        }
        tree.setRoot(rootItem);
        if (selectedValue instanceof TaskDetail d) {
            selectTask(d.task().id());
        } else if (!outline.tasks().isEmpty()) {
            selectTask(outline.tasks().get(0).id());
        }
    }

    private void showTask(TaskDetail task) {
        detail.setDisable(task == null);
        if (task == null) {
            return;
        }
        code.setText(t("plan.task.code", task.task().sectionNumber() == 1 ? t("plan.section.short.1") : t("plan.section.short.2"), task.task().number()));
        deadline.setText(task.task().deadlineText() == null ? t("plan.task.noDeadline") : task.task().deadlineText());
        links.fill(leads, task.leads());
        links.fill(responsible, task.responsible());
        Measure previouslySelected = measures.getSelectionModel().getSelectedItem();
        measures.getItems().setAll(task.measures());
        if (previouslySelected != null) {
            task.measures().stream().filter(m -> m.id() == previouslySelected.id()).findFirst()
                    .ifPresent(m -> measures.getSelectionModel().select(m));
        }
    }

    private Node measureButtons() {
        HBox box = new HBox(8,
                button("measure-add", t("plan.measure.add"), () -> dialogs.editText(t("plan.measure.add"), t("plan.measure.content"), "", true)
                        .ifPresent(model::addMeasure)),
                button("measure-edit", t("plan.measure.edit"), this::editSelectedMeasure),
                button("measure-up", t("plan.measure.up"), () -> moveSelected(-1)),
                button("measure-down", t("plan.measure.down"), () -> moveSelected(1)),
                button("measure-remove", t("plan.measure.remove"), this::removeSelectedMeasure));
        return box;
    }

    private void editSelectedMeasure() {
        Measure m = measures.getSelectionModel().getSelectedItem();
        if (m != null) {
            dialogs.editText(t("plan.measure.edit"), t("plan.measure.content"), m.content(), true)
                    .ifPresent(text -> model.editMeasure(m, text));
        }
    }

    private void moveSelected(int delta) {
        Measure m = measures.getSelectionModel().getSelectedItem();
        if (m != null) {
            model.moveMeasure(m, delta);
        }
    }

    private void removeSelectedMeasure() {
        Measure m = measures.getSelectionModel().getSelectedItem();
        if (m != null && dialogs.confirm(t("plan.measure.removeConfirm", m.position()))) {
            model.removeMeasure(m);
        }
    }

    private void editRoles() {
        TaskDetail task = model.selectedProperty().get();
        if (task != null) {
            new RolesDialog(units.all(), task, root.getScene().getWindow()).showAndWait()
                    .ifPresent(r -> model.setRoles(r.leads(), r.responsible()));
        }
    }

    private static Node labelled(String caption, Node content) {
        Label label = new Label(caption);
        label.getStyleClass().add("field-caption");
        return new VBox(4, label, content);
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
