package cn.yanshan.ledger.importing.ui;

import cn.yanshan.ledger.importing.ImportBatch;
import cn.yanshan.ledger.importing.ImportKind;
import cn.yanshan.ledger.importing.RowResult;
import cn.yanshan.ledger.ui.I18n;
import cn.yanshan.ledger.ui.View;
import cn.yanshan.ledger.workbook.HeaderColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * 导入: choose a file, see its sheet and header row, correct the column mapping, check every row (counts on top, a
 * filter to the errors), commit with a progress bar and cancel, save the rejected rows for the unit; beside it
 * 导入记录 with 撤销.
 */
public final class ImportView implements View {

    private final ImportViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<HeaderColumn> mapping = new TableView<>();
    private final Map<String, String> keyLabels = new LinkedHashMap<>();

    public ImportView(ImportViewModel model) {
        this.model = model;
        build();
    }

    private void build() {
        Button choose = button("import-choose", I18n.t("import.choose"));
        choose.setOnAction(e -> model.chooseFile());
        Label file = label("import-file");
        file.textProperty().bind(model.fileTextProperty());

        ComboBox<String> sheet = new ComboBox<>(model.sheets());
        sheet.setId("import-sheet");
        Spinner<Integer> headerRow = new Spinner<>(1, 50, 1);
        headerRow.setId("import-header-row");
        headerRow.setEditable(true);
        headerRow.setPrefWidth(80);
        Label header = label("import-header");
        header.textProperty().bind(model.headerTextProperty());
        model.setupProperty().addListener((o, a, s) -> {
            if (s != null) {
                sheet.getSelectionModel().select(s.sheet());
                headerRow.getValueFactory().setValue(s.header().firstRow());
                keyLabels.clear();
                keyLabels.put("", I18n.t("import.mapping.none"));
                s.kind().columns().forEach(c -> keyLabels.put(c.key(), c.label() + (c.required() ? " *" : "")));
            }
        });
        sheet.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> model.selectSheet(i.intValue()));
        Button applyRow = button("import-header-apply", I18n.t("import.header.apply"));
        applyRow.setOnAction(e -> model.headerAt(sheet.getSelectionModel().getSelectedIndex(), headerRow.getValue()));

