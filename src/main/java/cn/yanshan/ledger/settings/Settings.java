package cn.yanshan.ledger.settings;

import cn.yanshan.ledger.audit.AuditLog;
import cn.yanshan.ledger.common.LedgerException;
import org.jooq.DSLContext;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of 设置 that belong to the ledger: minutes until the screen locks, and where automatic backups go.
 * Each change is in the audit log like any other.
 */
public final class Settings {

    public static final int DEFAULT_IDLE_LOCK_MINUTES = 10;
    public static final int MIN_IDLE_LOCK_MINUTES = 1;
    public static final int MAX_IDLE_LOCK_MINUTES = 240;
    static final String IDLE_LOCK_MINUTES = "idle_lock_minutes";
    static final String BACKUP_FOLDER = "backup_folder";

    private final DSLContext dsl;
    private final SettingsStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final String actor;

    public Settings(DSLContext dsl, SettingsStore store, AuditLog audit, Clock clock, String actor) {
        this.dsl = dsl;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.actor = actor;
    }

    /** Minutes without a key or a mouse move before the window locks. */
    public int idleLockMinutes() {
        return store.get(dsl, IDLE_LOCK_MINUTES).map(Integer::parseInt).orElse(DEFAULT_IDLE_LOCK_MINUTES);
    }

    public void setIdleLockMinutes(int minutes) {
        if (minutes < MIN_IDLE_LOCK_MINUTES || minutes > MAX_IDLE_LOCK_MINUTES) {
            throw new LedgerException("锁屏时间应在 " + MIN_IDLE_LOCK_MINUTES + " 到 " + MAX_IDLE_LOCK_MINUTES + " 分钟之间。");
        }
        change(IDLE_LOCK_MINUTES, idleLockMinutes() + "", minutes + "");
    }

    /** The folder chosen for automatic backups (a USB stick), or empty for the data folder's own. */
    public Optional<Path> backupFolder() {
        return store.get(dsl, BACKUP_FOLDER).map(Path::of);
    }

    /** Sets the folder for automatic backups; {@code null} goes back to the data folder's own. */
    public void setBackupFolder(Path folder) {
        String after;
        try {
            after = folder == null ? "" : folder.toAbsolutePath().normalize().toString();
        } catch (InvalidPathException e) {
            throw new LedgerException("备份文件夹的路径无效：" + folder + "。", e);
        }
        change(BACKUP_FOLDER, backupFolder().map(Path::toString).orElse(""), after);
    }

    /** Saves a setting and logs the change; an empty value removes it, so that its default applies again. */
    private void change(String name, String before, String after) {
        dsl.transaction(c -> {
            if (after.isEmpty()) {
                store.remove(c.dsl(), name);
            } else {
                store.put(c.dsl(), name, after, LocalDateTime.now(clock), actor);
            }
            audit.record(c.dsl(), "setting", null, AuditLog.UPDATE, Map.of(name, before), Map.of(name, after));
        });
    }
}
