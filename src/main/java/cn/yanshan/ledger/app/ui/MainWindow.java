package cn.yanshan.ledger.app.ui;

import cn.yanshan.ledger.app.AppInfo;
import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.app.StartupTrace;
import cn.yanshan.ledger.overview.ui.OverviewView;
import cn.yanshan.ledger.security.Account;
import cn.yanshan.ledger.ui.Area;
import cn.yanshan.ledger.ui.BackgroundRunner;
import cn.yanshan.ledger.ui.DialogService;
import cn.yanshan.ledger.ui.FxDialogService;
import cn.yanshan.ledger.ui.Navigator;
import cn.yanshan.ledger.ui.Pulses;
import cn.yanshan.ledger.ui.View;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import java.util.EnumMap;
import java.util.Map;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import static cn.yanshan.ledger.ui.I18n.t;

/**
 * The main window: a header, the navigation of the areas and the current area. It is on screen before the
 * database is open ({@link #MainWindow}); {@link #attach} fills it when the services are ready.
 */
public final class MainWindow implements Navigator {

    private final Stage stage;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final VBox nav = new VBox(2);
    private final ToggleGroup navGroup = new ToggleGroup();
    private final Map<Area, ToggleButton> navButtons = new EnumMap<>(Area.class);
    private final Label planTitle = new Label();
    private final Label statusLeft = new Label();
    private final Label accountLabel = new Label();
    private final Button lockButton = new Button(t("header.lock"));
    private final StackPane layers = new StackPane(root);
    private Node lockOverlay;
    private Runnable lockAction = () -> { };
    private IntConsumer idleMinutesListener = minutes -> { };
    private Consumer<Path> restoreAction = backup -> { };
    private AreaViews views;
    private View current;
    private OverviewView overview;

    public MainWindow(Stage stage, BackgroundRunner runner, String dataFolder) {
        this(stage, runner, dataFolder, new FxDialogService(() -> stage));
    }

