package cn.yanshan.ledger.report.ui;

import cn.yanshan.ledger.report.MeasureProgress;
import cn.yanshan.ledger.report.MeasureStatus;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Objects;

/** A measure's status in a period being edited. */
public final class MeasureRow {

    private final MeasureProgress saved;
    private final ObjectProperty<MeasureStatus> status = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");

    public MeasureRow(MeasureProgress saved) {
        this.saved = saved;
        status.set(saved.status());
        note.set(saved.note() == null ? "" : saved.note());
    }

    public MeasureProgress saved() {
        return saved;
    }

    public ObjectProperty<MeasureStatus> statusProperty() {
        return status;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public boolean changed() {
        String savedNote = saved.note() == null ? "" : saved.note();
        return status.get() != saved.status() || !Objects.equals(note.get().strip(), savedNote);
    }
}
