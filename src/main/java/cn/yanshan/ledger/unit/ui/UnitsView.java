package cn.yanshan.ledger.unit.ui;

import cn.yanshan.ledger.plan.UnitTask;
import cn.yanshan.ledger.ui.DialogService;
import cn.yanshan.ledger.ui.Navigator;
import cn.yanshan.ledger.ui.View;
import cn.yanshan.ledger.unit.Unit;
import cn.yanshan.ledger.unit.UnitKind;
import cn.yanshan.ledger.ui.Tables;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;


import static cn.yanshan.ledger.ui.I18n.t;

/** 单位: every unit with kind, aliases, contact and the tasks it leads or shares; editable; searchable by pinyin. */
public final class UnitsView implements View {

    private final UnitsViewModel model;
    private final DialogService dialogs;
    private final TableView<Unit> table = new TableView<>();
    private final ListView<String> aliases = new ListView<>();
    private final ListView<UnitTask> tasks = new ListView<>();
    private final Label name = new Label();
    private final VBox detail;
    private final SplitPane root;

    public UnitsView(UnitsViewModel model, DialogService dialogs, Navigator navigator) {
        this.model = model;
        this.dialogs = dialogs;

        TextField search = new TextField();
        search.setId("unit-search");
        search.setPromptText(t("unit.search.prompt"));
        search.textProperty().bindBidirectional(model.queryProperty());
        table.setId("unit-table");
        table.setItems(model.results());
        table.setPlaceholder(new Label(t("unit.search.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Tables.column(t("unit.name"), Unit::name, 250));
        table.getColumns().add(Tables.column(t("unit.kind"), u -> u.kind().label(), 90));
        table.getColumns().add(Tables.column(t("unit.contact"), Unit::contactPerson, 90));
        table.getColumns().add(Tables.column(t("unit.phone"), Unit::phone, 120));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, u) -> {
            if (u != null && (model.selectedProperty().get() == null || model.selectedProperty().get().id() != u.id())) {
                model.select(u);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        Button add = new Button(t("unit.add"));
        add.setId("unit-new");
        add.setOnAction(e -> dialogs.editText(t("unit.add"), t("unit.name"), "", false).ifPresent(model::addUnit));
        VBox left = new VBox(8, new HBox(8, search, add), table);
        HBox.setHgrow(search, Priority.ALWAYS);
        left.setPadding(new Insets(12));

        name.setId("unit-name");
        name.getStyleClass().add("detail-title");
        detail = new VBox(12, name, form(), aliasesBox(), tasksBox(navigator));
        detail.setPadding(new Insets(16));
        detail.getStyleClass().add("detail-pane");
        detail.setDisable(true);
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        root = new SplitPane(left, scroll);
        root.setDividerPositions(0.5);
        root.setId("units-view");

        model.selectedProperty().addListener((obs, old, u) -> showUnit(u));
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activate() {
        model.search();
    }

    public void showUnit(long unitId) {
        model.queryProperty().set("");
        model.select(unitId);
    }

    private void showUnit(Unit u) {
        detail.setDisable(u == null);
        name.setText(u == null ? "" : u.name() + (u.townshipCode() == null ? "" : "（" + u.townshipCode() + "）"));
        aliases.getItems().setAll(u == null ? java.util.List.of() : u.aliases());
        if (u != null && table.getSelectionModel().getSelectedItem() != u) {
            table.getItems().stream().filter(x -> x.id() == u.id()).findFirst().ifPresent(x -> {
                table.getSelectionModel().select(x);
                table.scrollTo(x);
            });
        }
    }

    private Node form() {
        ComboBox<UnitKind> kind = new ComboBox<>();
        kind.setId("unit-kind");
        kind.getItems().setAll(UnitKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(UnitKind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public UnitKind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(model.kindProperty());
        TextField contact = boundField("unit-contact", model.contactProperty());
        TextField phone = boundField("unit-phone", model.phoneProperty());
        TextField email = boundField("unit-email", model.emailProperty());
        TextArea note = new TextArea();
        note.setId("unit-note");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(model.noteProperty());
        Button save = new Button(t("unit.save"));
        save.setId("unit-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> model.save());
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("status-text");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(t("unit.kind")), kind);
        grid.addRow(1, new Label(t("unit.contact")), contact);
        grid.addRow(2, new Label(t("unit.phone")), phone);
        grid.addRow(3, new Label(t("unit.email")), email);
        grid.addRow(4, new Label(t("unit.note")), note);
        grid.add(new HBox(10, save, status), 1, 5);
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(captions, fields);
        return grid;
    }

    private Node aliasesBox() {
        aliases.setId("unit-aliases");
        aliases.setPrefHeight(120);
        aliases.setPlaceholder(new Label(t("unit.aliases.none")));
        Button add = new Button(t("unit.alias.add"));
        add.setId("alias-add");
        add.setOnAction(e -> dialogs.editText(t("unit.alias.add"), t("unit.alias"), "", false).ifPresent(model::addAlias));
        Button remove = new Button(t("unit.alias.remove"));
        remove.setId("alias-remove");
        remove.setOnAction(e -> {
            String alias = aliases.getSelectionModel().getSelectedItem();
            if (alias != null) {
                model.removeAlias(alias);
            }
        });
        return new VBox(6, caption(t("unit.aliases")), aliases, new HBox(8, add, remove));
    }

    private Node tasksBox(Navigator navigator) {
        tasks.setId("unit-tasks");
        tasks.setItems(model.tasks());
        tasks.setPrefHeight(200);
        tasks.setPlaceholder(new Label(t("unit.tasks.none")));
        tasks.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(UnitTask item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : "【" + item.role().label() + "】 "
                        + (item.task().sectionNumber() == 1 ? t("plan.section.short.1") : t("plan.section.short.2"))
                        + item.task().number() + "  " + item.task().title());
            }
        });
        tasks.setOnMouseClicked(e -> {
            UnitTask item = tasks.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && item != null) {
                navigator.showTask(item.task().id());
            }
        });
        return new VBox(6, caption(t("unit.tasks")), tasks);
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-caption");
        return l;
    }

    private static TextField boundField(String id, javafx.beans.property.StringProperty property) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(property);
        return f;
    }
}
