package cn.yanshan.ledger.audit.ui;

import cn.yanshan.ledger.audit.AuditEntry;
import cn.yanshan.ledger.audit.AuditExport;
import cn.yanshan.ledger.audit.AuditFilter;
import cn.yanshan.ledger.audit.AuditLog;
import cn.yanshan.ledger.audit.AuditTexts;
import cn.yanshan.ledger.ui.BackgroundRunner;
import cn.yanshan.ledger.ui.DialogService;
import cn.yanshan.ledger.ui.FileToSave;
import cn.yanshan.ledger.ui.View;
import cn.yanshan.ledger.ui.Tables;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.yanshan.ledger.ui.I18n.t;

/**
 * 审计日志: who changed what and when, with the record before and after; filtered by kind of record, account, dates
 * and any text (a person's name or ID number, a unit's name); exported for an inspection. Read only: the program
 * offers no way to change the log.
 */
public final class AuditView implements View {

    static final int PAGE = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditLog log;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ObservableList<AuditEntry> rows = FXCollections.observableArrayList();
    private final TableView<AuditEntry> table = new TableView<>(rows);
    private final ComboBox<String> entity = new ComboBox<>();
    private final ComboBox<String> actor = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField text = new TextField();
    private final Label count = new Label();
    private final Button more = new Button(t("audit.more"));
    private final TextArea before = readOnlyArea("audit-before");
    private final TextArea after = readOnlyArea("audit-after");
    private final SplitPane root;
    private AuditFilter filter = AuditFilter.ALL;

