package cn.yanshan.ledger.report.ui;

import cn.yanshan.ledger.report.PeriodOverview;
import cn.yanshan.ledger.report.ReportMatrix;
import cn.yanshan.ledger.report.ReportStatus;
import cn.yanshan.ledger.report.ReportingPeriod;
import cn.yanshan.ledger.ui.DialogService;
import cn.yanshan.ledger.ui.FileOpener;
import cn.yanshan.ledger.ui.View;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import static cn.yanshan.ledger.ui.I18n.t;

/**
 * 季度报送: choose a period (the current one first); the matrix of tasks × lead units over the period's year; below
 * it the selected report, the reminders (催报), the task's measures and the period's change log. A period is locked
 * from here once its summary went upward.
 */
public final class ReportsView implements View {

    private final ReportsViewModel model;
    private final ComboBox<PeriodOverview> chooser = new ComboBox<>();
    private final HBox summary = new HBox(6);
    private final Label lockState = new Label();
    private final Button lock = new Button();
    private final TabPane tabs = new TabPane();
    private final Tab reportTab;
    private final Tab remindersTab;
    private final BorderPane root = new BorderPane();
    private boolean syncing;

    public ReportsView(ReportsViewModel model, ReportEditorModel editor, MeasuresModel measures, DialogService dialogs) {
        this.model = model;
        MatrixTable matrix = new MatrixTable(model);
        reportTab = tab("tab-report", t("reports.tab.report"), new ReportEditorPane(editor,
                new FileOpener(file -> dialogs.showError(t("reports.attachment.openFailed", file)))));
        remindersTab = tab("tab-reminders", t("reports.tab.reminders"), new RemindersPane(model));
        tabs.getTabs().addAll(reportTab, remindersTab,
                tab("tab-measures", t("reports.tab.measures"), new MeasuresPane(measures, model)),
                tab("tab-changes", t("reports.tab.changes"), new ChangeLogPane(model)));
        tabs.setId("report-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        SplitPane split = new SplitPane(matrix.table(), tabs);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.46);
        root.setTop(toolbar());
        root.setCenter(split);
        root.setId("reports-view");

        model.selectedProperty().addListener((obs, old, cell) -> {
            editor.open(cell);
            measures.open(cell);
            if (cell != null && (old == null || !old.key().equals(cell.key()))) {
                tabs.getSelectionModel().select(reportTab);
            }
        });
        // after the list and the choice are both fresh, never in between
        model.periodsReadProperty().addListener((obs, old, now) -> syncChooser());
        model.periodProperty().addListener((obs, old, now) -> syncChooser());
        model.matrixProperty().addListener((obs, old, m) -> showSummary(m));
        model.reminders().addListener((ListChangeListener<Object>) c ->
                remindersTab.setText(t("reports.tab.remindersCount", model.reminders().size())));
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activate() {
        model.load();
    }

    private Node toolbar() {
        chooser.setId("period-chooser");
        chooser.setItems(model.periods());
        chooser.setCellFactory(v -> new PeriodCell());
        chooser.setButtonCell(new PeriodCell());
        chooser.setVisibleRowCount(14);
        chooser.valueProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                model.choose(now);
            }
        });
        summary.setId("matrix-summary");
        summary.setAlignment(Pos.CENTER_LEFT);
        lockState.setId("period-lock-state");
        lockState.getStyleClass().add("muted");
        lock.setId("period-lock");
        lock.setOnAction(e -> model.toggleLock());
        Label status = new Label();
        status.setId("reports-status");
        status.getStyleClass().add("status-text");
        status.textProperty().bind(model.statusProperty());
        lockState.setMinWidth(0);
        lock.setMinWidth(Region.USE_PREF_SIZE);
        chooser.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label caption = new Label(t("reports.period"));
        caption.setMinWidth(Region.USE_PREF_SIZE);
        HBox first = new HBox(10, caption, chooser, lockState, gap, status, lock);
        first.setAlignment(Pos.CENTER_LEFT);
        HBox second = new HBox(10, summary);
        second.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, first, second);
        top.setPadding(new Insets(8, 12, 8, 12));
        top.getStyleClass().add("toolbar-row");
        return top;
    }

    private void syncChooser() {
        syncing = true;
        try {
            PeriodOverview chosen = model.periodProperty().get();
            // the chooser shows the very item of its list (a fresh record after every refresh)
            PeriodOverview item = chosen == null ? null : model.periods().stream()
                    .filter(p -> p.period().id() == chosen.period().id()).findFirst().orElse(null);
            chooser.setValue(null);
            chooser.setValue(item);
            lock.setText(chosen != null && chosen.locked() ? t("reports.unlock") : t("reports.lock"));
            lockState.setText(chosen == null || chosen.lock().isEmpty() ? t("reports.lockState.open")
                    : t("reports.lockState.locked", ReportingPeriod.chineseDate(chosen.lock().get().lockedAt().toLocalDate()),
                    chosen.lock().get().note() == null ? "" : "：" + chosen.lock().get().note()));
            lockState.setTooltip(new Tooltip(lockState.getText()));
            lockState.getStyleClass().removeAll("muted", "locked-text");
            lockState.getStyleClass().add(chosen != null && chosen.locked() ? "locked-text" : "muted");
        } finally {
            syncing = false;
        }
    }

    private void showSummary(ReportMatrix m) {
        summary.getChildren().clear();
        if (m == null) {
            return;
        }
        Label caption = new Label(t("reports.summary", m.period().label(), m.cells().size()));
        caption.getStyleClass().add("field-caption");
        summary.getChildren().add(caption);
        for (ReportStatus s : ReportStatus.values()) {
            Label chip = StatusBadge.of(t("reports.summary.item", s.label(), m.count(s)), s);
            chip.setMinWidth(Region.USE_PREF_SIZE);
            chip.setId("summary-" + StatusBadge.styleClass(s));
            summary.getChildren().add(chip);
        }
    }

    private static Tab tab(String id, String text, Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        return tab;
    }

    /** A period in the chooser: name, due date, how many reports arrived, current, locked. */
    private final class PeriodCell extends ListCell<PeriodOverview> {
        @Override
        protected void updateItem(PeriodOverview p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : ReportTexts.period(p, model.currentPeriodId()));
        }
    }
}
