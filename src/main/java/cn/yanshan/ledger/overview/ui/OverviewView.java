package cn.yanshan.ledger.overview.ui;

import cn.yanshan.ledger.app.StartupTrace;
import cn.yanshan.ledger.plan.Plan;
import cn.yanshan.ledger.plan.PlanService;
import cn.yanshan.ledger.stats.Figure;
import cn.yanshan.ledger.stats.StatsService;
import cn.yanshan.ledger.stats.Summary;
import cn.yanshan.ledger.ui.BackgroundRunner;
import cn.yanshan.ledger.ui.DialogService;
import cn.yanshan.ledger.ui.View;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.format.DateTimeFormatter;

import static cn.yanshan.ledger.ui.I18n.t;

/**
 * 总览: the count against the target, the pace still needed, and the count by quarter, township, form and
 * category; every figure opens the list of persons behind it. The screen can be built before the ledger is open
 * (while the key is derived) and {@link #connect connected} to it once it is: the figures then only fill it in.
 */
public final class OverviewView implements View {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final Label title = new Label();
    private final Label placed = new Label();
    private final Label share = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Label pace = new Label();
    private final FlowPane cards = new FlowPane(16, 16);
    private final BarChart<String, Number> byQuarter = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final Breakdown byTownship;
    private final Breakdown byForm;
    private final Breakdown byCategory;
    private final FigureList list;
    private final ScrollPane root;
    private PlanService plans;
    private StatsService stats;

    /** What the overview shows, read in one go off the UI thread. */
    public record Data(Plan plan, Summary summary) {
    }

    /** The screen without figures, connected to no ledger yet. */
    public OverviewView(BackgroundRunner runner, DialogService dialogs) {
        this.runner = runner;
        this.dialogs = dialogs;
        list = new FigureList(runner, dialogs);
        byTownship = new Breakdown("overview-township", t("overview.byTownship"), list);
        byForm = new Breakdown("overview-form", t("overview.byForm"), list);
        byCategory = new Breakdown("overview-category", t("overview.byCategory"), list);
        title.setId("overview-plan-title");
        title.getStyleClass().add("muted");
        title.setWrapText(true);
        placed.setId("overview-placed");
        placed.getStyleClass().add("big-number");
        placed.setOnMouseClicked(e -> list.open(t("overview.allPlaced"), Figure.ALL));
        share.setId("overview-share");
        share.getStyleClass().add("card-caption");
        progress.setPrefWidth(360);
        pace.setId("overview-pace");
        pace.setWrapText(true);
        byQuarter.setId("overview-quarters");
        byQuarter.setTitle(t("overview.byQuarter"));
        byQuarter.setLegendVisible(false);
        byQuarter.setAnimated(false);
        byQuarter.setPrefHeight(260);
        byQuarter.setCategoryGap(6);

        VBox head = new VBox(6, new Label(t("overview.target")), placed, progress, share);
        head.getStyleClass().add("card");
        HBox top = new HBox(16, head, new VBox(10, pace, cards));
        HBox.setHgrow(top.getChildren().get(1), Priority.ALWAYS);
        HBox breakdowns = new HBox(16, byTownship.root(), byForm.root(), byCategory.root());
        breakdowns.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        VBox content = new VBox(16, title, top, byQuarter, breakdowns);
        content.setPadding(new Insets(20, 24, 20, 24));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("overview-view");
    }

    /** The ledger whose figures the screen shows (again after a restore). */
    public void connect(PlanService plans, StatsService stats) {
        this.plans = plans;
        this.stats = stats;
        list.connect(stats);
    }

    public static Data load(PlanService plans, StatsService stats) {
        return new Data(plans.currentPlan(), stats.summary());
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activate() {
        if (plans == null) {
            return;
        }
        runner.run(() -> load(plans, stats), this::show, dialogs::showError);
    }

    public void show(Data data) {
        StartupTrace.mark("overview: figures read, showing");
        Plan plan = data.plan();
        Summary s = data.summary();
        title.setText(t("overview.plan", plan.title(), DATE.format(plan.periodStart()), DATE.format(plan.periodEnd())));
        placed.setText(t("overview.placedOfTarget", s.placed(), s.target()));
        progress.setProgress(s.target() == 0 ? 0 : Math.min(1, s.share()));
        share.setText(t("overview.share", Math.round(s.share() * 1000) / 10.0, s.remaining()));
        pace.setText(s.reached() ? t("overview.reached")
                : s.remainingQuarters() == 0 ? t("overview.periodOver", s.remaining())
                : t("overview.pace", s.remainingQuarters(), s.pacePerQuarter()));
        cards.getChildren().setAll(
                Breakdown.card("overview-remaining", t("overview.remaining"), t("overview.persons", s.remaining())),
                Breakdown.card("overview-quarters-left", t("overview.quartersLeft"), String.valueOf(s.remainingQuarters())));
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        s.byQuarter().forEach((q, n) -> series.getData().add(new XYChart.Data<>(q.toString(), n)));
        byQuarter.getData().setAll(java.util.List.of(series));
        for (XYChart.Data<String, Number> d : series.getData()) {
            if (d.getNode() != null) {
                d.getNode().setOnMouseClicked(e -> list.open(d.getXValue(),
                        Figure.quarter(cn.yanshan.ledger.common.YearQuarter.parse(d.getXValue()))));
            }
        }
        byTownship.show(s.byTownship(), u -> u.name(), u -> Figure.township(u.id()));
        byForm.show(s.byForm(), f -> f.shortLabel(), Figure::form);
        byCategory.show(s.byCategory(), c -> c.label(), Figure::category);
    }
}
