package cn.yanshan.ledger.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work for the UI thread timed by the scene's pulses. */
public final class Pulses {

    private Pulses() {
    }

    /**
     * Runs {@code action} once, on the UI thread, after the pulse that next lays the scene out has handed it to the
     * renderer: after what that pulse shows is on its way to the screen.
     */
    public static void afterNextLayout(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
