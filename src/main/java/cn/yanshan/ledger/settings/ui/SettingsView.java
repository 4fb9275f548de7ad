package cn.yanshan.ledger.settings.ui;

import cn.yanshan.ledger.backup.BackupInfo;
import cn.yanshan.ledger.backup.Backups;
import cn.yanshan.ledger.common.LedgerException;
import cn.yanshan.ledger.security.Account;
import cn.yanshan.ledger.security.KeyRing;
import cn.yanshan.ledger.security.PasswordStrength;
import cn.yanshan.ledger.security.Role;
import cn.yanshan.ledger.security.Session;
import cn.yanshan.ledger.settings.Settings;
import cn.yanshan.ledger.ui.BackgroundRunner;
import cn.yanshan.ledger.ui.DialogService;
import cn.yanshan.ledger.ui.View;
import cn.yanshan.ledger.ui.Tables;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static cn.yanshan.ledger.ui.I18n.t;

/**
 * 设置: minutes until the window locks; backups (where the automatic ones go, a backup now, the backups there with
 * their date and counts, restore); accounts (an administrator adds them; everyone changes their own password).
 */
public final class SettingsView implements View {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What the view works with: the ledger's settings and backups, and who is signed in. */
    public record Context(Settings settings, Backups backups, Supplier<Path> backupFolder, Account account,
                          Optional<Session> session, Supplier<KeyRing> keyRing) {
    }

    private final Context context;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final IntConsumer idleMinutesChanged;
    private final Consumer<Path> restore;
    private final boolean admin;
    private final Spinner<Integer> idleMinutes = new Spinner<>(Settings.MIN_IDLE_LOCK_MINUTES, Settings.MAX_IDLE_LOCK_MINUTES,
            Settings.DEFAULT_IDLE_LOCK_MINUTES);
    private final Label backupFolder = new Label();
    private final ObservableList<BackupInfo> backups = FXCollections.observableArrayList();
    private final TableView<BackupInfo> backupTable = new TableView<>(backups);
    private final ObservableList<Account> accounts = FXCollections.observableArrayList();
    private final TableView<Account> accountTable = new TableView<>(accounts);
    private final ScrollPane root;

