package cn.yanshan.ledger.plan.ui;

import cn.yanshan.ledger.plan.Measure;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;

/** A measure with its number, its text wrapped to the list's width. */
final class MeasureCell extends ListCell<Measure> {

    private final Label text = new Label();

    MeasureCell() {
        text.setWrapText(true);
        text.getStyleClass().add("measure-text");
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Measure measure, boolean empty) {
        super.updateItem(measure, empty);
        if (empty || measure == null) {
            setGraphic(null);
            setText(null);
        } else {
            text.setText(measure.position() + ". " + measure.content());
            text.maxWidthProperty().bind(getListView().widthProperty().subtract(36));
            setGraphic(text);
            setText(null);
        }
    }
}
