package cn.yanshan.ledger.security.ui;

import cn.yanshan.ledger.security.PasswordStrength;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

import java.util.function.Consumer;

import static cn.yanshan.ledger.ui.I18n.t;

/** The first start: the administrator's name and password, typed twice, with the password's strength shown. */
public final class FirstAccountPane extends GatePane {

    private final TextField name = new TextField(t("firstAccount.defaultName"));
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final ProgressBar strengthBar = new ProgressBar(0);
    private final Label strength = new Label();

    public FirstAccountPane(Consumer<Credentials> onSubmit) {
        super("first-account", t("firstAccount.title"), t("firstAccount.intro"), t("firstAccount.submit"), onSubmit);
        name.setId("first-account-name");
        password.setId("first-account-password");
        repeat.setId("first-account-repeat");
        strength.setId("first-account-strength");
        strength.getStyleClass().add("muted");
        strengthBar.setPrefWidth(160);
        password.textProperty().addListener((obs, old, now) -> showStrength(PasswordStrength.of(now)));
        showStrength(PasswordStrength.of(""));
        HBox meter = new HBox(10, strengthBar, strength);
        card.getChildren().addAll(new Label(t("firstAccount.name")), name, new Label(t("firstAccount.password")), password,
                meter, new Label(t("firstAccount.repeat")), repeat);
        finish();
        Platform.runLater(password::requestFocus);
    }

    private void showStrength(PasswordStrength s) {
        strength.setText(t("firstAccount.strength", s.label()));
        strengthBar.setProgress((s.ordinal() + (s.acceptable() ? 1 : 0.3)) / PasswordStrength.values().length);
    }

    @Override
    protected Credentials collect() {
        if (name.getText().isBlank()) {
            showMessage(t("firstAccount.nameMissing"));
            return null;
        }
        if (!PasswordStrength.of(password.getText()).acceptable()) {
            showMessage(t("firstAccount.tooShort", PasswordStrength.MIN_LENGTH));
            return null;
        }
        if (!password.getText().equals(repeat.getText())) {
            showMessage(t("firstAccount.mismatch"));
            repeat.clear();
            repeat.requestFocus();
            return null;
        }
        return new Credentials(name.getText().strip(), password.getText().toCharArray());
    }

    @Override
    protected void clearPasswords() {
        password.clear();
        repeat.clear();
        password.requestFocus();
    }
}
