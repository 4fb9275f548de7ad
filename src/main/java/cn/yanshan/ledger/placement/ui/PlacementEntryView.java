package cn.yanshan.ledger.placement.ui;

import cn.yanshan.ledger.person.PersonField;
import cn.yanshan.ledger.placement.EmploymentForm;
import cn.yanshan.ledger.placement.JobLocation;
import cn.yanshan.ledger.placement.PlacementField;
import cn.yanshan.ledger.plan.Task;
import cn.yanshan.ledger.ui.View;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static cn.yanshan.ledger.ui.I18n.t;

/**
 * 就业登记: keyboard-first entry. Enter moves to the next field (and saves on the last), digits choose the form
 * and the location, Ctrl+S saves; problems show under each field as the clerk types.
 */
public final class PlacementEntryView implements View {

    private final PlacementEntryViewModel model;
    private final List<Control> order = new ArrayList<>();
    private final ScrollPane root;
    private final TextField id;

    public PlacementEntryView(PlacementEntryViewModel model, List<Task> tasks, Function<String, List<String>> places,
                              Function<String, List<String>> units) {
        this.model = model;
        Label count = new Label();
        count.setId("entry-count");
        count.getStyleClass().add("page-title");
        count.textProperty().bind(model.placed.asString().concat(" / ").concat(model.target.asString())
                .concat(" " + t("placement.entry.persons")));
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(320);
        progress.progressProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> model.target.get() == 0 ? 0 : Math.min(1.0, model.placed.get() / (double) model.target.get()),
                model.placed, model.target));
        Label countCaption = new Label(t("placement.entry.countCaption"));
        countCaption.getStyleClass().add("muted");

        id = text("entry-id", model.idNumber, t("placement.entry.idPrompt"));
        GridPane person = grid();
        add(person, 0, 0, t("person.field.idNumber"), id, model.personProblems.get(PersonField.ID_NUMBER));
        add(person, 1, 0, t("person.field.name"), text("entry-name", model.name, ""), model.personProblems.get(PersonField.NAME));
        add(person, 2, 0, t("person.field.certificate"), text("entry-certificate", model.certificate, t("placement.entry.certificatePrompt")),
                model.personProblems.get(PersonField.CERTIFICATE));
        TextField township = text("entry-township", model.township, t("placement.entry.townshipPrompt"));
        Completion.bind(township, places,
                add(person, 0, 1, t("person.field.township"), township, model.personProblems.get(PersonField.TOWNSHIP)));
        add(person, 1, 1, t("person.field.village"), text("entry-village", model.village, ""), model.personProblems.get(PersonField.VILLAGE));
        add(person, 2, 1, t("person.field.phone"), text("entry-phone", model.phone, ""), model.personProblems.get(PersonField.PHONE));
        Label personInfo = new Label();
        personInfo.setId("entry-person-info");
        personInfo.setWrapText(true);
        personInfo.textProperty().bind(model.personInfo);
        for (Node n : List.of(order.get(1), order.get(2), order.get(3), order.get(4), order.get(5))) {
            n.disableProperty().bind(model.existing.isNotNull());
        }

        GridPane placement = grid();
        add(placement, 0, 0, t("placement.field.placedOn"), text("entry-date", model.placedOn, t("placement.entry.datePrompt")),
                model.placementProblems.get(PlacementField.PLACED_ON));
        add(placement, 1, 0, t("placement.field.form"), Choices.forms(model.form), model.placementProblems.get(PlacementField.FORM));
        add(placement, 2, 0, t("placement.field.location"), Choices.locations(model.location),
                model.placementProblems.get(PlacementField.LOCATION));
        add(placement, 0, 1, t("placement.field.employer"), text("entry-employer", model.employer, ""),
                model.placementProblems.get(PlacementField.EMPLOYER));
        add(placement, 1, 1, t("placement.field.job"), text("entry-job", model.job, ""), model.placementProblems.get(PlacementField.JOB));
        add(placement, 2, 1, t("placement.field.income"), text("entry-income", model.income, t("placement.entry.incomePrompt")),
                model.placementProblems.get(PlacementField.INCOME));
        add(placement, 0, 2, t("placement.field.task"), Choices.tasks(model.task, tasks), model.placementProblems.get(PlacementField.TASK));
        TextField unit = text("entry-unit", model.reportingUnit, t("placement.entry.unitPrompt"));
        Completion.bind(unit, units,
                add(placement, 1, 2, t("placement.field.reportingUnit"), unit, model.placementProblems.get(PlacementField.REPORTING_UNIT)));

        Button save = new Button(t("placement.entry.save"));
        save.setId("entry-save");
        save.getStyleClass().add("primary");
        save.setOnAction(e -> save());
        Button clear = new Button(t("placement.entry.clear"));
        clear.setId("entry-clear");
        clear.setOnAction(e -> {
            model.clear();
            id.requestFocus();
        });
        Label status = new Label();
        status.setId("entry-status");
        status.getStyleClass().add("status-text");
        status.setWrapText(true);
        status.textProperty().bind(model.status);
        Label keys = new Label(t("placement.entry.keys"));
        keys.getStyleClass().add("muted");

        VBox content = new VBox(14,
                new HBox(16, count, new VBox(4, countCaption, progress)),
                section(t("placement.entry.personSection")), person, personInfo,
                section(t("placement.entry.placementSection")), placement,
                new HBox(10, save, clear, status), keys);
        content.setPadding(new Insets(20, 24, 20, 24));
        content.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("placement-entry-view");
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activate() {
        model.load();
        // after this pulse's layout, when the form is in the window
        javafx.application.Platform.runLater(id::requestFocus);
    }

    private void save() {
        model.save();
        id.requestFocus();
    }

    /** Enter: next field, or save on the last; Ctrl+S: save. */
    private void onKey(KeyEvent e) {
        if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
            e.consume();
            save();
            return;
        }
        if (e.getCode() != KeyCode.ENTER || !(e.getTarget() instanceof Node target)) {
            return;
        }
        int at = order.indexOf(target);
        if (at < 0) {
            return;
        }
        e.consume();
        Completion.complete(target);
        for (int i = at + 1; i < order.size(); i++) {
            if (!order.get(i).isDisabled()) {
                order.get(i).requestFocus();
                return;
            }
        }
        save();
    }

    private TextField text(String id, StringProperty value, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(16);
        g.setVgap(6);
        return g;
    }

    /**
     * A field with its caption above and its problems below, in the form's Enter order; returns a line under it
     * for suggestions.
     */
    private Label add(GridPane grid, int col, int row, String caption, Control field, StringProperty problem) {
        order.add(field);
        Label c = new Label(caption);
        c.getStyleClass().add("field-caption");
        Label p = new Label();
        p.getStyleClass().add("field-problem");
        p.setWrapText(true);
        p.textProperty().bind(problem);
        p.setId(field.getId() + "-problem");
        field.setMaxWidth(Double.MAX_VALUE);
        Label hint = new Label();
        hint.setId(field.getId() + "-hint");
        hint.managedProperty().bind(hint.textProperty().isNotEmpty());
        VBox box = new VBox(3, c, field, hint, p);
        box.setPrefWidth(300);
        GridPane.setHgrow(box, Priority.ALWAYS);
        grid.add(box, col, row);
        return hint;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    /** The combo boxes; digits choose, as the codes of the national form do. */
    static final class Choices {
        private Choices() {
        }

        static ComboBox<EmploymentForm> forms(javafx.beans.property.ObjectProperty<EmploymentForm> value) {
            ComboBox<EmploymentForm> box = combo("entry-form", value, EmploymentForm.values(),
                    f -> f.code() + " " + f.shortLabel());
            box.addEventHandler(KeyEvent.KEY_TYPED, e -> digit(e).filter(d -> d >= 1 && d <= 7)
                    .flatMap(EmploymentForm::fromCode).ifPresent(box::setValue));
            return box;
        }

        static ComboBox<JobLocation> locations(javafx.beans.property.ObjectProperty<JobLocation> value) {
            JobLocation[] all = JobLocation.values();
            ComboBox<JobLocation> box = combo("entry-location", value, all, l -> (l.ordinal() + 1) + " " + l.label());
            box.addEventHandler(KeyEvent.KEY_TYPED, e -> digit(e).filter(d -> d >= 1 && d <= all.length)
                    .ifPresent(d -> box.setValue(all[d - 1])));
            return box;
        }

        static ComboBox<Task> tasks(javafx.beans.property.ObjectProperty<Task> value, List<Task> tasks) {
            ComboBox<Task> box = combo("entry-task", value, tasks.toArray(Task[]::new), task -> task.code() + " " + task.title());
            box.setPromptText(t("placement.entry.chooseTask"));
            return box;
        }

        private static java.util.Optional<Integer> digit(KeyEvent e) {
            String c = e.getCharacter();
            return c.length() == 1 && Character.isDigit(c.charAt(0)) ? java.util.Optional.of(c.charAt(0) - '0') : java.util.Optional.empty();
        }

        private static <T> ComboBox<T> combo(String id, javafx.beans.property.ObjectProperty<T> value, T[] items,
                                             Function<T, String> label) {
            ComboBox<T> box = new ComboBox<>();
            box.setId(id);
            box.getItems().setAll(items);
            box.valueProperty().bindBidirectional(value);
            box.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(T item) {
                    return item == null ? "" : label.apply(item);
                }

                @Override
                public T fromString(String s) {
                    return null;
                }
            });
            box.setPromptText(t("placement.entry.choose"));
            return box;
        }
    }
}
