package cn.yanshan.ledger.importing.ui;

import cn.yanshan.ledger.importing.FileInspection;
import cn.yanshan.ledger.importing.ImportBatch;
import cn.yanshan.ledger.importing.ImportCounts;
import cn.yanshan.ledger.importing.ImportPreview;
import cn.yanshan.ledger.importing.ImportResult;
import cn.yanshan.ledger.importing.ImportKind;
import cn.yanshan.ledger.importing.ImportService;
import cn.yanshan.ledger.importing.ImportSetup;
import cn.yanshan.ledger.importing.RowResult;
import cn.yanshan.ledger.importing.RowStatus;
import cn.yanshan.ledger.ui.BackgroundRunner;
import cn.yanshan.ledger.ui.DialogService;
import cn.yanshan.ledger.ui.FileToSave;
import cn.yanshan.ledger.ui.I18n;
import cn.yanshan.ledger.workbook.HeaderColumn;
import cn.yanshan.ledger.workbook.ReadCancelledException;
import cn.yanshan.ledger.workbook.ReadListener;
import cn.yanshan.ledger.workbook.SheetPreview;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the 导入 wizard: the file, its sheet and header, the column mapping, the checked rows and their
 * counts, the commit with its progress, and 导入记录. Work runs through the {@link BackgroundRunner}.
 */
public final class ImportViewModel {

    private final ImportService imports;
    private final BackgroundRunner runner;
    private final DialogService dialogs;

    private final ObjectProperty<FileInspection> inspection = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportSetup> setup = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final ObservableList<HeaderColumn> columns = FXCollections.observableArrayList();
    private final ObservableList<RowResult> rows = FXCollections.observableArrayList();
    private final ObservableList<ImportBatch> batches = FXCollections.observableArrayList();
    private final StringProperty fileText = new SimpleStringProperty("");
    private final StringProperty headerText = new SimpleStringProperty("");
    private final StringProperty countsText = new SimpleStringProperty("");
    private final StringProperty resultText = new SimpleStringProperty("");
    private final StringProperty progressText = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty errorsOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty committed = new SimpleBooleanProperty(false);
    private final AtomicBoolean cancel = new AtomicBoolean();

    public ImportViewModel(ImportService imports, BackgroundRunner runner, DialogService dialogs) {
        this.imports = imports;
        this.runner = runner;
        this.dialogs = dialogs;
        errorsOnly.addListener((o, a, b) -> showRows());
    }

    // ---- steps

    /** Step 1: asks for a file and opens it. */
    public void chooseFile() {
        dialogs.chooseSpreadsheet(I18n.t("import.choose.title")).ifPresent(this::open);
    }

    public void open(Path file) {
        busy.set(true);
        runner.run(() -> imports.inspect(file, null, null, ReadListener.NONE), found -> {
            busy.set(false);
            inspection.set(found);
            preview.set(null);
            committed.set(false);
            resultText.set("");
            rows.clear();
            countsText.set("");
            sheets.setAll(found.preview().sheets().stream().map(s -> s.sheet().name()).toList());
            fileText.set(I18n.t("import.file", file.getFileName(), found.kind().label(),
                    found.setup().flatMap(s -> java.util.Optional.ofNullable(s.unit())).map(u -> u.name())
                            .orElse(I18n.t("import.unit.unknown"))));
            found.alreadyImported().ifPresent(b -> resultText.set(I18n.t("import.already", b.importedAt().toLocalDate(), b.id())));
            if (found.setup().isPresent()) {
                setSetup(found.setup().get());
            } else {
                setup.set(null);
                columns.clear();
                headerText.set(I18n.t("import.header.none"));
            }
        }, this::failed);
    }

    /** Step 2: another sheet, with its detected header (or its first row when none was found). */
    public void selectSheet(int index) {
        FileInspection f = inspection.get();
        ImportSetup s = setup.get();
        if (f == null || s == null || index < 0 || index == s.sheet()) {
            return;
        }
        SheetPreview sp = f.preview().sheets().get(index);
        if (sp.header().isPresent()) {
            setSetup(s.withHeader(index, sp.sheet().name(), sp.header().get()));
        } else {
            headerAt(index, 1);
        }
    }

    /** Step 2: the header starts at another row (1-based); a two-row header keeps its two rows. */
    public void headerAt(int sheet, int firstRow) {
        ImportSetup s = setup.get();
        if (s == null || firstRow < 1) {
            return;
        }
        int span = s.header().lastRow() - s.header().firstRow();
        runner.run(() -> imports.headerAt(inspection.get(), s, sheet, firstRow, firstRow + span), this::setSetup,
                this::failed);
    }

    /** Step 3: the clerk maps a column (by its header label) to a key, or "" to leave it out. */
    public void map(String label, String key) {
        ImportSetup s = setup.get();
        if (s != null) {
            setSetup(s.withCorrections(Map.of(label, key == null ? "" : key)));
        }
    }

    /** Step 4: checks every row. */
    public void preview() {
        ImportSetup s = setup.get();
        if (s == null) {
            return;
        }
        busy.set(true);
        cancel.set(false);
        runner.run(() -> imports.preview(s, listener()), p -> {
            busy.set(false);
            preview.set(p);
            countsText.set(counts(p.counts()));
            showRows();
        }, this::failed);
    }

