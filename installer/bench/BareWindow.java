import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;

/**
 * The floor for start-up: an empty JavaFX window with one label, timed the way the ledger's
 * {@code --smoke} times itself (JVM start to two pulses after show, printed as {@code bare shown after N ms}).
 * Run by installer/bench/startup.sh with the installed program's runtime and ledger.jar (JavaFX inside).
 */
public final class BareWindow {

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setTitle("bare");
            stage.setScene(new Scene(new StackPane(new Label("残疾人就业帮扶台账")), 800, 600));
            stage.show();
            Platform.runLater(() -> Platform.runLater(() -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("bare shown after " + ms + " ms");
                System.out.flush();
                Platform.exit();
                System.exit(0);
            }));
        });
    }
}
