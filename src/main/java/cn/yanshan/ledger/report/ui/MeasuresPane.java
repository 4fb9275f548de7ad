package cn.yanshan.ledger.report.ui;

import cn.yanshan.ledger.report.MatrixCell;
import cn.yanshan.ledger.report.MeasureStatus;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static cn.yanshan.ledger.ui.I18n.t;

/** 措施进展: each measure of the selected task with its status (未启动 / 推进中 / 已完成 / 持续推进) and a note. */
final class MeasuresPane extends VBox {

    private final MeasuresModel model;
    private final ReportsViewModel owner;
    private final Label title = new Label();
    private final GridPane grid = new GridPane();

    MeasuresPane(MeasuresModel model, ReportsViewModel owner) {
        super(8);
        this.model = model;
        this.owner = owner;
        title.setId("measures-title");
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        grid.setId("measure-rows");
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints number = new ColumnConstraints();
        ColumnConstraints text = new ColumnConstraints();
        text.setHgrow(Priority.ALWAYS);
        text.setMinWidth(200);
        ColumnConstraints status = new ColumnConstraints(120);
        ColumnConstraints note = new ColumnConstraints(220);
        grid.getColumnConstraints().setAll(number, text, status, note);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button save = new Button(t("reports.measures.save"));
        save.setId("measures-save");
        save.setOnAction(e -> model.save());
        Label saved = new Label();
        saved.setId("measures-saved");
        saved.getStyleClass().add("status-text");
        saved.textProperty().bind(model.statusProperty());
        HBox actions = new HBox(10, save, saved);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, scroll, actions);
        setPadding(new Insets(12, 16, 12, 16));
        setId("measures-pane");
        model.rows().addListener((ListChangeListener<MeasureRow>) c -> rebuild());
        model.cellProperty().addListener((obs, old, cell) -> showTitle(cell));
        showTitle(null);
    }

    private void showTitle(MatrixCell cell) {
        title.setText(cell == null ? t("reports.measures.none")
                : t("reports.measures.title", ReportTexts.task(cell.task()),
                owner.overviewOf(cell.key().periodId()).map(p -> p.period().label()).orElse("")));
    }

    private void rebuild() {
        grid.getChildren().clear();
        int i = 0;
        for (MeasureRow r : model.rows()) {
            Label number = new Label(r.saved().measure().position() + ".");
            Label text = new Label(r.saved().measure().content());
            text.setWrapText(true);
            text.getStyleClass().add("measure-text");
            ComboBox<MeasureStatus> status = new ComboBox<>();
            List<MeasureStatus> choices = new ArrayList<>();
            choices.add(null);
            choices.addAll(Arrays.asList(MeasureStatus.values()));
            status.getItems().setAll(choices);
            status.setId("measure-status-" + i);
            status.setCellFactory(v -> new StatusListCell());
            status.setButtonCell(new StatusListCell());
            status.valueProperty().bindBidirectional(r.statusProperty());
            status.setMaxWidth(Double.MAX_VALUE);
            TextField note = new TextField();
            note.setId("measure-note-" + i);
            note.setPromptText(t("reports.measures.note"));
            note.textProperty().bindBidirectional(r.noteProperty());
            grid.addRow(i, number, text, status, note);
            GridPane.setValignment(number, javafx.geometry.VPos.TOP);
            i++;
        }
    }

    /** A status by its Chinese name; none recorded is 未填写. */
    private static final class StatusListCell extends ListCell<MeasureStatus> {
        @Override
        protected void updateItem(MeasureStatus item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? t("reports.measures.unset") : item.label());
        }
    }
}
