package cn.yanshan.ledger.app.ui;

import cn.yanshan.ledger.app.DataFolder;
import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.app.StartupTrace;
import cn.yanshan.ledger.person.ui.PersonsViewModel;
import cn.yanshan.ledger.ui.Area;
import cn.yanshan.ledger.ui.FxBackgroundRunner;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;

/**
 * Starts the window. The toolkit starts while the database classes load on a spare thread; the window asks for
 * the password ({@link SignInFlow}) and fills in when the encrypted ledger is open. Closing the window writes the
 * backup of the day.
 */
public final class DesktopApp {

    /** Where {@code --smoke} finds the password it uses instead of the sign-in pane. */
    static final String SMOKE_PASSWORD_VARIABLE = "LEDGER_PASSWORD";
    private static final int NO_ENTRY = 4;

    private DesktopApp() {
    }

    /**
     * @param smoke start, wait until the main window shows its data, print {@code shown after N ms}
     *              (counted from the JVM's start) and exit; the password comes from {@code LEDGER_PASSWORD}
     */
    public static void launch(DataFolder folder, boolean smoke) {
        if (Boolean.parseBoolean(System.getProperty("ledger.preload", "true"))) {
            Thread preloader = new Thread(Services::preload, "ledger-preload");
            preloader.setDaemon(true);
            preloader.start();
        }
        String smokePassword = smoke ? System.getenv(SMOKE_PASSWORD_VARIABLE) : null;
        if (smoke && (smokePassword == null || smokePassword.isEmpty())) {
            System.err.println("--smoke 需要环境变量 " + SMOKE_PASSWORD_VARIABLE + " 给出台账的密码。");
            System.exit(NO_ENTRY);
        }
        CompletableFuture<SignInFlow.Loaded> ahead = smoke
                ? SignInFlow.openAhead(folder, () -> Services.vault(folder).signInOrCreate(null, smokePassword.toCharArray()), Clock.systemDefaultZone())
                : null;
        try {
            Platform.startup(() -> {
                StartupTrace.mark("toolkit started");
                Stage stage = new Stage();
                FxBackgroundRunner runner = new FxBackgroundRunner();
                MainWindow window = new MainWindow(stage, runner, folder.root().toString());
                stage.show();
                StartupTrace.mark("shell shown");
                SignInFlow flow = new SignInFlow(window, folder, runner, Clock.systemDefaultZone(), opened -> {
                    stage.setOnCloseRequest(e -> backupOnExit(window, opened.services()));
                    stage.setOnHidden(e -> {
                        runner.close();
                        opened.services().close();
                    });
                    if (smoke) {
                        reportShown(opened.services());
                    } else {
                        warmUp(opened.services(), window);
                    }
                });
                if (smoke) {
                    flow.showWhenOpen(ahead, error -> {
                        System.err.println(error.getMessage());
                        Platform.exit();
                        System.exit(error instanceof cn.yanshan.ledger.security.AccessDeniedException ? NO_ENTRY : 1);
                    });
                } else {
                    flow.begin();
                }
            });
        } catch (RuntimeException noDisplay) {
            // e.g. "Unable to open DISPLAY" on a Linux PC without a desktop session
            LoggerFactory.getLogger(DesktopApp.class).error("The window could not be opened", noDisplay);
            System.err.println("无法打开程序窗口：没有可用的图形桌面（" + noDisplay.getMessage() + "）。"
                    + "请在桌面环境中启动本程序；没有桌面时可使用命令行，见 --help。");
            System.exit(1);
        }
    }


    /** {@code --smoke}: one more pulse, so that the data is laid out and painted before it is called shown. */
    private static void reportShown(Services services) {
        Platform.runLater(() -> Platform.runLater(() -> {
            long ms = StartupTrace.sinceJvmStart();
            System.out.println("shown after " + ms + " ms");
            System.out.flush();
            services.close();
            Platform.exit();
            System.exit(0);
        }));
    }

    /**
     * The backup on exit: today's daily backup is written again with the day's last state. It takes a moment and
     * happens before the window goes; if it fails (the USB stick is gone), the clerk is told and the ledger is safe.
     */
    private static void backupOnExit(MainWindow window, Services services) {
        if (!services.isOpen()) {
            return;
        }
        try {
            services.backups().onExit(services.backupFolder());
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(DesktopApp.class).warn("The backup on exit failed", e);
            window.dialogs().showError(e);
        }
    }

    /**
     * Once the window shows its data: the ledger's larger screens read ahead on a spare thread, then 残疾人台账 is
     * built and filled behind the overview, so that its first opening does not wait for styling its table; then the
     * first page of each initial is read, for the first letters typed into its search box.
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
                PersonsViewModel.warmInitials(services.persons());
                StartupTrace.mark("initials warmed up");
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(DesktopApp.class).debug("Warm-up stopped", e);
            }
        }, "ledger-warm-up");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
    }
}
