package cn.yanshan.ledger.report.ui;

import cn.yanshan.ledger.report.MatrixCell;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.function.Consumer;

import static cn.yanshan.ledger.ui.I18n.t;

/** The report of the selected cell: date received, 工作进展 / 存在问题 / 下一步打算, figures, contributions, attachments. */
final class ReportEditorPane extends ScrollPane {

    private final ReportEditorModel model;
    private final Label title = new Label();
    private final Label badge = new Label();
    private final DatePicker received = new DatePicker();
    private final VBox content;

    ReportEditorPane(ReportEditorModel model, Consumer<Path> opener) {
        this.model = model;
        title.setId("editor-title");
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        badge.setId("editor-status");
        HBox head = new HBox(12, title, badge);
        head.setAlignment(Pos.CENTER_LEFT);

        received.setId("received-date");
        received.setConverter(new ChineseDates());
        received.setPromptText(t("reports.received.prompt"));
        received.setPrefWidth(150);
        received.valueProperty().bindBidirectional(model.receivedOnProperty());
        Button today = button("received-today", t("reports.received.today"), model::markReceivedToday);
        Button clear = button("received-clear", t("reports.received.clear"), () -> model.receivedOnProperty().set(null));
        Button save = button("report-save", t("reports.save"), this::save);
        save.setDefaultButton(false);
        save.getStyleClass().add("primary-button");
        Label saved = new Label();
        saved.setId("report-saved");
        saved.getStyleClass().add("status-text");
        saved.textProperty().bind(model.statusProperty());
        Label dirty = new Label(t("reports.editor.unsaved"));
        dirty.getStyleClass().add("unsaved-text");
        dirty.visibleProperty().bind(model.dirtyProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label receivedCaption = new Label(t("reports.received"));
        HBox dateRow = new HBox(8, receivedCaption, received, today, clear, gap, dirty, saved, save);
        dateRow.setAlignment(Pos.CENTER_LEFT);

        GridPane parts = new GridPane();
        parts.setHgap(12);
        parts.setVgap(4);
        addPart(parts, 0, "report-progress", t("reports.progress"), model.progressProperty());
        addPart(parts, 1, "report-problems", t("reports.problems"), model.problemsProperty());
        addPart(parts, 2, "report-next", t("reports.nextSteps"), model.nextStepsProperty());

        FiguresBox figures = new FiguresBox(model);
        ContributionsBox contributions = new ContributionsBox(model);
        AttachmentsBox attachments = new AttachmentsBox(model, opener);
        figures.setPrefWidth(420);
        figures.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(attachments, Priority.ALWAYS);
        HBox lists = new HBox(18, figures, attachments);

        content = new VBox(10, head, dateRow, parts, lists, contributions);
        content.setPadding(new Insets(12, 16, 16, 16));
        content.setId("report-editor");
        setContent(content);
        setFitToWidth(true);
        getStyleClass().add("detail-pane");
        model.cellProperty().addListener((obs, old, cell) -> show(cell));
        show(null);
    }

    private void show(MatrixCell cell) {
        content.setDisable(cell == null);
        if (cell == null) {
            title.setText(t("reports.editor.none"));
            badge.setText("");
            badge.getStyleClass().removeIf(c -> c.startsWith("status-"));
            return;
        }
        title.setText(t("reports.editor.title", ReportTexts.task(cell.task()), cell.unit().name()));
        badge.setText(t("reports.editor.period", periodLabel(cell), StatusBadge.text(cell)));
        StatusBadge.style(badge, cell.status());
    }

    private String periodLabel(MatrixCell cell) {
        return model.periodLabel(cell);
    }

    private void save() {
        // a date typed but not yet confirmed with Enter counts too
        if (received.getEditor().getText() != null) {
            received.setValue(received.getConverter().fromString(received.getEditor().getText()));
        }
        model.save();
    }

    private static void addPart(GridPane grid, int column, String id, String caption, StringProperty text) {
        Label label = new Label(caption);
        label.getStyleClass().add("field-caption");
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(4);
        area.textProperty().bindBidirectional(text);
        grid.add(label, column, 0);
        grid.add(area, column, 1);
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(100.0 / 3);
        c.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().add(c);
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
