package cn.yanshan.ledger.app.ui;

import cn.yanshan.ledger.app.DataFolder;
import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.app.StartupTrace;
import cn.yanshan.ledger.backup.BackupInfo;
import cn.yanshan.ledger.backup.Backups;
import cn.yanshan.ledger.common.LedgerException;
import cn.yanshan.ledger.db.Database;
import cn.yanshan.ledger.overview.ui.OverviewView;
import cn.yanshan.ledger.security.Account;
import cn.yanshan.ledger.security.Session;
import cn.yanshan.ledger.security.Vault;
import cn.yanshan.ledger.security.ui.Credentials;
import cn.yanshan.ledger.security.ui.FirstAccountPane;
import cn.yanshan.ledger.security.ui.GatePane;
import cn.yanshan.ledger.security.ui.SignInPane;
import cn.yanshan.ledger.ui.BackgroundRunner;
import javafx.application.Platform;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import static cn.yanshan.ledger.ui.I18n.t;

/**
 * From the window's first frame to the ledger at work: the first account or the sign-in, opening the encrypted
 * ledger off the UI thread, the daily backup, and the lock after idle minutes. The window is the program's; the
 * screen tests drive the same flow on their own window.
 */
public final class SignInFlow {

    private static final Logger LOG = LoggerFactory.getLogger(SignInFlow.class);

    /** The ledger open and shown. */
    public record Opened(Services services, Session session) {
    }

    private final MainWindow window;
    private final DataFolder folder;
    private final BackgroundRunner runner;
    private final Clock clock;
    private final Consumer<Opened> onOpened;
    private Vault vault;
    private IdleLock idleLock;

    /**
     * @param onOpened what the program does once the ledger is shown (closing it with the window, the backup on exit)
     */
    public SignInFlow(MainWindow window, DataFolder folder, BackgroundRunner runner, Clock clock, Consumer<Opened> onOpened) {
        this.window = window;
        this.folder = folder;
        this.runner = runner;
        this.clock = clock;
        this.onOpened = onOpened;
    }

    /** Shows the first-account pane on a new ledger, else the sign-in; a ledger open elsewhere is said at once. */
    public void begin() {
        try {
            if (Database.inUse(folder.databaseBase())) {
                throw Database.openElsewhere(null);
            }
            vault = Services.vault(folder);
        } catch (LedgerException e) {
            LOG.warn("The ledger cannot be opened: {}", e.getMessage());
            window.fail(e);
            return;
        }
        if (vault.isNew()) {
            FirstAccountPane[] pane = new FirstAccountPane[1];
            pane[0] = new FirstAccountPane(c -> open(pane[0], c, () -> vault.createAdministrator(c.account(), c.password())));
            window.showGate(pane[0]);
        } else {
            SignInPane[] pane = new SignInPane[1];
            pane[0] = SignInPane.signIn(vault.accounts(), c -> open(pane[0], c, () -> vault.signIn(c.account(), c.password())));
            window.showGate(pane[0]);
        }
    }

