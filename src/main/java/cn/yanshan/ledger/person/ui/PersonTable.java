package cn.yanshan.ledger.person.ui;

import cn.yanshan.ledger.person.Person;
import cn.yanshan.ledger.person.PersonRow;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.function.Function;

import static cn.yanshan.ledger.ui.I18n.t;

/**
 * The persons table over a {@link PagedList}: fixed row height (so the table never measures rows it doesn't show),
 * no sorting by column (that would read every row; the query orders), ID numbers masked, Chinese placeholders.
 */
final class PersonTable {

    private PersonTable() {
    }

    /** The ledger's table; its empty text says whether a search is still running or found nobody. */
    static TableView<PersonRow> ledger(ReadOnlyBooleanProperty searching) {
        TableView<PersonRow> table = new TableView<>();
        table.setId("person-table");
        table.getColumns().add(column(t("person.col.name"), PersonRow::name, 90));
        table.getColumns().add(column(t("person.col.gender"), p -> p.gender().label(), 50));
        table.getColumns().add(column(t("person.col.id"), p -> p.idNumber().masked(), 175));
        table.getColumns().add(column(t("person.col.category"), p -> p.category().label(), 76));
        table.getColumns().add(column(t("person.col.level"), p -> p.level().label(), 56));
        table.getColumns().add(column(t("person.col.township"), p -> p.township().name(), 90));
        table.getColumns().add(column(t("person.col.village"), PersonRow::village, 110));
        table.getColumns().add(column(t("person.col.status"), p -> p.employmentStatus().label(), 76));
        table.getColumns().add(column(t("person.col.flags"), p -> PersonTexts.flags(p.flags()), 150));
        prepare(table);
        Label empty = new Label();
        empty.textProperty().bind(Bindings.when(searching).then(t("person.searching")).otherwise(t("person.search.none")));
        table.setPlaceholder(empty);
        return table;
    }

    static TableView<Person> recycleBin() {
        TableView<Person> table = new TableView<>();
        table.setId("recycle-table");
        table.getColumns().add(column(t("person.col.name"), Person::name, 90));
        table.getColumns().add(column(t("person.col.id"), p -> p.idNumber().masked(), 175));
        table.getColumns().add(column(t("person.col.township"), p -> p.township().name(), 90));
        table.getColumns().add(column(t("person.col.village"), Person::village, 110));
        table.getColumns().add(column(t("person.col.deletedAt"),
                p -> p.deletedAt() == null ? "" : PersonTexts.DATE_TIME.format(p.deletedAt()), 170));
        prepare(table);
        table.setPlaceholder(new Label(t("person.recycle.empty")));
        return table;
    }

    /** A text column; a row still loading ({@code null}) shows empty cells. */
    static <S> TableColumn<S, String> column(String title, Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue() == null ? "" : orEmpty(value.apply(cell.getValue()))));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setReorderable(false);
        return c;
    }

    private static void prepare(TableView<?> table) {
        table.setFixedCellSize(30);
        table.setTableMenuButtonVisible(false);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
