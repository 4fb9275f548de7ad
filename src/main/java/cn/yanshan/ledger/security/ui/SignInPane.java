package cn.yanshan.ledger.security.ui;

import cn.yanshan.ledger.security.Account;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;

import java.util.List;
import java.util.function.Consumer;

import static cn.yanshan.ledger.ui.I18n.t;

/**
 * Every start after the first: the account (the only one is chosen already) and its password. Also the lock
 * after idle minutes, where the account is fixed to the one at work.
 */
public final class SignInPane extends GatePane {

    private final ComboBox<String> account = new ComboBox<>();
    private final PasswordField password = new PasswordField();

    private SignInPane(String id, String title, String intro, String button, List<Account> accounts, boolean fixed,
                       Consumer<Credentials> onSubmit) {
        super(id, title, intro, button, onSubmit);
        account.getItems().setAll(accounts.stream().map(Account::name).toList());
        account.getSelectionModel().selectFirst();
        account.setId(id + "-account");
        account.setMaxWidth(Double.MAX_VALUE);
        account.setDisable(fixed);
        password.setId(id + "-password");
        password.setPromptText(t("signIn.password"));
        card.getChildren().addAll(new Label(t("signIn.account")), account, new Label(t("signIn.password")), password);
        finish();
        Platform.runLater(password::requestFocus);
    }

    /** The start of the program. */
    public static SignInPane signIn(List<Account> accounts, Consumer<Credentials> onSubmit) {
        return new SignInPane("sign-in", t("signIn.title"), t("signIn.intro"), t("signIn.submit"),
                accounts, accounts.size() <= 1, onSubmit);
    }

    /** The window locked after idle minutes: only the account at work can open it again. */
    public static SignInPane lock(Account atWork, Consumer<Credentials> onSubmit) {
        return new SignInPane("lock", t("lock.title"), t("lock.intro", atWork.name()), t("lock.submit"),
                List.of(atWork), true, onSubmit);
    }

    @Override
    protected Credentials collect() {
        if (password.getText().isEmpty()) {
            showMessage(t("signIn.passwordMissing"));
            password.requestFocus();
            return null;
        }
        return new Credentials(account.getValue(), password.getText().toCharArray());
    }

    @Override
    protected void clearPasswords() {
        password.clear();
        password.requestFocus();
    }
}
