package cn.yanshan.ledger.report.ui;

import cn.yanshan.ledger.unit.UnitRef;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A cooperating unit's contribution being edited. */
public final class ContributionRow {

    private final ObjectProperty<UnitRef> unit = new SimpleObjectProperty<>();
    private final StringProperty content = new SimpleStringProperty("");

    public ContributionRow(UnitRef unit, String content) {
        this.unit.set(unit);
        this.content.set(content == null ? "" : content);
    }

    public ObjectProperty<UnitRef> unitProperty() {
        return unit;
    }

    public StringProperty contentProperty() {
        return content;
    }
}
