package cn.yanshan.ledger.app.ui;

import cn.yanshan.ledger.app.DataFolder;
import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.overview.ui.OverviewView;
import cn.yanshan.ledger.ui.BackgroundRunner;
import cn.yanshan.ledger.ui.DialogService;
import cn.yanshan.ledger.ui.FileToSave;
import cn.yanshan.ledger.ui.FxDialogService;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The program's main window on a ledger, as the screen tests drive it: built the way the program builds it, with
 * the background work done at once on the UI thread so that each step's result is there when the next step looks.
 */
public final class ScreenFixture {

    private ScreenFixture() {
    }

    /** Starts the toolkit (headless in the build) once per test class. */
    public static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    public static MainWindow open(Services services, Path dataFolder) throws TimeoutException {
        return open(services, dataFolder, stage -> new FxDialogService(() -> stage));
    }

    /** The main window whose save dialogs {@code saveChooser} answers, since the system's dialog can't be driven. */
    public static MainWindow openAnsweringSaves(Services services, Path dataFolder,
                                               Function<FileToSave, Optional<Path>> saveChooser) throws TimeoutException {
        return open(services, dataFolder, stage -> new FxDialogService(() -> stage, saveChooser));
    }

    /** The main window with its dialogs made by {@code dialogs} from the real ones, e.g. to answer a file chooser. */
    public static MainWindow openWithDialogs(Services services, Path dataFolder, UnaryOperator<DialogService> dialogs)
            throws TimeoutException {
        return open(services, dataFolder, stage -> dialogs.apply(new FxDialogService(() -> stage)));
    }

    private static MainWindow open(Services services, Path dataFolder, Function<Stage, DialogService> dialogsOf)
            throws TimeoutException {
        OverviewView.Data overview = OverviewView.load(services.plan(), services.stats());
        MainWindow window = FxToolkit.setupFixture(() -> {
            Stage stage = new Stage();
            MainWindow w = new MainWindow(stage, BackgroundRunner.direct(), dataFolder.toString(), dialogsOf.apply(stage));
            stage.show();
            w.attach(services, overview);
            return w;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window;
    }

    /**
     * The program's start on a data folder, up to the sign-in or first-account pane: the window, and the flow that
     * hands the opened ledger to {@code onOpened}.
     */
    public static SignInFlow startSignIn(Path dataFolder, Consumer<SignInFlow.Opened> onOpened) throws TimeoutException {
        SignInFlow flow = FxToolkit.setupFixture(() -> {
            Stage stage = new Stage();
            MainWindow w = new MainWindow(stage, BackgroundRunner.direct(), dataFolder.toString());
            stage.show();
            SignInFlow f = new SignInFlow(w, DataFolder.resolve(dataFolder), BackgroundRunner.direct(),
                    Clock.systemDefaultZone(), onOpened);
            f.begin();
            return f;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return flow;
    }

    public static void close(MainWindow window) throws TimeoutException {
        if (window != null) {
            FxToolkit.setupFixture(() -> window.stage().close());
        }
    }
}