    /**
     * @param idleMinutesChanged told when the lock time changes, so the running window uses it at once
     * @param restore            closes the ledger, restores the backup and asks for the password again
     */
    public SettingsView(Context context, BackgroundRunner runner, DialogService dialogs, IntConsumer idleMinutesChanged,
                        Consumer<Path> restore) {
        this.context = context;
        this.runner = runner;
        this.dialogs = dialogs;
        this.idleMinutesChanged = idleMinutesChanged;
        this.restore = restore;
        this.admin = context.account().role() == Role.ADMIN;

        Label title = new Label(t("settings.title"));
        title.getStyleClass().add("page-title");
        VBox content = new VBox(22, title, lockSection(), backupSection(), accountSection());
        content.setPadding(new Insets(16, 24, 24, 24));
        content.setMaxWidth(900);
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("settings-view");
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activate() {
        runner.run(() -> context.settings().idleLockMinutes(), idleMinutes.getValueFactory()::setValue, dialogs::showError);
        refreshBackups();
        refreshAccounts();
    }

    private Node lockSection() {
        idleMinutes.setId("settings-idle-minutes");
        idleMinutes.setEditable(true);
        idleMinutes.setPrefWidth(90);
        Button save = new Button(t("settings.save"));
        save.setId("settings-idle-save");
        save.setOnAction(e -> {
            int minutes = idleMinutes.getValue();
            runner.run(() -> {
                context.settings().setIdleLockMinutes(minutes);
                return minutes;
            }, m -> {
                idleMinutesChanged.accept(m);
                dialogs.showInfo(t("settings.idle.saved", m));
            }, dialogs::showError);
        });
        HBox row = new HBox(10, new Label(t("settings.idle.label")), idleMinutes, new Label(t("settings.minutes")), save);
        row.setAlignment(Pos.CENTER_LEFT);
        return section(t("settings.idle.title"), t("settings.idle.hint"), row);
    }

    private Node backupSection() {
        backupFolder.setId("settings-backup-folder");
        backupFolder.setWrapText(true);
        Button choose = new Button(t("settings.backup.choose"));
        choose.setId("settings-backup-choose");
        choose.setOnAction(e -> dialogs.chooseFolder(t("settings.backup.choose")).ifPresent(folder -> runner.run(() -> {
            context.settings().setBackupFolder(folder);
            return folder;
        }, f -> refreshBackups(), dialogs::showError)));
        Button reset = new Button(t("settings.backup.default"));
        reset.setOnAction(e -> runner.run(() -> {
            context.settings().setBackupFolder(null);
            return true;
        }, ok -> refreshBackups(), dialogs::showError));
        Button now = new Button(t("settings.backup.now"));
        now.setId("settings-backup-now");
        now.setOnAction(e -> runner.run(() -> context.backups().manual(context.backupFolder().get()),
                made -> {
                    refreshBackups();
                    dialogs.showInfo(t("settings.backup.done", made.file(), made.rows("person"), made.rows("placement")));
                }, dialogs::showError));
        HBox folderRow = new HBox(10, new Label(t("settings.backup.folder")), backupFolder, choose, reset);
        folderRow.setAlignment(Pos.CENTER_LEFT);

        backupTable.setId("settings-backups");
        backupTable.setPrefHeight(220);
        backupTable.setPlaceholder(new Label(t("settings.backup.none")));
        backupTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        backupTable.getColumns().add(Tables.unsortedColumn(t("settings.backup.col.time"), b -> TIME.format(b.madeAt()), 140));
        backupTable.getColumns().add(Tables.unsortedColumn(t("settings.backup.col.reason"), BackupInfo::reason, 120));
        backupTable.getColumns().add(Tables.unsortedColumn(t("settings.backup.col.persons"), b -> String.valueOf(b.rows("person")), 80));
        backupTable.getColumns().add(Tables.unsortedColumn(t("settings.backup.col.placements"), b -> String.valueOf(b.rows("placement")), 90));
        backupTable.getColumns().add(Tables.unsortedColumn(t("settings.backup.col.file"), b -> b.file().getFileName().toString(), 240));
        Button restoreButton = new Button(t("settings.backup.restore"));
        restoreButton.setId("settings-backup-restore");
        restoreButton.setDisable(true);
        backupTable.getSelectionModel().selectedItemProperty().addListener((obs, old, b) -> restoreButton.setDisable(b == null || !admin));
        restoreButton.setOnAction(e -> {
            BackupInfo b = backupTable.getSelectionModel().getSelectedItem();
            if (b != null && dialogs.confirm(t("settings.backup.restoreConfirm", TIME.format(b.madeAt()), b.reason(),
                    b.rows("person"), b.rows("placement")))) {
                restore.accept(b.file());
            }
        });
        Label restoreHint = new Label(admin ? t("settings.backup.restoreHint") : t("settings.adminOnly"));
        restoreHint.getStyleClass().add("muted");
        restoreHint.setWrapText(true);
        HBox actions = new HBox(10, now, restoreButton);
        return section(t("settings.backup.title"), t("settings.backup.hint"), folderRow, actions, backupTable, restoreHint);
    }

    private Node accountSection() {
        accountTable.setId("settings-accounts");
        accountTable.setPrefHeight(140);
        accountTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        accountTable.getColumns().add(Tables.unsortedColumn(t("settings.account.name"), Account::name, 200));
        accountTable.getColumns().add(Tables.unsortedColumn(t("settings.account.role"), a -> a.role().label(), 120));

        TextField name = new TextField();
        name.setId("settings-account-new-name");
        name.setPromptText(t("settings.account.name"));
        ComboBox<Role> role = new ComboBox<>(FXCollections.observableArrayList(Role.values()));
        role.setValue(Role.CLERK);
        role.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Role r) {
                return r == null ? "" : r.label();
            }

            @Override
            public Role fromString(String s) {
                return Arrays.stream(Role.values()).filter(r -> r.label().equals(s)).findFirst().orElse(Role.CLERK);
            }
        });
        PasswordField password = new PasswordField();
        password.setId("settings-account-new-password");
        password.setPromptText(t("settings.account.password"));
        Button add = new Button(t("settings.account.add"));
        add.setId("settings-account-add");
        add.setOnAction(e -> {
            char[] pw = password.getText().toCharArray();
            String n = name.getText();
            Role r = role.getValue();
            runner.run(() -> {
                Session by = context.session().orElseThrow(() -> new LedgerException(t("settings.account.noSession")));
                context.keyRing().get().addAccount(by, n, r, pw);
                return n;
            }, added -> {
                name.clear();
                password.clear();
                refreshAccounts();
                dialogs.showInfo(t("settings.account.added", added));
            }, dialogs::showError);
        });
        HBox addRow = new HBox(8, name, role, password, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        addRow.setDisable(!admin);

        PasswordField old = new PasswordField();
        old.setId("settings-password-old");
        PasswordField fresh = new PasswordField();
        fresh.setId("settings-password-new");
        PasswordField repeat = new PasswordField();
        repeat.setId("settings-password-repeat");
        Label strength = new Label();
        strength.getStyleClass().add("muted");
        fresh.textProperty().addListener((obs, o, n) -> strength.setText(t("firstAccount.strength", PasswordStrength.of(n).label())));
        Button change = new Button(t("settings.password.change"));
        change.setId("settings-password-change");
        change.setOnAction(e -> {
            if (!fresh.getText().equals(repeat.getText())) {
                dialogs.showError(t("firstAccount.mismatch"));
                return;
            }
            char[] o = old.getText().toCharArray();
            char[] n = fresh.getText().toCharArray();
            runner.run(() -> {
                context.keyRing().get().changePassword(context.account().name(), o, n);
                return true;
            }, ok -> {
                old.clear();
                fresh.clear();
                repeat.clear();
                dialogs.showInfo(t("settings.password.changed"));
            }, dialogs::showError);
        });
        GridPane pw = new GridPane();
        pw.setHgap(10);
        pw.setVgap(8);
        pw.addRow(0, new Label(t("settings.password.old")), old);
        pw.addRow(1, new Label(t("settings.password.new")), fresh, strength);
        pw.addRow(2, new Label(t("settings.password.repeat")), repeat, change);
        Label who = new Label(t("settings.account.current", context.account().name(), context.account().role().label()));
        Label addHint = new Label(admin ? t("settings.account.addHint") : t("settings.adminOnly"));
        addHint.getStyleClass().add("muted");
        addHint.setWrapText(true);
        return section(t("settings.account.title"), t("settings.account.hint"), who, accountTable, addRow, addHint,
                new Label(t("settings.password.title")), pw);
    }

    private void refreshBackups() {
        runner.run(() -> {
            Path folder = context.backupFolder().get();
            return new Listing(folder, backupsIn(folder));
        }, listing -> {
            backupFolder.setText(listing.folder().toString());
            backups.setAll(listing.backups());
        }, dialogs::showError);
    }

    private record Listing(Path folder, List<BackupInfo> backups) {
    }

    /** Every backup under the folder (daily, monthly, by hand, before a restore), newest first; unreadable ones left out. */
    static List<BackupInfo> backupsIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupInfo> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder, 3)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".zip")).toList()) {
                try {
                    found.add(Backups.inspect(f));
                } catch (LedgerException notABackup) {
                    // a stray zip in the folder is not a backup
                }
            }
        }
        found.sort(Comparator.comparing(BackupInfo::madeAt).reversed());
        return found;
    }

    private void refreshAccounts() {
        runner.run(() -> context.keyRing().get().accounts(), accounts::setAll, dialogs::showError);
    }

    private static Node section(String title, String hint, Node... body) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        Label h = new Label(hint);
        h.getStyleClass().add("muted");
        h.setWrapText(true);
        VBox box = new VBox(10, heading, h);
        box.getChildren().addAll(body);
        return box;
    }
}
