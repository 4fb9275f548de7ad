package cn.yanshan.ledger.export.ui;

import cn.yanshan.ledger.report.ReportingPeriod;
import cn.yanshan.ledger.ui.View;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import static cn.yanshan.ledger.ui.I18n.t;

/**
 * 导出: the period, one button per file with what it holds, the choice of full numbers, and after an export where the
 * file went with buttons to open it or its folder.
 */
public final class ExportView implements View {

    private final ExportViewModel model;
    private final ScrollPane root;

    public ExportView(ExportViewModel model) {
        this.model = model;
        Label title = new Label(t("nav.export"));
        title.getStyleClass().add("page-title");

        ComboBox<ReportingPeriod> period = new ComboBox<>(model.periods());
        period.setId("export-period");
        period.valueProperty().bindBidirectional(model.periodProperty());
        period.setCellFactory(list -> new PeriodCell());
        period.setButtonCell(new PeriodCell());
        Label periodCaption = new Label(t("export.period"));
        periodCaption.getStyleClass().add("field-caption");
        HBox periodRow = new HBox(10, periodCaption, period);
        periodRow.setAlignment(Pos.CENTER_LEFT);

        GridPane quarterly = grid();
        add(quarterly, 0, button("export-quarterly", t("export.quarterly"), model::exportQuarterly), t("export.quarterly.what"));
        add(quarterly, 1, button("export-report", t("export.report"), model::exportReport), t("export.report.what"));

        GridPane lists = grid();
        add(lists, 0, button("export-persons", t("export.persons"), model::exportPersons),
                t("export.persons.what"));
        add(lists, 1, button("export-placements", t("export.placements"), model::exportPlacements), t("export.placements.what"));
        add(lists, 2, button("export-ledger", t("export.ledger"), model::exportLedger), t("export.ledger.what"));

        CheckBox unmasked = new CheckBox(t("export.unmasked"));
        unmasked.setId("export-unmasked");
        unmasked.selectedProperty().bindBidirectional(model.unmaskedProperty());
        Label maskNote = new Label(t("export.unmasked.what"));
        maskNote.getStyleClass().add("muted");
        maskNote.setWrapText(true);

        ProgressIndicator working = new ProgressIndicator();
        working.setMaxSize(20, 20);
        working.visibleProperty().bind(model.busyProperty());
        working.managedProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setId("export-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Button open = new Button(t("export.open"));
        open.setId("export-open");
        open.setOnAction(e -> model.openLast());
        Button folder = new Button(t("export.openFolder"));
        folder.setId("export-open-folder");
        folder.setOnAction(e -> model.openLastFolder());
        for (Button b : new Button[]{open, folder}) {
            b.visibleProperty().bind(model.lastProperty().isNotNull().and(model.busyProperty().not()));
            b.managedProperty().bind(b.visibleProperty());
        }
        HBox result = new HBox(10, working, status, open, folder);
        result.setAlignment(Pos.CENTER_LEFT);

        for (Node n : new Node[]{quarterly, lists, unmasked}) {
            n.disableProperty().bind(model.busyProperty());
        }
        VBox box = new VBox(14, title, section(t("export.section.quarterly")), periodRow, quarterly,
                section(t("export.section.lists")), lists, unmasked, maskNote, result);
        box.setPadding(new Insets(24, 32, 24, 32));
        box.setMaxWidth(900);
        root = new ScrollPane(box);
        root.setFitToWidth(true);
        root.setId("export-view");
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activate() {
        model.activate();
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(16);
        g.setVgap(10);
        return g;
    }

    private static void add(GridPane grid, int row, Button button, String what) {
        Label l = new Label(what);
        l.setWrapText(true);
        l.setMaxWidth(560);
        grid.add(button, 0, row);
        grid.add(l, 1, row);
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(180);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** 2024年第二季度（截止 2024年7月5日） */
    private static final class PeriodCell extends ListCell<ReportingPeriod> {
        @Override
        protected void updateItem(ReportingPeriod p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : t("export.period.item", p.label(), p.dueText()));
        }
    }
}
