package cn.yanshan.ledger.security.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/**
 * What the sign-in, first-account and lock panes share: a card in the middle of the window with a title, the
 * fields, one button, a busy indicator while the password is checked (a deliberately slow hash), and a message
 * line for what went wrong.
 */
public abstract class GatePane extends StackPane {

    protected final VBox card = new VBox(12);
    protected final Button submit = new Button();
    private final Label message = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final HBox actions;
    private final Consumer<Credentials> onSubmit;

    GatePane(String id, String title, String intro, String buttonText, Consumer<Credentials> onSubmit) {
        this.onSubmit = onSubmit;
        setId(id);
        getStyleClass().add("gate");
        Label heading = new Label(title);
        heading.getStyleClass().add("page-title");
        Label introLabel = new Label(intro);
        introLabel.setWrapText(true);
        introLabel.getStyleClass().add("muted");
        message.setId(id + "-message");
        message.getStyleClass().add("error-text");
        message.setWrapText(true);
        message.setManaged(false);
        message.setVisible(false);
        busy.setMaxSize(22, 22);
        busy.setVisible(false);
        submit.setText(buttonText);
        submit.setId(id + "-submit");
        submit.setDefaultButton(true);
        submit.setOnAction(e -> trySubmit());
        HBox actions = new HBox(10, submit, busy);
        actions.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().addAll(heading, introLabel);
        card.getStyleClass().add("gate-card");
        card.setMaxSize(440, USE_PREF_SIZE);
        getChildren().add(card);
        setAlignment(Pos.CENTER);
        this.actions = actions;
    }

    /** Puts the button and the message line under the fields added so far. */
    protected final void finish() {
        card.getChildren().addAll(actions, message);
    }

    /** The credentials if the fields are complete; otherwise shows what is missing and returns null. */
    protected abstract Credentials collect();

    /** Clears the password fields after a failed attempt. */
    protected abstract void clearPasswords();

    private void trySubmit() {
        Credentials c = collect();
        if (c == null) {
            return;
        }
        setBusy(true);
        onSubmit.accept(c);
    }

    /** While the password is being checked: nothing to click twice. */
    public void setBusy(boolean working) {
        busy.setVisible(working);
        card.setDisable(working);
    }

    /** The attempt failed: says why, and the clerk types again. */
    public void fail(String text) {
        setBusy(false);
        clearPasswords();
        showMessage(text);
    }

    protected final void showMessage(String text) {
        message.setText(text);
        message.setManaged(text != null && !text.isEmpty());
        message.setVisible(text != null && !text.isEmpty());
    }
}
