package cn.yanshan.ledger.person.ui;

import cn.yanshan.ledger.person.Person;
import cn.yanshan.ledger.person.WorkingAge;
import cn.yanshan.ledger.person.ui.PersonPageModel.PlacementLine;
import cn.yanshan.ledger.placement.Placement;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import static cn.yanshan.ledger.ui.I18n.t;

/** A person's page: every field, age and working age, flags, and their placements with whether each counts. */
final class PersonPage {

    /** The values in reading order: key (also the control id, person-KEY) and caption. */
    private static final String[][] FIELDS = {
        {"gender", t("person.field.gender")}, {"birth", t("person.field.birth")}, {"age", t("person.field.age")},
        {"status", t("person.field.status")},
        {"id", t("person.field.id")}, {"certificate", t("person.field.certificate")},
        {"household", t("person.field.household")}, {"phone", t("person.field.phone")},
        {"category", t("person.field.category")}, {"level", t("person.field.level")},
        {"township", t("person.field.township")}, {"village", t("person.field.village")},
        {"education", t("person.field.education")}, {"flags", t("person.field.flags")},
        {"graduation", t("person.field.graduation")}, {"note", t("person.field.note")}};
    private static final int PAIRS_PER_ROW = 4;

    private final PersonPageModel model;
    private final Label name = new Label();
    private final Map<String, Label> values = new LinkedHashMap<>();
    private final ToggleButton showId = new ToggleButton();
    private final Button edit = new Button(t("person.edit"));
    private final Label placementsCaption = new Label();
    private final VBox content;
    private final Label empty = new Label(t("person.page.empty"));
    private final ScrollPane root;

    PersonPage(PersonPageModel model, Runnable onEdit, Runnable onDelete) {
        this.model = model;
        name.setId("person-name");
        name.getStyleClass().add("detail-title");
        edit.setId("person-edit");
        edit.setOnAction(e -> onEdit.run());
        Button delete = new Button(t("person.delete"));
        delete.setId("person-delete");
        delete.setOnAction(e -> onDelete.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, name, spacer, edit, delete);
        header.setAlignment(Pos.CENTER_LEFT);

        showId.setId("person-id-show");
        showId.selectedProperty().bindBidirectional(model.showFullIdProperty());
        showId.textProperty().bind(Bindings.when(showId.selectedProperty())
                .then(t("person.id.hide")).otherwise(t("person.id.show")));
        showId.getStyleClass().add("small-button");

        placementsCaption.getStyleClass().add("section-title");
        TableView<PlacementLine> placements = placementTable();
        placements.setItems(model.placements());
        content = new VBox(8, header, fields(), placementsCaption, placements);
        content.setPadding(new Insets(10, 16, 12, 16));
        content.getStyleClass().add("detail-pane");
        empty.getStyleClass().add("muted");
        empty.setPadding(new Insets(16));
        root = new ScrollPane(empty);
        root.setFitToWidth(true);
        root.setId("person-page");

        model.personProperty().addListener((obs, old, p) -> show(p));
        model.showFullIdProperty().addListener((obs, old, now) -> show(model.personProperty().get()));
    }

    Node root() {
        return root;
    }

    /** Puts the keyboard on the page's first button. */
    void focus() {
        if (model.personProperty().get() != null) {
            edit.requestFocus();
        }
    }

    private void show(Person p) {
        if (p == null) {
            root.setContent(empty);
            return;
        }
        boolean full = model.showFullIdProperty().get();
        name.setText(p.name());
        set("gender", p.gender().label());
        set("birth", PersonTexts.DATE.format(p.birthDate()));
        set("age", PersonTexts.age(p, model.today()));
        set("id", PersonTexts.id(p.idNumber(), full));
        set("certificate", PersonTexts.certificate(p.certificateNumber(), full));
        set("household", PersonTexts.id(p.householdIdNumber(), full));
        set("category", p.category().fullLabel());
        set("level", p.level().label());
        set("status", PersonTexts.status(p));
        set("township", p.township().name());
        set("village", PersonTexts.orNone(p.village()));
        set("phone", PersonTexts.phone(p.phone(), full));
        set("education", PersonTexts.orNone(p.education()));
        set("flags", PersonTexts.orNone(PersonTexts.flags(p.flags())));
        set("graduation", p.graduationYear() == null ? t("person.none") : p.graduationYear() + "年");
        set("note", PersonTexts.orNone(p.note()));
        placementsCaption.setText(t("person.placements", String.valueOf(model.placements().size())));
        root.setContent(content);
    }

    private void set(String key, String text) {
        values.get(key).setText(text);
    }

    private Node fields() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        for (int i = 0; i < FIELDS.length; i++) {
            String key = FIELDS[i][0];
            Label caption = new Label(FIELDS[i][1]);
            caption.getStyleClass().add("field-caption");
            caption.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label();
            value.setId("person-" + key);
            if (key.equals("id") || key.equals("certificate") || key.equals("household")) {
                value.setMinWidth(Region.USE_PREF_SIZE);
            } else {
                value.setWrapText(true);
            }
            if (key.equals("age")) {
                value.setTooltip(new Tooltip(t("person.age.rule", WorkingAge.MIN_AGE,
                        WorkingAge.MAX_AGE_MEN, WorkingAge.MAX_AGE_WOMEN)));
            }
            values.put(key, value);
            Node shown = key.equals("id") ? new HBox(6, value, showId) : value;
            grid.add(caption, (i % PAIRS_PER_ROW) * 2, i / PAIRS_PER_ROW);
            grid.add(shown, (i % PAIRS_PER_ROW) * 2 + 1, i / PAIRS_PER_ROW);
        }
        for (int c = 0; c < PAIRS_PER_ROW * 2; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            if (c % 2 == 1) {
                cc.setHgrow(Priority.ALWAYS);
                cc.setPercentWidth(19);
            }
            grid.getColumnConstraints().add(cc);
        }
        return grid;
    }

    private static TableView<PlacementLine> placementTable() {
        TableView<PlacementLine> table = new TableView<>();
        table.setId("person-placements");
        table.getColumns().add(col(t("person.placement.date"), pl -> PersonTexts.DATE.format(pl.placedOn()), 120));
        table.getColumns().add(col(t("person.placement.form"), pl -> pl.form().shortLabel(), 110));
        table.getColumns().add(col(t("person.placement.employer"), Placement::employer, 190));
        table.getColumns().add(col(t("person.placement.job"), Placement::job, 100));
        table.getColumns().add(col(t("person.placement.location"), pl -> pl.location().label(), 80));
        table.getColumns().add(col(t("person.placement.income"),
                pl -> pl.monthlyIncome() == null ? "" : pl.monthlyIncome().toPlainString(), 90));
        TableColumn<PlacementLine, String> counted = PersonTable.column("",
                (PlacementLine l) -> PersonTexts.counted(l.counted()), 150);
        Label countedHeader = new Label(t("person.placement.counted"));
        countedHeader.setTooltip(new Tooltip(t("person.placement.counted.rule")));
        counted.setGraphic(countedHeader);
        table.getColumns().add(counted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(t("person.placements.none")));
        table.setFixedCellSize(28);
        table.setPrefHeight(28 * 3 + 32);
        table.setMinHeight(28 * 2 + 32);
        return table;
    }

    private static TableColumn<PlacementLine, String> col(String title, Function<Placement, String> value,
                                                          double width) {
        return PersonTable.column(title, (PlacementLine l) -> value.apply(l.placement()), width);
    }
}
