package cn.yanshan.ledger.report.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import static cn.yanshan.ledger.ui.I18n.t;

/** The figures a report gives, one line each: name, amount, unit word. */
final class FiguresBox extends RowsBox<FigureRow> {

    FiguresBox(ReportEditorModel model) {
        super("figure", t("reports.figures"), t("reports.figure.add"), 6, model.figures(), model::addFigure);
    }

    @Override
    Node line(FigureRow r, int i, Button remove) {
        TextField name = field("figure-name-" + i, t("reports.figure.name"), 150);
        name.textProperty().bindBidirectional(r.nameProperty());
        TextField amount = field("figure-amount-" + i, t("reports.figure.amount"), 90);
        amount.textProperty().bindBidirectional(r.amountProperty());
        TextField unit = field("figure-unit-" + i, t("reports.figure.unit"), 54);
        unit.textProperty().bindBidirectional(r.unitLabelProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        return new HBox(6, name, amount, unit, remove);
    }

    private static TextField field(String id, String prompt, double width) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefWidth(width);
        return f;
    }
}
