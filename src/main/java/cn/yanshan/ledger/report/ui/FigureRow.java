package cn.yanshan.ledger.report.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A figure being edited: name, amount as typed, unit word. */
public final class FigureRow {

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty unitLabel = new SimpleStringProperty("");

    public FigureRow(String name, String amount, String unitLabel) {
        this.name.set(name == null ? "" : name);
        this.amount.set(amount == null ? "" : amount);
        this.unitLabel.set(unitLabel == null ? "" : unitLabel);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty unitLabelProperty() {
        return unitLabel;
    }
}
