package cn.yanshan.ledger.app.ui;

import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.util.Duration;

/**
 * Locks the window after a time without a key press or a mouse move. Every input event on the scene starts the
 * time again; while the window is locked the time does not run.
 */
final class IdleLock {

    private final Scene scene;
    private final PauseTransition timer;
    private final EventHandler<InputEvent> activity;

    IdleLock(Scene scene, Duration idle, Runnable lock) {
        this.scene = scene;
        this.timer = new PauseTransition(idle);
        timer.setOnFinished(e -> lock.run());
        this.activity = e -> {
            if (timer.getStatus() == javafx.animation.Animation.Status.RUNNING) {
                timer.playFromStart();
            }
        };
    }

    /** Starts (or restarts) counting; after an unlock too. */
    void start() {
        scene.removeEventFilter(InputEvent.ANY, activity);
        scene.addEventFilter(InputEvent.ANY, activity);
        timer.playFromStart();
    }

    /** Stops counting: while locked, or when the time is being changed. */
    void pause() {
        timer.stop();
    }

    void setIdle(Duration idle) {
        timer.setDuration(idle);
        if (timer.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            timer.playFromStart();
        }
    }

    void stop() {
        timer.stop();
        scene.removeEventFilter(InputEvent.ANY, activity);
    }
}
