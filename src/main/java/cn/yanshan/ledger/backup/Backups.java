package cn.yanshan.ledger.backup;

import cn.yanshan.ledger.common.DiskFull;
import cn.yanshan.ledger.common.LedgerException;
import com.fasterxml.jackson.jr.ob.JSON;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Backups of a ledger: one zip holds the database file (as H2's online BACKUP wrote it, still encrypted), the
 * accounts file, the attachments and a manifest with the date and every table's row count. Automatic backups are
 * rotated: the newest 30 daily ones and the newest 12 monthly ones are kept.
 */
public final class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    static final String MANIFEST = "manifest.json";
    static final String DATABASE_ENTRY = "ledger.mv.db";
    static final String KEYS_ENTRY = "ledger.keys";
    static final String ATTACHMENTS = "attachments/";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    static final int KEEP_DAILY = 30;
    static final int KEEP_MONTHLY = 12;

    private final Path dataFolder;
    private final LiveDatabase database;
    private final Clock clock;
    private final String appVersion;

    /** The running database, as backups need it: its online backup and its row counts. */
    public interface LiveDatabase {
        /** Writes a consistent copy of the database file into a zip (H2's BACKUP TO). */
        void backupTo(Path zip);

        Map<String, Long> rowCounts();

        int schemaVersion();
    }

    public Backups(Path dataFolder, LiveDatabase database, Clock clock, String appVersion) {
        this.dataFolder = dataFolder;
        this.database = database;
        this.clock = clock;
        this.appVersion = appVersion;
    }

    /** The default folder for automatic backups, inside the data folder. */
    public Path defaultFolder() {
        return dataFolder.resolve("backups");
    }

    /** Makes a backup into {@code target} (a file name ending in .zip); nothing is left behind on failure. */
    public BackupInfo create(Path target, String reason) {
        LocalDateTime now = LocalDateTime.now(clock);
        Path tmpDb = null;
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            tmpDb = Files.createTempFile(dataFolder, "backup-", ".zip");
            Files.delete(tmpDb);
            database.backupTo(tmpDb);
            Map<String, Long> counts = database.rowCounts();
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                copyDatabaseEntry(tmpDb, zip);
                Path keys = dataFolder.resolve(KEYS_ENTRY);
                if (Files.exists(keys)) {
                    putFile(zip, KEYS_ENTRY, keys);
                }
                Path attachments = dataFolder.resolve("attachments");
                if (Files.isDirectory(attachments)) {
                    try (Stream<Path> files = Files.walk(attachments)) {
                        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                            putFile(zip, ATTACHMENTS + attachments.relativize(f).toString().replace('\\', '/'), f);
                        }
                    }
                }
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(JSON.std.asBytes(manifest(now, reason, counts)));
                zip.closeEntry();
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new BackupInfo(target, now, reason, appVersion, database.schemaVersion(), counts);
        } catch (IOException e) {
            throw new LedgerException(describeWriteFailure(target, e), e);
        } finally {
            deleteQuietly(tmpDb);
            deleteQuietly(partial);
        }
    }

    /**
     * The automatic backup: today's daily backup and this month's monthly one, each made once, then rotation.
     * Returns the backup made, or null when today's already existed.
     */
    public BackupInfo automatic(Path folder) {
        LocalDateTime now = LocalDateTime.now(clock);
        Path daily = folder.resolve("daily").resolve("ledger-" + now.toLocalDate() + ".zip");
        Path monthly = folder.resolve("monthly").resolve("ledger-" + now.toLocalDate().toString().substring(0, 7) + ".zip");
        BackupInfo made = null;
        if (!Files.exists(daily)) {
            made = create(daily, "每日自动备份");
        }
        if (!Files.exists(monthly)) {
            try {
                Files.createDirectories(monthly.getParent());
                Files.copy(made != null ? daily : create(daily, "每日自动备份").file(), monthly);
            } catch (IOException e) {
                throw new LedgerException(describeWriteFailure(monthly, e), e);
            }
        }
        rotate(folder.resolve("daily"), KEEP_DAILY);
        rotate(folder.resolve("monthly"), KEEP_MONTHLY);
        return made;
    }

    /**
     * The backup on exit: today's daily backup written again, so that it holds the day's last state, then the
     * monthly one and rotation as for {@link #automatic}.
     */
    public BackupInfo onExit(Path folder) {
        LocalDateTime now = LocalDateTime.now(clock);
        BackupInfo made = create(folder.resolve("daily").resolve("ledger-" + now.toLocalDate() + ".zip"), "退出时自动备份");
        automatic(folder);
        return made;
    }

    /** The ledger as it is, kept in {@code restore/} of the backup folder before a backup replaces it. */
    public BackupInfo beforeRestore(Path folder) {
        return create(unused(folder.resolve("restore"), "before-restore-" + STAMP.format(LocalDateTime.now(clock))),
                "恢复前自动备份");
    }

    /**
     * {@code name.zip} in the folder, or {@code name-2.zip}, {@code name-3.zip} … when it is taken: two backups in the
     * same second never overwrite each other (the one being restored may be the other).
     */
    private static Path unused(Path folder, String name) {
        Path file = folder.resolve(name + ".zip");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(name + "-" + n + ".zip");
        }
        return file;
    }

    /** A manual backup into a chosen folder (a USB stick), named by date and time. */
    public BackupInfo manual(Path folder) {
        return create(unused(folder, "ledger-" + STAMP.format(LocalDateTime.now(clock))), "手动备份");
    }

    /** Reads a backup's manifest without touching the ledger: the preview before a restore. */
    @SuppressWarnings("unchecked")
    public static BackupInfo inspect(Path zipFile) {
        boolean hasDatabase;
        Map<String, Object> manifest = null;
        // the zip's directory, not its entries in turn: the manifest is read without reading the database entry
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            hasDatabase = zip.getEntry(DATABASE_ENTRY) != null;
            ZipEntry entry = zip.getEntry(MANIFEST);
            if (entry != null) {
                try (InputStream in = zip.getInputStream(entry)) {
                    manifest = JSON.std.mapFrom(in.readAllBytes());
                }
            }
        } catch (NoSuchFileException | FileNotFoundException e) {
            throw new LedgerException("找不到备份文件：" + zipFile + "。如果它在U盘上，请确认U盘已插好。", e);
        } catch (IOException | RuntimeException e) {
            throw new LedgerException("“" + zipFile.getFileName() + "”不是本程序的备份文件，或文件已损坏。", e);
        }
        if (manifest == null || !hasDatabase) {
            throw new LedgerException("“" + zipFile.getFileName() + "”不是本程序的备份文件，或文件不完整。");
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        ((Map<String, Object>) manifest.getOrDefault("rowCounts", Map.of()))
                .forEach((k, v) -> counts.put(k, ((Number) v).longValue()));
        return new BackupInfo(zipFile, LocalDateTime.parse((String) manifest.get("madeAt")),
                (String) manifest.get("reason"), (String) manifest.get("appVersion"),
                ((Number) manifest.get("schemaVersion")).intValue(), counts);
    }

    /**
     * Puts a backup's files in place of the ledger's. The database must be closed. Files are first extracted beside
     * the ledger and only then moved over it, so a failure leaves the ledger as it was.
     */
    public static void restoreInto(Path zipFile, Path dataFolder) {
        inspect(zipFile);
        Path staging = dataFolder.resolve("restore-staging");
        try {
            deleteTree(staging);
            Files.createDirectories(staging);
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(zipFile))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    Path out = staging.resolve(e.getName()).normalize();
                    if (!out.startsWith(staging) || e.isDirectory() || e.getName().equals(MANIFEST)) {
                        continue;
                    }
                    Files.createDirectories(out.getParent());
                    Files.copy(zip, out);
                }
            }
            deleteTree(dataFolder.resolve("attachments"));
            if (Files.isDirectory(staging.resolve("attachments"))) {
                Files.move(staging.resolve("attachments"), dataFolder.resolve("attachments"));
            }
            if (Files.exists(staging.resolve(KEYS_ENTRY))) {
                Files.move(staging.resolve(KEYS_ENTRY), dataFolder.resolve(KEYS_ENTRY), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(staging.resolve(DATABASE_ENTRY), dataFolder.resolve(DATABASE_ENTRY), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new LedgerException("恢复未能完成：" + e.getMessage() + "。当前台账没有改动；请检查磁盘空间后重试。", e);
        } finally {
            deleteTree(staging);
        }
    }

    /** The backups in a folder, newest first. */
    public static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            throw new LedgerException("无法读取备份文件夹：" + folder + "。", e);
        }
    }

    private static void rotate(Path folder, int keep) {
        List<Path> all = list(folder);
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            deleteQuietly(old);
        }
    }

    private Map<String, Object> manifest(LocalDateTime now, String reason, Map<String, Long> counts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("madeAt", now.toString());
        m.put("reason", reason);
        m.put("appVersion", appVersion);
        m.put("schemaVersion", database.schemaVersion());
        m.put("rowCounts", counts);
        return m;
    }

    /** H2's BACKUP TO writes a zip holding the one database file; its entry becomes ours. */
    private static void copyDatabaseEntry(Path h2Backup, ZipOutputStream zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(h2Backup))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().endsWith(".mv.db")) {
                    zip.putNextEntry(new ZipEntry(DATABASE_ENTRY));
                    in.transferTo(zip);
                    zip.closeEntry();
                    return;
                }
            }
        }
        throw new IOException("the database backup holds no database file");
    }

    private static void putFile(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(zip);
        }
        zip.closeEntry();
    }

    private static String describeWriteFailure(Path target, IOException e) {
        if (e instanceof NoSuchFileException || !Files.isDirectory(target.toAbsolutePath().getParent())) {
            return "备份位置“" + target.getParent() + "”不存在或已拔出（U盘？）。台账没有改动；请插好U盘或选择其他位置后重试。";
        }
        if (DiskFull.isCause(e)) {
            return "备份位置“" + target.getParent() + "”的磁盘已满。台账没有改动；请清理空间或选择其他位置后重试。";
        }
        return "备份未能写入“" + target + "”：" + e.getMessage() + "。台账没有改动；请检查该位置是否可写后重试。";
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", p, e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> all = new ArrayList<>(files.toList());
            all.sort(Comparator.reverseOrder());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete {}", root, e);
        }
    }
}
