package cn.yanshan.ledger.app.ui;

import cn.yanshan.ledger.app.DataFolder;
import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.app.StartupTrace;
import cn.yanshan.ledger.overview.ui.OverviewView;
import cn.yanshan.ledger.person.ui.PersonsViewModel;
import cn.yanshan.ledger.ui.Area;
import cn.yanshan.ledger.ui.FxBackgroundRunner;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;

/**
 * Starts the window. The database is opened on its own thread while the toolkit starts, so the window
 * is on screen as soon as JavaFX can show it and fills in when the ledger is open.
 */
public final class DesktopApp {

    private DesktopApp() {
    }

    /** What the database thread hands to the window. */
    private record Opened(Services services, OverviewView.Data overview) {
    }

    /**
     * @param smoke start, wait until the main window shows its data, print {@code shown after N ms}
     *              (counted from the JVM's start) and exit
     */
    public static void launch(DataFolder folder, boolean smoke) {
        CompletableFuture<Opened> opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                StartupTrace.mark("opening the ledger");
                Services services = Services.open(folder);
                StartupTrace.mark("ledger open");
                opening.complete(new Opened(services, OverviewView.load(services.plan(), services.stats())));
            } catch (Throwable e) {
                opening.completeExceptionally(e);
            }
        }, "ledger-open");
        opener.setDaemon(true);
        opener.start();
        if (Boolean.parseBoolean(System.getProperty("ledger.preload", "true"))) {
            Thread preloader = new Thread(Services::preload, "ledger-preload");
            preloader.setDaemon(true);
            preloader.start();
        }

        try {
            Platform.startup(() -> {
                StartupTrace.mark("toolkit started");
                Stage stage = new Stage();
                FxBackgroundRunner runner = new FxBackgroundRunner();
                MainWindow window = new MainWindow(stage, runner, folder.root().toString());
                stage.show();
                StartupTrace.mark("shell shown");
                opening.whenComplete((opened, error) -> Platform.runLater(() -> {
                    if (error != null) {
                        startFailed(window, error.getCause() != null ? error.getCause() : error, smoke);
                        return;
                    }
                    stage.setOnHidden(e -> {
                        runner.close();
                        opened.services().close();
                    });
                    window.attach(opened.services(), opened.overview());
                    if (!smoke) {
                        warmUp(opened.services(), window);
                    }
                    if (smoke) {
                        // one more pulse: the data is laid out and painted before we say it is shown
                        Platform.runLater(() -> Platform.runLater(() -> {
                            long ms = StartupTrace.sinceJvmStart();
                            System.out.println("shown after " + ms + " ms");
                            System.out.flush();
                            opened.services().close();
                            Platform.exit();
                            System.exit(0);
                        }));
                    }
                }));
            });
        } catch (RuntimeException noDisplay) {
            // e.g. "Unable to open DISPLAY" on a Linux PC without a desktop session
            LoggerFactory.getLogger(DesktopApp.class).error("The window could not be opened", noDisplay);
            System.err.println("无法打开程序窗口：没有可用的图形桌面（" + noDisplay.getMessage() + "）。"
                    + "请在桌面环境中启动本程序；没有桌面时可使用命令行，见 --help。");
            System.exit(1);
        }
    }

    /**
     * Once the window shows its data: the ledger's larger screens read ahead on a spare thread, then 残疾人台账 is
     * built and filled behind the overview, so that its first opening does not wait for styling its table.
     */
    private static void warmUp(Services services, MainWindow window) {
        Thread warm = new Thread(() -> {
            try {
                PersonsViewModel.warmUp(services.persons());
                StartupTrace.mark("persons warmed up");
                Platform.runLater(() -> {
                    window.prepare(Area.PERSONS);
                    StartupTrace.mark("persons prepared");
                });
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(DesktopApp.class).debug("Warm-up stopped", e);
            }
        }, "ledger-warm-up");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
    }

    private static void startFailed(MainWindow window, Throwable error, boolean smoke) {
        LoggerFactory.getLogger(DesktopApp.class).warn("The ledger could not be opened", error);
        if (smoke) {
            System.err.println(error.getMessage());
            Platform.exit();
            System.exit(1);
        }
        window.fail(error);
        Platform.exit();
    }
}
