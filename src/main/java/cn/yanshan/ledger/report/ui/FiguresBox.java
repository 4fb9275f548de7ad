package cn.yanshan.ledger.report.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import static cn.yanshan.ledger.ui.I18n.t;

/** The figures a report gives, one line each: name, amount, unit word. */
final class FiguresBox extends VBox {

    private final ReportEditorModel model;
    private final VBox lines = new VBox(6);

    FiguresBox(ReportEditorModel model) {
        super(6);
        this.model = model;
        lines.setId("figure-list");
        Button add = new Button(t("reports.figure.add"));
        add.setId("figure-add");
        add.setOnAction(e -> model.addFigure());
        Label caption = new Label(t("reports.figures"));
        caption.getStyleClass().add("field-caption");
        getChildren().addAll(caption, lines, add);
        model.figures().addListener((ListChangeListener<FigureRow>) c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= c.wasAdded() || c.wasRemoved() || c.wasPermutated();
            }
            if (structural) {
                rebuild();
            }
        });
    }

    private void rebuild() {
        lines.getChildren().clear();
        int i = 0;
        for (FigureRow r : model.figures()) {
            TextField name = field("figure-name-" + i, t("reports.figure.name"), 150);
            name.textProperty().bindBidirectional(r.nameProperty());
            TextField amount = field("figure-amount-" + i, t("reports.figure.amount"), 90);
            amount.textProperty().bindBidirectional(r.amountProperty());
            TextField unit = field("figure-unit-" + i, t("reports.figure.unit"), 54);
            unit.textProperty().bindBidirectional(r.unitLabelProperty());
            Button remove = new Button(t("reports.remove"));
            remove.setId("figure-remove-" + i);
            remove.setOnAction(e -> model.figures().remove(r));
            HBox.setHgrow(name, Priority.ALWAYS);
            lines.getChildren().add(new HBox(6, name, amount, unit, remove));
            i++;
        }
    }

    private static TextField field(String id, String prompt, double width) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefWidth(width);
        return f;
    }
}
