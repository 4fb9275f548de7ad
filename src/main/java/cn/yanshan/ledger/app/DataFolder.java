package cn.yanshan.ledger.app;

import cn.yanshan.ledger.common.LedgerException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The folder that holds the ledger: database, log files, later backups and attachments.
 * Chosen by, in this order: {@code --data-dir DIR}, the environment variable {@code LEDGER_DATA_DIR},
 * the operating system's folder for application data.
 */
public record DataFolder(Path root) {

    public static final String ENV_VARIABLE = "LEDGER_DATA_DIR";
    static final String WINDOWS_FOLDER = "YanshanLedger";
    static final String UNIX_FOLDER = "yanshan-ledger";

    public static DataFolder resolve(Path fromOption) {
        return resolve(fromOption, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static DataFolder resolve(Path fromOption, Map<String, String> env, String osName, String userHome) {
        if (fromOption != null) {
            return new DataFolder(fromOption.toAbsolutePath().normalize());
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new DataFolder(Path.of(fromEnv.trim()).toAbsolutePath().normalize());
        }
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return new DataFolder(base.resolve(WINDOWS_FOLDER));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return new DataFolder(base.resolve(UNIX_FOLDER));
    }

    /** Creates the folder if needed; a folder that can't be made is a {@link LedgerException} with a Chinese message. */
    public DataFolder ensureExists() {
        try {
            Files.createDirectories(root);
            Files.createDirectories(logs());
        } catch (IOException | SecurityException e) {
            throw new LedgerException("无法创建数据文件夹：" + root + "。请检查该位置是否可写，或用 --data-dir 指定其他文件夹。", e);
        }
        return this;
    }

    /** Database file name without H2's ".mv.db" ending. */
    public Path databaseBase() {
        return root.resolve("ledger");
    }

    public Path logs() {
        return root.resolve("logs");
    }
}
