package cn.yanshan.ledger.overview.ui;

import cn.yanshan.ledger.stats.Figure;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Map;
import java.util.function.Function;

/** A count broken down by one thing (township, form, category): a row each, the number opens its list. */
final class Breakdown {

    private final String id;
    private final FigureList list;
    private final GridPane rows = new GridPane();
    private final VBox root;

    Breakdown(String id, String title, FigureList list) {
        this.id = id;
        this.list = list;
        Label caption = new Label(title);
        caption.getStyleClass().add("section-title");
        rows.setHgap(12);
        rows.setVgap(2);
        rows.setId(id);
        root = new VBox(8, caption, rows);
        root.getStyleClass().add("card");
        VBox.setVgrow(rows, Priority.ALWAYS);
    }

    Node root() {
        return root;
    }

    /**
     * One row per entry: a name and its count, which opens the list. Rows already there are filled again rather
     * than built anew, so showing the figures a second time costs no styling.
     */
    <K> void show(Map<K, Integer> counts, Function<K, String> name, Function<K, Figure> figure) {
        int row = 0;
        for (Map.Entry<K, Integer> e : counts.entrySet()) {
            String label = name.apply(e.getKey());
            Figure f = figure.apply(e.getKey());
            Label caption;
            Hyperlink count;
            if (2 * row + 1 < rows.getChildren().size()) {
                caption = (Label) rows.getChildren().get(2 * row);
                count = (Hyperlink) rows.getChildren().get(2 * row + 1);
            } else {
                caption = new Label();
                count = new Hyperlink();
                count.setAlignment(Pos.CENTER_RIGHT);
                rows.addRow(row, caption, count);
            }
            caption.setText(label);
            count.setText(String.valueOf(e.getValue()));
            count.setId(id + "-" + label);
            count.setOnAction(a -> list.open(label, f));
            count.setDisable(e.getValue() == 0);
            row++;
        }
        rows.getChildren().remove(2 * row, rows.getChildren().size());
    }

    static Node card(String id, String caption, String value) {
        Label v = new Label(value);
        v.getStyleClass().add("card-value");
        v.setId(id);
        Label c = new Label(caption);
        c.getStyleClass().add("card-caption");
        VBox box = new VBox(6, c, v);
        box.getStyleClass().add("card");
        return box;
    }
}