    public AuditView(AuditLog log, BackgroundRunner runner, DialogService dialogs) {
        this.log = log;
        this.runner = runner;
        this.dialogs = dialogs;

        Label title = new Label(t("audit.title"));
        title.getStyleClass().add("page-title");
        Label hint = new Label(t("audit.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);

        entity.setId("audit-entity");
        entity.getItems().add(t("audit.all"));
        entity.getItems().addAll(AuditTexts.ENTITIES.values());
        entity.getSelectionModel().selectFirst();
        actor.setId("audit-actor");
        actor.setPromptText(t("audit.actor"));
        from.setId("audit-from");
        from.setPromptText(t("audit.from"));
        from.setPrefWidth(140);
        to.setId("audit-to");
        to.setPromptText(t("audit.to"));
        to.setPrefWidth(140);
        text.setId("audit-text");
        text.setPromptText(t("audit.text"));
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setOnAction(e -> search());
        Button searchButton = new Button(t("audit.search"));
        searchButton.setId("audit-search");
        searchButton.setDefaultButton(false);
        searchButton.setOnAction(e -> search());
        Button export = new Button(t("audit.export"));
        export.setId("audit-export");
        export.setOnAction(e -> export());
        HBox filters = new HBox(8, entity, actor, from, to, text, searchButton, export);
        filters.setAlignment(Pos.CENTER_LEFT);

        table.setId("audit-table");
        table.setPlaceholder(new Label(t("audit.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Tables.unsortedColumn(t("audit.col.time"), e -> TIME.format(e.happenedAt()), 160));
        table.getColumns().add(Tables.unsortedColumn(t("audit.col.actor"), AuditEntry::actor, 100));
        table.getColumns().add(Tables.unsortedColumn(t("audit.col.entity"), e -> AuditTexts.entity(e.entity()), 90));
        table.getColumns().add(Tables.unsortedColumn(t("audit.col.id"), e -> e.entityId() == null ? "" : e.entityId().toString(), 70));
        table.getColumns().add(Tables.unsortedColumn(t("audit.col.action"), e -> AuditTexts.action(e.action()), 120));
        table.getColumns().add(Tables.unsortedColumn(t("audit.col.summary"), AuditView::summary, 420));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            before.setText(now == null ? "" : pretty(now.beforeJson()));
            after.setText(now == null ? "" : pretty(now.afterJson()));
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        count.setId("audit-count");
        count.getStyleClass().add("muted");
        more.setId("audit-more");
        more.setOnAction(e -> loadMore());
        HBox footer = new HBox(12, count, more);
        footer.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(10, title, hint, filters, table, footer);
        top.setPadding(new Insets(16, 20, 8, 20));

        HBox changes = new HBox(12, titled(t("audit.before"), before), titled(t("audit.after"), after));
        changes.setPadding(new Insets(8, 20, 16, 20));
        root = new SplitPane(top, changes);
        root.setOrientation(javafx.geometry.Orientation.VERTICAL);
        root.setDividerPositions(0.68);
        root.setId("audit-view");
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activate() {
        runner.run(log::actors, names -> {
            String chosen = actor.getValue();
            actor.getItems().setAll(t("audit.allActors"));
            actor.getItems().addAll(names);
            actor.setValue(chosen != null && actor.getItems().contains(chosen) ? chosen : t("audit.allActors"));
        }, dialogs::showError);
        search();
    }

    private AuditFilter currentFilter() {
        String kind = entity.getValue();
        String entityCode = AuditTexts.ENTITIES.entrySet().stream().filter(e -> e.getValue().equals(kind))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        String who = actor.getValue() == null || actor.getValue().equals(t("audit.allActors")) ? null : actor.getValue();
        return new AuditFilter(entityCode, who, from.getValue(), to.getValue(), text.getText());
    }

    private void search() {
        AuditFilter f = currentFilter();
        filter = f;
        runner.run(() -> new Page(log.find(f, 0, PAGE), log.count(f)), page -> {
            if (filter != f) {
                return;
            }
            rows.setAll(page.entries());
            showCount(page.total());
        }, dialogs::showError);
    }

    private void loadMore() {
        AuditFilter f = filter;
        int offset = rows.size();
        runner.run(() -> new Page(log.find(f, offset, PAGE), log.count(f)), page -> {
            if (filter == f && rows.size() == offset) {
                rows.addAll(page.entries());
                showCount(page.total());
            }
        }, dialogs::showError);
    }

    private void showCount(int total) {
        count.setText(t("audit.count", total, rows.size()));
        more.setVisible(rows.size() < total);
    }

    private void export() {
        AuditFilter f = currentFilter();
        String name = "审计日志-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".xlsx";
        dialogs.chooseFileToSave(new FileToSave(t("audit.export"), name, t("audit.fileType"), "xlsx")).ifPresent(file ->
                runner.run(() -> AuditExport.write(log, f, file),
                        n -> dialogs.showInfo(t("audit.exported", n, file)), dialogs::showError));
    }

    private record Page(List<AuditEntry> entries, int total) {
    }

    /** One line of what changed: the fields whose values differ, or the record's main values when new. */
    static String summary(AuditEntry e) {
        Map<String, Object> b = AuditJson.parse(e.beforeJson());
        Map<String, Object> a = AuditJson.parse(e.afterJson());
        List<String> parts = new ArrayList<>();
        if (!b.isEmpty() && !a.isEmpty()) {
            for (String k : a.keySet()) {
                if (!String.valueOf(a.get(k)).equals(String.valueOf(b.get(k)))) {
                    parts.add(AuditTexts.field(k) + "：" + shown(b.get(k)) + " → " + shown(a.get(k)));
                }
            }
        } else {
            Map<String, Object> one = a.isEmpty() ? b : a;
            one.entrySet().stream().limit(4).forEach(en -> parts.add(AuditTexts.field(en.getKey()) + "：" + shown(en.getValue())));
        }
        return String.join("；", parts);
    }

    private static String shown(Object v) {
        return v == null ? "（空）" : cn.yanshan.ledger.common.Redact.text(String.valueOf(v));
    }

    private static String pretty(String json) {
        Map<String, Object> m = AuditJson.parse(json);
        if (m.isEmpty()) {
            return json == null ? t("audit.empty") : json;
        }
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(AuditTexts.field(k)).append("：").append(shown(v)).append('\n'));
        return sb.toString();
    }

    private static TextArea readOnlyArea(String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        return area;
    }

    private static Node titled(String caption, TextArea area) {
        Label l = new Label(caption);
        l.getStyleClass().add("field-caption");
        VBox box = new VBox(4, l, area);
        VBox.setVgrow(area, Priority.ALWAYS);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }
}
