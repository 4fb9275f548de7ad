import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;

/**
 * The yardstick for start-up: a bare JavaFX window with one label, timed exactly as the program's --smoke
 * (from the JVM's start, after the window is shown and two more pulses).
 */
public final class BareWindow {
    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new Label("残疾人就业帮扶台账"), 1280, 800));
            stage.show();
            Platform.runLater(() -> Platform.runLater(() -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("bare shown after " + ms + " ms");
                System.exit(0);
            }));
        });
    }
}
