package cn.yanshan.ledger.person.ui;

import cn.yanshan.ledger.app.StartupTrace;
import cn.yanshan.ledger.person.PersonQuery;
import cn.yanshan.ledger.person.PersonRow;
import cn.yanshan.ledger.ui.Pulses;
import cn.yanshan.ledger.ui.View;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/**
 * 残疾人台账: search and filters above a virtualized table of every person (paged queries, never all in memory),
 * the selected person's page below. Keyboard: Enter in the search box moves into the table; Enter in the table
 * opens the page; Escape in the table goes back to the search box.
 */
public final class PersonsView implements View {

    private final PersonsViewModel model;
    private final PersonFilterBar filters;
    private final TableView<PersonRow> table;
    private final PersonPage page;
    private final SplitPane root;

    /** @param export saves the persons of a query to a workbook (导出) */
    public PersonsView(PersonsViewModel model, Consumer<PersonQuery> export) {
        StartupTrace.mark("persons: building the screen");
        this.model = model;
        table = PersonTable.ledger(model.searchingProperty());
        filters = new PersonFilterBar(model, this::openRecycleBin, () -> export.accept(model.query()));
        page = new PersonPage(model.page(), this::editShown, model::deleteShown);

        table.itemsProperty().bind(model.rowsProperty());
        model.rowsProperty().addListener((obs, old, rows) -> layOutNow());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, p) -> model.open(p));
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                openSelected();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                filters.search().requestFocus();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        filters.search().setOnAction(e -> enterTable());
        filters.search().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN) {
                e.consume();
                enterTable();
            }
        });

        VBox top = new VBox(8, filters.root(), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        top.setPadding(new Insets(12, 12, 6, 12));
        top.setMinHeight(220);
        root = new SplitPane(top, page.root());
        root.setOrientation(Orientation.VERTICAL);
        root.setDividerPositions(0.5);
        // a taller window gives its extra height to the table; the page keeps its size
        SplitPane.setResizableWithParent(page.root(), false);
        root.setId("persons-view");
        if (StartupTrace.enabled()) {
            model.rowsProperty().addListener((obs, old, rows) -> markLaidOut());
        }
    }

    /**
     * Lays the table out with its new rows now, while the UI thread would otherwise wait for the next pulse, so that
     * the pulse has only to draw them.
     */
    private void layOutNow() {
        if (table.getScene() != null && table.getSkin() != null) {
            table.applyCss();
            table.layout();
        }
    }

    /** For measuring: marks the end of the pulse that lays out new rows, when they go to the screen. */
    private void markLaidOut() {
        Scene scene = root.getScene();
        if (scene == null) {
            return;
        }
        Pulses.afterNextLayout(scene, () -> StartupTrace.mark("persons: rows laid out, pulse done"));
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activate() {
        model.activate();
        filters.search().requestFocus();
    }

    /** Reads the first page of everyone into the table, without taking the focus. */
    @Override
    public void prepare() {
        model.activate();
    }

    /** From the search box into the table, on the first row unless one is selected. */
    private void enterTable() {
        if (table.getItems().isEmpty()) {
            return;
        }
        if (table.getSelectionModel().isEmpty()) {
            table.getSelectionModel().select(0);
        }
        table.getFocusModel().focus(table.getSelectionModel().getSelectedIndex());
        table.requestFocus();
    }

    private void openSelected() {
        PersonRow p = table.getSelectionModel().getSelectedItem();
        if (p != null) {
            model.open(p);
            page.focus();
        }
    }

    private void editShown() {
        if (model.page().personProperty().get() == null) {
            return;
        }
        new PersonEditDialog(model.editShown(), root.getScene().getWindow()).showAndWait().ifPresent(model::edited);
    }

    private void openRecycleBin() {
        new RecycleBinDialog(model.recycleBin(), root.getScene().getWindow()).showAndWait();
    }
}
