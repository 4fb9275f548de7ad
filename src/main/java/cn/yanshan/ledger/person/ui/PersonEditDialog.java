package cn.yanshan.ledger.person.ui;

import cn.yanshan.ledger.common.Problem;
import cn.yanshan.ledger.person.Person;
import cn.yanshan.ledger.person.PersonField;
import cn.yanshan.ledger.person.PersonFlag;
import cn.yanshan.ledger.ui.FxDialogService;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static cn.yanshan.ledger.ui.I18n.t;

/**
 * 编辑人员信息: one row per field (caption, input, its problems in Chinese beside it, updated as one types).
 * 保存 is refused while there are errors; the result is the saved person.
 */
final class PersonEditDialog extends Dialog<Person> {

    static final ButtonType SAVE = new ButtonType(t("person.edit.save"), ButtonBar.ButtonData.OK_DONE);

    private final PersonEditModel model;
    private final GridPane grid = new GridPane();
    private int row;

    PersonEditDialog(PersonEditModel model, Window owner) {
        this.model = model;
        dress(this, owner);
        setTitle(t("person.edit.title", model.person().name()));
        setResizable(true);

        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints caption = new ColumnConstraints();
        caption.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints input = new ColumnConstraints(240);
        ColumnConstraints problem = new ColumnConstraints(200, 330, Double.MAX_VALUE);
        problem.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(caption, input, problem);

        TextField name = text(PersonField.NAME);
        text(PersonField.ID_NUMBER);
        Label derived = new Label();
        derived.setId("edit-derived");
        derived.getStyleClass().add("muted");
        derived.textProperty().bind(model.derivedProperty());
        grid.add(derived, 1, row++, 2, 1);
        text(PersonField.CERTIFICATE);
        choice(PersonField.CATEGORY, PersonEditModel.categories(), false);
        choice(PersonField.LEVEL, PersonEditModel.levels(), false);
        choice(PersonField.TOWNSHIP, model.townships(), false);
        text(PersonField.VILLAGE);
        text(PersonField.PHONE);
        choice(PersonField.EDUCATION, PersonEditModel.educationLevels(), true);
        text(PersonField.HOUSEHOLD);
        HBox flags = new HBox(12);
        for (PersonFlag flag : PersonFlag.values()) {
            CheckBox box = new CheckBox(flag.label());
            box.setId("edit-flag-" + flag.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            box.selectedProperty().bindBidirectional(model.flag(flag));
            flags.getChildren().add(box);
        }
        Label flagsCaption = new Label(t("person.field.flags"));
        grid.add(flagsCaption, 0, row);
        grid.add(flags, 1, row++, 2, 1);
        text(PersonField.GRADUATION_YEAR);
        choice(PersonField.STATUS, PersonEditModel.statuses(), false);
        choice(PersonField.REASON, PersonEditModel.reasons(), false);
        TextArea note = new TextArea();
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(model.text(PersonField.NOTE));
        add(PersonField.NOTE, note);

        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(610);
        scroll.setPrefViewportWidth(880);
        getDialogPane().setContent(scroll);
        getDialogPane().getButtonTypes().addAll(SAVE, FxDialogService.CANCEL);
        Button save = (Button) getDialogPane().lookupButton(SAVE);
        save.setId("edit-save");
        save.disableProperty().bind(model.validProperty().not().or(model.savingProperty()));
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.save(saved -> {
                setResult(saved);
                close();
            });
        });
        Button cancel = (Button) getDialogPane().lookupButton(FxDialogService.CANCEL);
        cancel.setId("edit-cancel");
        setResultConverter(b -> null);
        setOnShown(e -> name.requestFocus());
    }

    /** Owned by the main window, with its look (style sheet and font). */
    static void dress(Dialog<?> dialog, Window owner) {
        dialog.initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            dialog.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
        }
    }

    private TextField text(PersonField field) {
        TextField f = new TextField();
        f.textProperty().bindBidirectional(model.text(field));
        add(field, f);
        return f;
    }

    private void choice(PersonField field, List<String> items, boolean editable) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(items);
        box.setEditable(editable);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(12);
        box.valueProperty().bindBidirectional(model.text(field));
        add(field, box);
    }

    private void add(PersonField field, Control input) {
        String key = field.name().toLowerCase(Locale.ROOT).replace('_', '-');
        input.setId("edit-" + key);
        input.setMaxWidth(Double.MAX_VALUE);
        Label caption = new Label(field.label());
        caption.setLabelFor(input);
        Label problem = new Label();
        problem.setId("problem-" + key);
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        model.problems(field).addListener((obs, old, now) -> showProblems(problem, now));
        showProblems(problem, model.problems(field).get());
        grid.add(caption, 0, row);
        grid.add(input, 1, row);
        grid.add(problem, 2, row++);
    }

    private static void showProblems(Label label, List<Problem> problems) {
        label.setText(problems.stream().map(Problem::message).collect(Collectors.joining(" ")));
        label.getStyleClass().removeAll("problem-error", "problem-warning");
        if (!problems.isEmpty()) {
            label.getStyleClass().add(problems.stream().anyMatch(Problem::isError) ? "problem-error" : "problem-warning");
        }
    }
}