    /** With the dialogs given: screen tests answer the save dialog themselves. */
    public MainWindow(Stage stage, BackgroundRunner runner, String dataFolder, DialogService dialogs) {
        this.stage = stage;
        this.runner = runner;
        this.dialogs = dialogs;
        buildNavigation();
        Label product = new Label(AppInfo.PRODUCT_NAME);
        product.getStyleClass().add("product-name");
        planTitle.getStyleClass().add("header-plan");
        planTitle.setId("header-plan");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        accountLabel.getStyleClass().add("header-plan");
        accountLabel.setId("header-account");
        lockButton.setId("header-lock");
        lockButton.getStyleClass().add("header-button");
        lockButton.setVisible(false);
        lockButton.setOnAction(e -> lockAction.run());
        HBox header = new HBox(16, product, spacer, planTitle, accountLabel, lockButton);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("header");
        statusLeft.setText(t("status.dataFolder", dataFolder));
        Label version = new Label(t("status.version", AppInfo.version()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox status = new HBox(12, statusLeft, gap, version);
        status.getStyleClass().add("status-bar");

        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(48, 48);
        VBox loading = new VBox(12, progress, new Label(t("status.opening")));
        loading.setAlignment(Pos.CENTER);
        loading.setId("loading");
        content.getChildren().setAll(loading);
        content.getStyleClass().add("content");

        root.setTop(header);
        root.setLeft(nav);
        root.setCenter(content);
        root.setBottom(status);
        root.setId("main-window");
        Scene scene = new Scene(layers, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("ledger.css").toExternalForm());
        Fonts.apply(layers);
        stage.setScene(scene);
        Pulses.afterNextLayout(scene, this::prebuildOverview);
        stage.setTitle(AppInfo.PRODUCT_NAME);
        stage.setMinWidth(960);
        stage.setMinHeight(600);
    }

    /** Before the ledger opens: the sign-in or first-account pane in place of the areas. */
    public void showGate(Node gate) {
        nav.setDisable(true);
        content.getChildren().setAll(gate);
        if (overview != null) {
            hide(overview.root());
        }
    }

    /**
     * Builds 总览, empty, behind what the window shows while the ledger opens (the sign-in, the loading pane): its
     * styles, skins and layout are worked out in the time the key takes, and the figures only fill it in. The
     * window does this itself once its first pulse has laid it out, so that the shell is not kept waiting.
     */
    void prebuildOverview() {
        if (overview == null) {
            overview = new OverviewView(runner, dialogs);
            hide(overview.root());
        }
    }

    /** Keeps a screen in the scene under the one shown, invisible, so that the pulses style and lay it out. */
    private void hide(Node screen) {
        screen.setVisible(false);
        if (!content.getChildren().contains(screen)) {
            content.getChildren().add(0, screen);
        }
    }

    /**
     * Fills the window once the ledger is open, and shows the overview with the data already read. The areas the
     * account's role does not reach stay greyed out.
     */
    public void attach(Services services, OverviewView.Data figures) {
        prebuildOverview();
        views = new AreaViews(services, overview, runner, dialogs, this, minutes -> idleMinutesListener.accept(minutes),
                backup -> restoreAction.accept(backup));
        planTitle.setText(t("header.plan", figures.plan().title(), figures.plan().target()));
        Account account = services.account();
        accountLabel.setText(t("header.account", account.name(), account.role().label()));
        navButtons.forEach((area, button) -> button.setDisable(!area.allows(account.role())));
        nav.setDisable(false);
        overview.show(figures);
        switchTo(Area.OVERVIEW, false);
    }

    /** The ledger could not be opened: says why and keeps the window for the message. */
    public void fail(Throwable error) {
        Label message = new Label(error.getMessage());
        message.setWrapText(true);
        message.setMaxWidth(560);
        message.setId("startup-error");
        message.getStyleClass().add("error-text");
        VBox box = new VBox(message);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(32));
        content.getChildren().setAll(box);
        dialogs.showError(error);
    }

    /** What the 锁定 button and Ctrl+L do: lock now. */
    public void onLock(Runnable action) {
        lockAction = action;
        lockButton.setVisible(true);
        stage.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), action);
    }

    /** What 设置's 恢复 does with the chosen backup. */
    public void onRestore(Consumer<Path> action) {
        restoreAction = action;
    }

    /** The ledger was closed (a restore): the areas go, the gate comes back with {@link #showGate}. */
    public void detach() {
        if (current != null) {
            current.deactivate();
        }
        current = null;
        views = null;
        lockButton.setVisible(false);
        accountLabel.setText("");
        nav.setDisable(true);
    }

    /** Told when 设置 changes the minutes until the lock. */
    public void onIdleMinutesChanged(IntConsumer listener) {
        idleMinutesListener = listener;
    }

    /** Covers the whole window (the work under it stays as it was) until {@link #unlock}. */
    public void lock(Node overlay) {
        unlock();
        lockOverlay = overlay;
        overlay.getStyleClass().add("lock-overlay");
        layers.getChildren().add(overlay);
    }

    public void unlock() {
        if (lockOverlay != null) {
            layers.getChildren().remove(lockOverlay);
            lockOverlay = null;
        }
    }

    public boolean isLocked() {
        return lockOverlay != null;
    }

    /**
     * Builds an area's screen ahead of its first showing, hidden behind the current one, and lets it read its data
     * ({@link View#prepare()}): the styles, skins and rows of a large screen are then worked out while the clerk
     * reads the overview, not after the click. For idle time after start-up; does nothing before {@link #attach}.
     */
    public void prepare(Area area) {
        if (views == null || views.isBuilt(area)) {
            return;
        }
        View view = views.get(area);
        hide(view.root());
        view.prepare();
    }

    public Stage stage() {
        return stage;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    @Override
    public void show(Area area) {
        switchTo(area, true);
    }

    @Override
    public void showUnit(long unitId) {
        switchTo(Area.UNITS, true);
        views.units().showUnit(unitId);
    }

    @Override
    public void showTask(long taskId) {
        switchTo(Area.PLAN, true);
        views.plan().selectTask(taskId);
    }

    private void switchTo(Area area, boolean activate) {
        if (views == null) {
            return;
        }
        StartupTrace.mark("area " + area.key() + " asked");
        View next = views.get(area);
        if (current != null && current != next) {
            current.deactivate();
        }
        navButtons.get(area).setSelected(true);
        Node root = next.root();
        if (content.getChildren().contains(root)) {
            // prepared off screen: kept in place, so its styles and layout are not worked out again
            content.getChildren().retainAll(root);
            root.setVisible(true);
        } else {
            content.getChildren().setAll(root);
        }
        if (activate && current != next) {
            next.activate();
        }
        current = next;
    }

    private void buildNavigation() {
        nav.getStyleClass().add("nav");
        nav.setDisable(true);
        for (Area area : Area.values()) {
            ToggleButton b = new ToggleButton(area.title());
            b.setId("nav-" + area.key());
            b.setToggleGroup(navGroup);
            b.setMaxWidth(Double.MAX_VALUE);
            b.getStyleClass().add("nav-button");
            b.setOnAction(e -> show(area));
            navButtons.put(area, b);
            nav.getChildren().add(b);
        }
        // a selected area stays selected when clicked again
        navGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
    }
}