    /**
     * Signs in and opens the ledger on a thread of its own, while the toolkit starts: {@code --smoke}, whose password
     * comes from the environment.
     */
    static CompletableFuture<Loaded> openAhead(DataFolder folder, Callable<Session> signIn, Clock clock) {
        CompletableFuture<Loaded> opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                StartupTrace.mark("opening the ledger");
                opening.complete(load(folder, signIn.call(), clock));
                StartupTrace.mark("ledger open");
            } catch (Throwable e) {
                opening.completeExceptionally(e);
            }
        }, "ledger-open");
        opener.setDaemon(true);
        opener.start();
        return opening;
    }

    /** Shows the ledger {@link #openAhead} opens, when it is open. */
    void showWhenOpen(CompletableFuture<Loaded> opening, Consumer<Throwable> onFailure) {
        opening.whenComplete((loaded, error) -> Platform.runLater(() -> {
            if (error != null) {
                onFailure.accept(error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
            } else {
                try {
                    vault = Services.vault(folder);
                    show(loaded);
                } catch (RuntimeException e) {
                    onFailure.accept(e);
                }
            }
        }));
    }

    private void open(GatePane pane, Credentials c, Callable<Session> signIn) {
        runner.run(() -> {
            try {
                return load(signIn.call());
            } finally {
                Arrays.fill(c.password(), '\0');
            }
        }, this::show, e -> {
            LOG.info("Sign-in refused: {}", e.getMessage());
            pane.fail(e instanceof LedgerException ? e.getMessage() : t("signIn.failed", e));
        });
    }

    /** The ledger open, with the overview's figures read. */
    record Loaded(Services services, Session session, OverviewView.Data overview) {
    }

    private Loaded load(Session session) {
        return load(folder, session, clock);
    }

    private static Loaded load(DataFolder folder, Session session, Clock clock) {
        StartupTrace.mark("signed in");
        Services services = Services.open(folder, session, clock);
        try {
            return new Loaded(services, session, OverviewView.load(services.plan(), services.stats()));
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    private void show(Loaded loaded) {
        window.attach(loaded.services(), loaded.overview());
        Account account = loaded.session().account();
        idleLock = new IdleLock(window.stage().getScene(),
                Duration.minutes(loaded.services().settings().idleLockMinutes()), () -> lock(account));
        window.onLock(() -> lock(account));
        window.onIdleMinutesChanged(minutes -> idleLock.setIdle(Duration.minutes(minutes)));
        window.onRestore(backup -> restore(loaded.services(), backup));
        idleLock.start();
        onOpened.accept(new Opened(loaded.services(), loaded.session()));
        dailyBackup(loaded.services());
    }

    MainWindow window() {
        return window;
    }

    /** The time until the lock, shorter than the settings allow: for the screen test, which cannot wait minutes. */
    void setIdle(Duration idle) {
        idleLock.setIdle(idle);
    }

    /** Locks the window now; only the account at work opens it again, and the work under the lock is kept. */
    public void lock(Account account) {
        if (window.isLocked()) {
            return;
        }
        idleLock.pause();
        SignInPane[] pane = new SignInPane[1];
        pane[0] = SignInPane.lock(account, c -> runner.run(() -> {
            try {
                return vault.confirms(account, c.password());
            } finally {
                Arrays.fill(c.password(), '\0');
            }
        }, ok -> {
            if (ok) {
                window.unlock();
                idleLock.start();
            } else {
                pane[0].fail(t("lock.wrongPassword"));
            }
        }, e -> pane[0].fail(e.getMessage())));
        window.lock(pane[0]);
    }

    /**
     * Replaces the ledger with a backup: the ledger as it is is backed up first, then closed, the backup put in its
     * place, and the window asks for the password again (the backup's accounts now count).
     */
    private void restore(Services services, Path backup) {
        idleLock.stop();
        runner.run(() -> {
            services.backups().beforeRestore(services.backupFolder());
            services.close();
            Backups.restoreInto(backup, folder.root());
            return backup;
        }, done -> {
            window.detach();
            window.dialogs().showInfo(t("settings.backup.restored", done.getFileName()));
            begin();
        }, e -> {
            LOG.warn("Restore failed", e);
            window.dialogs().showError(e);
            if (!services.isOpen()) {
                window.detach();
                begin();
            } else {
                idleLock.start();
            }
        });
    }

    /** Today's automatic backup, once a day, off the UI thread; a failure is said but does not stop the work. */
    private void dailyBackup(Services services) {
        runner.run(() -> services.backups().automatic(services.backupFolder()), (BackupInfo made) -> {
            if (made != null) {
                LOG.info("Daily backup written to {}", made.file());
            }
        }, e -> {
            LOG.warn("The daily backup failed", e);
            window.dialogs().showError(t("backup.dailyFailed", e.getMessage()));
        });
    }
}
