package cn.yanshan.ledger.app.ui;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.overview.ui.OverviewView;
import cn.yanshan.ledger.ui.BackgroundRunner;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;

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
        return open(services, dataFolder, null);
    }

    /**
     * The same with the window's dialogs made by {@code dialogs} from the real ones (null: the real ones), e.g. to
     * answer a file chooser.
     */
    public static MainWindow open(Services services, Path dataFolder,
                                  java.util.function.UnaryOperator<cn.yanshan.ledger.ui.DialogService> dialogs)
            throws TimeoutException {
        OverviewView.Data overview = OverviewView.load(services.plan(), services.stats());
        MainWindow window = FxToolkit.setupFixture(() -> {
            Stage stage = new Stage();
            cn.yanshan.ledger.ui.DialogService real = new cn.yanshan.ledger.ui.FxDialogService(() -> stage);
            MainWindow w = new MainWindow(stage, BackgroundRunner.direct(), dataFolder.toString(),
                    dialogs == null ? real : dialogs.apply(real));
            stage.show();
            w.attach(services, overview);
            return w;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window;
    }

    public static void close(MainWindow window) throws TimeoutException {
        if (window != null) {
            FxToolkit.setupFixture(() -> window.stage().close());
        }
    }
}
