package cn.yanshan.ledger.report.ui;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import static cn.yanshan.ledger.ui.I18n.t;

/**
 * A report's list of editable lines (figures, contributions): a caption, one line per row bound to it, an add
 * button; the lines are built again when rows come or go, not while they are typed into.
 */
abstract class RowsBox<R> extends VBox {

    private final ObservableList<R> rows;
    private final String idPrefix;
    private final VBox lines;

    /** Ids: {@code PREFIX-list}, {@code PREFIX-add}, and {@code PREFIX-remove-N} on each line's remove button. */
    RowsBox(String idPrefix, String caption, String addText, double lineGap, ObservableList<R> rows, Runnable add) {
        super(6);
        this.rows = rows;
        this.idPrefix = idPrefix;
        this.lines = new VBox(lineGap);
        lines.setId(idPrefix + "-list");
        Button addButton = new Button(addText);
        addButton.setId(idPrefix + "-add");
        addButton.setOnAction(e -> add.run());
        Label captionLabel = new Label(caption);
        captionLabel.getStyleClass().add("field-caption");
        getChildren().addAll(captionLabel, lines, addButton);
        rows.addListener((ListChangeListener<R>) c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= c.wasAdded() || c.wasRemoved() || c.wasPermutated();
            }
            if (structural) {
                rebuild();
            }
        });
    }

    /** The line of the row at {@code index}, with {@code remove} placed in it. */
    abstract Node line(R row, int index, Button remove);

    private void rebuild() {
        lines.getChildren().clear();
        int i = 0;
        for (R r : rows) {
            Button remove = new Button(t("reports.remove"));
            remove.setId(idPrefix + "-remove-" + i);
            remove.setOnAction(e -> rows.remove(r));
            lines.getChildren().add(line(r, i, remove));
            i++;
        }
    }
}