        mapping.setId("import-mapping");
        mapping.setEditable(true);
        mapping.setItems(model.columns());
        mapping.setPrefHeight(170);
        TableColumn<HeaderColumn, String> letters = column(I18n.t("import.mapping.column"), c -> c.letters());
        TableColumn<HeaderColumn, String> label = column(I18n.t("import.mapping.header"), HeaderColumn::label);
        TableColumn<HeaderColumn, String> key = new TableColumn<>(I18n.t("import.mapping.key"));
        key.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().key() == null ? "" : c.getValue().key()));
        key.setCellFactory(c -> {
            ComboBoxTableCell<HeaderColumn, String> cell = new ComboBoxTableCell<>(new StringConverter<>() {
                @Override
                public String toString(String k) {
                    return keyLabels.getOrDefault(k == null ? "" : k, k);
                }

                @Override
                public String fromString(String s) {
                    return s;
                }
            }, FXCollections.observableArrayList());
            cell.itemProperty().addListener((o, a, b) -> cell.getItems().setAll(new ArrayList<>(keyLabels.keySet())));
            return cell;
        });
        key.setOnEditCommit(e -> model.map(e.getRowValue().label(), e.getNewValue()));
        key.setEditable(true);
        key.setPrefWidth(180);
        label.setPrefWidth(220);
        mapping.getColumns().setAll(List.of(letters, label, key));

        Button check = button("import-preview", I18n.t("import.preview"));
        check.setOnAction(e -> model.preview());
        CheckBox errorsOnly = new CheckBox(I18n.t("import.errorsOnly"));
        errorsOnly.setId("import-errors-only");
        errorsOnly.selectedProperty().bindBidirectional(model.errorsOnlyProperty());
        Label counts = label("import-counts");
        counts.textProperty().bind(model.countsTextProperty());

        TableView<RowResult> rows = new TableView<>(model.rows());
        rows.setId("import-rows");
        TableColumn<RowResult, Number> number = new TableColumn<>(I18n.t("import.rows.row"));
        number.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rowNumber()));
        rows.getColumns().setAll(List.of(number,
                column(I18n.t("import.rows.status"), r -> r.status().label()),
                column(I18n.t("import.rows.name"), RowResult::name),
                column(I18n.t("import.rows.id"), RowResult::idMasked),
                column(I18n.t("import.rows.problem"), RowResult::message)));
        rows.getColumns().get(4).setPrefWidth(520);
        VBox.setVgrow(rows, Priority.ALWAYS);

        Button commit = button("import-commit", I18n.t("import.commit"));
        commit.setOnAction(e -> model.commit());
        commit.disableProperty().bind(model.previewProperty().isNull().or(model.busyProperty()).or(model.committedProperty()));
        Button cancel = button("import-cancel", I18n.t("import.cancel"));
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.busyProperty().not());
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        bar.progressProperty().bind(model.progressProperty());
        bar.setPrefWidth(200);
        Label progress = label("import-progress-text");
        progress.textProperty().bind(model.progressTextProperty());
        Label result = label("import-result");
        result.textProperty().bind(model.resultTextProperty());
        Button saveErrors = button("import-save-errors", I18n.t("import.errors.save"));
        saveErrors.setOnAction(e -> model.saveErrors());
        saveErrors.disableProperty().bind(model.previewProperty().isNull());
        check.disableProperty().bind(model.setupProperty().isNull().or(model.busyProperty()));

        Label title = new Label(I18n.t("import.title"));
        title.getStyleClass().add("page-title");
        Label hint = new Label(I18n.t("import.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox wizard = new VBox(8, title, hint,
                new HBox(8, choose, file),
                new HBox(8, new Label(I18n.t("import.sheet")), sheet, new Label(I18n.t("import.header.row")), headerRow,
                        applyRow, header),
                new Label(I18n.t("import.mapping")), mapping,
                new HBox(8, check, errorsOnly, counts),
                rows,
                new HBox(8, commit, cancel, bar, progress),
                new HBox(8, result, saveErrors));
        wizard.setPadding(new Insets(12));

        TableView<ImportBatch> batches = new TableView<>(model.batches());
        batches.setId("import-batches");
        TableColumn<ImportBatch, Number> id = new TableColumn<>(I18n.t("import.batches.id"));
        id.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().id()));
        batches.getColumns().setAll(List.of(id,
                column(I18n.t("import.batches.file"), ImportBatch::fileName),
                column(I18n.t("import.batches.unit"), b -> b.unitName() == null ? "" : b.unitName()),
                column(I18n.t("import.batches.time"), b -> b.importedAt().toString().replace('T', ' ')),
                column(I18n.t("import.batches.counts"), b -> I18n.t("import.batches.countsText", b.counts().created(),
                        b.counts().updated(), b.counts().rejected())),
                column(I18n.t("import.batches.state"), b -> b.isUndone() ? I18n.t("import.batches.undone") : "")));
        VBox.setVgrow(batches, Priority.ALWAYS);
        Button undo = button("import-undo", I18n.t("import.undo"));
        undo.setOnAction(e -> model.undo(batches.getSelectionModel().getSelectedItem()));
        Label recordsTitle = new Label(I18n.t("import.batches"));
        recordsTitle.getStyleClass().add("section-title");
        Label templatesTitle = new Label(I18n.t("import.templates"));
        templatesTitle.getStyleClass().add("section-title");
        Label templatesHint = new Label(I18n.t("import.templates.hint"));
        templatesHint.getStyleClass().add("muted");
        templatesHint.setWrapText(true);
        templatesHint.setMinHeight(Region.USE_PREF_SIZE);
        HBox templates = new HBox(8);
        for (ImportKind kind : model.kinds()) {
            Button b = button("import-template-" + kind.key(), I18n.t("import.template.button", kind.label()));
            b.setOnAction(e -> model.saveTemplate(kind));
            templates.getChildren().add(b);
        }
        VBox records = new VBox(8, recordsTitle, batches, undo, templatesTitle, templatesHint, templates);
        records.setPadding(new Insets(12));
        records.setPrefWidth(460);

        root.setCenter(wizard);
        root.setRight(records);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activate() {
        model.loadBatches();
    }

    private static Button button(String id, String text) {
        Button b = new Button(text);
        b.setId(id);
        return b;
    }

    private static Label label(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        return l;
    }

    private static <S> TableColumn<S, String> column(String title, java.util.function.Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
