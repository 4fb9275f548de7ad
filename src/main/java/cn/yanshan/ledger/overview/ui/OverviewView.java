package cn.yanshan.ledger.overview.ui;

import cn.yanshan.ledger.plan.Plan;
import cn.yanshan.ledger.plan.PlanOutline;
import cn.yanshan.ledger.plan.PlanService;
import cn.yanshan.ledger.plan.Section;
import cn.yanshan.ledger.ui.BackgroundRunner;
import cn.yanshan.ledger.ui.DialogService;
import cn.yanshan.ledger.ui.View;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.time.format.DateTimeFormatter;
import java.util.Map;

import static cn.yanshan.ledger.ui.I18n.t;

/** 总览: the plan at a glance. The placement figures join it with the ledger of persons. */
public final class OverviewView implements View {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final PlanService plans;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final Label title = new Label();
    private final Label issued = new Label();
    private final FlowPane cards = new FlowPane(16, 16);
    private final Label rule = new Label();
    private final VBox content;
    private final ScrollPane root;

    /** What the overview shows, read in one go off the UI thread. */
    public record Data(PlanOutline outline, Map<Long, Integer> measureCounts, int unitCount) {
    }

    public OverviewView(PlanService plans, BackgroundRunner runner, DialogService dialogs) {
        this.plans = plans;
        this.runner = runner;
        this.dialogs = dialogs;
        title.setId("overview-plan-title");
        title.getStyleClass().add("page-title");
        title.setWrapText(true);
        issued.getStyleClass().add("muted");
        issued.setWrapText(true);
        rule.setWrapText(true);
        rule.setId("overview-rule");
        cards.setId("overview-cards");
        Label pending = new Label(t("overview.placementsPending"));
        pending.setWrapText(true);
        pending.getStyleClass().add("notice");
        content = new VBox(16, title, issued, cards, caption(t("overview.reporting")), rule, pending);
        content.setPadding(new Insets(24));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("overview-view");
    }

    public static Data load(PlanService plans, int unitCount) {
        return new Data(plans.outline(), plans.measureCounts(), unitCount);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activate() {
        runner.run(() -> new Data(plans.outline(), plans.measureCounts(), -1), this::show, dialogs::showError);
    }

    public void show(Data data) {
        Plan plan = data.outline().plan();
        title.setText(plan.title());
        issued.setText(t("overview.issued", nullToEmpty(plan.issuer()),
                plan.issuedOn() == null ? "" : DATE.format(plan.issuedOn())));
        cards.getChildren().setAll(
                card("overview-target", t("overview.target"), t("overview.persons", plan.target())),
                card("overview-period", t("overview.period"), DATE.format(plan.periodStart()) + " — " + DATE.format(plan.periodEnd())));
        int measures = data.measureCounts().values().stream().mapToInt(Integer::intValue).sum();
        for (Section s : data.outline().sections()) {
            cards.getChildren().add(card("overview-section-" + s.number(), s.heading(),
                    t("overview.tasks", data.outline().tasksOf(s).size())));
        }
        cards.getChildren().add(card("overview-measures", t("overview.measures"), t("overview.count", measures)));
        if (data.unitCount() >= 0) {
            cards.getChildren().add(card("overview-units", t("overview.units"), t("overview.unitCount", data.unitCount())));
        }
        rule.setText(nullToEmpty(plan.reportingRule()));
    }

    private static Node card(String id, String caption, String value) {
        Label v = new Label(value);
        v.getStyleClass().add("card-value");
        v.setId(id);
        Label c = new Label(caption);
        c.getStyleClass().add("card-caption");
        VBox box = new VBox(6, c, v);
        box.getStyleClass().add("card");
        return box;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
