package cn.yanshan.ledger.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableColumn;

import java.util.function.Function;

/** Columns of text that the program's tables share: a title, what each row shows, a preferred width. */
public final class Tables {

    private Tables() {
    }

    /** A column the clerk may sort by clicking its header. */
    public static <S> TableColumn<S, String> column(String title, Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** A column in the order the rows come in (newest first, by task …): clicking its header does not sort. */
    public static <S> TableColumn<S, String> unsortedColumn(String title, Function<S, String> value, double width) {
        TableColumn<S, String> c = column(title, value, width);
        c.setSortable(false);
        return c;
    }
}