    /** Step 5: writes the valid rows as one batch; cancel leaves nothing behind. */
    public void commit() {
        ImportSetup s = setup.get();
        if (s == null) {
            return;
        }
        busy.set(true);
        cancel.set(false);
        progress.set(0);
        runner.run(() -> imports.commit(s, listener()), this::committed, this::failed);
    }

    public void cancel() {
        cancel.set(true);
    }

    /** Step 6: the rejected rows as a workbook for the unit. */
    /** A blank template of the kind for units to fill in (导出模板): where to save it is asked. */
    public void saveTemplate(ImportKind kind) {
        String name = I18n.t("import.template.fileName", kind.label());
        dialogs.chooseFileToSave(new FileToSave(I18n.t("import.template.save", kind.label()), name,
                        I18n.t("dialog.workbook"), "xlsx"))
                .ifPresent(out -> runner.run(() -> {
                    imports.writeTemplate(kind, out);
                    return out;
                }, saved -> resultText.set(I18n.t("import.template.saved", kind.label(), saved)), this::failed));
    }

    /** The kinds a template can be made for. */
    public List<ImportKind> kinds() {
        return imports.kinds();
    }

    public void saveErrors() {
        ImportPreview p = preview.get();
        if (p == null || p.rejected().isEmpty()) {
            return;
        }
        String name = p.setup().fileName().replaceFirst("\\.[^.]*$", "") + "-退回修改.xlsx";
        dialogs.chooseFileToSave(new FileToSave(I18n.t("import.errors.save"), name, I18n.t("dialog.workbook"), "xlsx"))
                .ifPresent(out -> runner.run(() -> {
                    imports.writeErrors(p, out);
                    return out;
                }, saved -> resultText.set(I18n.t("import.errors.saved", saved)), this::failed));
    }

    /** 导入记录. */
    public void loadBatches() {
        runner.run(() -> imports.batches(0, 200), batches::setAll, this::failed);
    }

    /** Undoes a batch after the clerk confirms. */
    public void undo(ImportBatch batch) {
        if (batch == null || batch.isUndone()
                || !dialogs.confirm(I18n.t("import.undo.confirm", batch.id(), batch.fileName()))) {
            return;
        }
        runner.run(() -> imports.undo(batch.id()), b -> {
            resultText.set(I18n.t("import.undone", b.id()));
            loadBatches();
        }, this::failed);
    }

    // ---- helpers

    private void committed(ImportResult r) {
        busy.set(false);
        progress.set(1);
        if (r.alreadyImported()) {
            resultText.set(I18n.t("import.already", r.batch().importedAt().toLocalDate(), r.batch().id()));
        } else {
            r.preview().ifPresent(p -> {
                preview.set(p);
                countsText.set(counts(p.counts()));
                showRows();
            });
            committed.set(true);
            resultText.set(I18n.t("import.done", r.batch().id(), r.counts().created(), r.counts().updated(),
                    r.counts().rejected()));
        }
        loadBatches();
    }

    private void failed(Throwable error) {
        busy.set(false);
        if (error instanceof ReadCancelledException) {
            progressText.set(I18n.t("import.cancelled"));
            return;
        }
        dialogs.showError(error);
    }

    private void setSetup(ImportSetup s) {
        setup.set(s);
        preview.set(null);
        rows.clear();
        countsText.set("");
        columns.setAll(s.header().columns());
        headerText.set(I18n.t("import.header", s.sheetName(), s.header().firstRow(), s.header().lastRow(),
                s.header().isComplete() ? I18n.t("import.header.complete")
                        : I18n.t("import.header.missing", String.join("、", s.header().missingRequired().stream()
                        .map(k -> label(s, k)).toList()))));
    }

    static String label(ImportSetup s, String key) {
        return s.kind().columns().stream().filter(c -> c.key().equals(key)).map(c -> c.label()).findFirst().orElse(key);
    }

    private ReadListener listener() {
        return new ReadListener() {
            @Override
            public void rowsRead(String sheetName, long read, long total) {
                Platform.runLater(() -> {
                    progress.set(total > 0 ? Math.min(1, (double) read / total) : -1);
                    progressText.set(total > 0 ? I18n.t("import.progress", read, total) : I18n.t("import.progress.open", read));
                });
            }

            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        };
    }

    private void showRows() {
        ImportPreview p = preview.get();
        if (p == null) {
            rows.clear();
            return;
        }
        List<RowResult> all = p.rows();
        rows.setAll(errorsOnly.get() ? all.stream().filter(r -> r.status() == RowStatus.ERROR).toList() : all);
    }

    private static String counts(ImportCounts c) {
        return I18n.t("import.counts", c.rowsRead(), c.created(), c.updated(), c.rejected(), c.duplicates(), c.unchanged());
    }

    // ---- properties

    public ObjectProperty<ImportSetup> setupProperty() {
        return setup;
    }

    public ObjectProperty<ImportPreview> previewProperty() {
        return preview;
    }

    public ObservableList<String> sheets() {
        return sheets;
    }

    public ObservableList<HeaderColumn> columns() {
        return columns;
    }

    public ObservableList<RowResult> rows() {
        return rows;
    }

    public ObservableList<ImportBatch> batches() {
        return batches;
    }

    public StringProperty fileTextProperty() {
        return fileText;
    }

    public StringProperty headerTextProperty() {
        return headerText;
    }

    public StringProperty countsTextProperty() {
        return countsText;
    }

    public StringProperty resultTextProperty() {
        return resultText;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty errorsOnlyProperty() {
        return errorsOnly;
    }

    public BooleanProperty committedProperty() {
        return committed;
    }
}
