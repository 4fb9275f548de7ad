package cn.yanshan.ledger.report;

import cn.yanshan.ledger.common.LedgerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Predicate;

/**
 * Attachment files in the data folder's {@code attachments/} folder: copied in with their SHA-256, found again by
 * their path relative to the data folder (always written with '/', so the ledger moves between Windows and Linux).
 */
final class AttachmentFiles {

    static final String FOLDER = "attachments";
    private static final Logger LOG = LoggerFactory.getLogger(AttachmentFiles.class);

    /** A file copied in: where it is (relative to the data folder), how big, and its SHA-256 in hex. */
    record Copied(String storedPath, long size, String sha256) {
    }

    private final Path dataFolder;

    AttachmentFiles(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    /**
     * Copies {@code source} into {@code attachments/<subfolder>/} under a free name close to its own.
     *
     * @param taken stored paths the database already uses
     */
    Copied copyIn(Path source, String subfolder, Predicate<String> taken) {
        if (!Files.isRegularFile(source) || !Files.isReadable(source)) {
            throw new LedgerException("找不到或无法读取文件：" + source + "。请检查文件是否存在。");
        }
        String name = safeName(source.getFileName().toString());
        String relativeFolder = FOLDER + "/" + subfolder;
        try {
            Files.createDirectories(resolve(relativeFolder));
            for (int n = 1; ; n++) {
                String stored = relativeFolder + "/" + numbered(name, n);
                if (taken.test(stored) || Files.exists(resolve(stored))) {
                    continue;
                }
                try {
                    return copy(source, stored);
                } catch (FileAlreadyExistsException raced) {
                    // another copy took the name between the check and the write: try the next one
                }
            }
        } catch (IOException e) {
            LOG.error("Copying attachment {} failed", source, e);
            throw new LedgerException("无法把文件复制到数据文件夹：" + e.getMessage() + "。请检查磁盘空间和文件夹权限。", e);
        }
    }

    private Copied copy(Path source, String stored) throws IOException {
        Path target = resolve(stored);
        MessageDigest sha = sha256();
        long size;
        try (InputStream in = new DigestInputStream(Files.newInputStream(source), sha);
             OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            size = in.transferTo(out);
        } catch (IOException e) {
            if (!(e instanceof FileAlreadyExistsException)) {
                Files.deleteIfExists(target);
            }
            throw e;
        }
        return new Copied(stored, size, HexFormat.of().formatHex(sha.digest()));
    }

    Path resolve(String storedPath) {
        return dataFolder.resolve(storedPath.replace('/', java.io.File.separatorChar));
    }

    /** Deletes a stored file; a file that can't be deleted is logged and left. */
    void delete(String storedPath) {
        try {
            Files.deleteIfExists(resolve(storedPath));
        } catch (IOException e) {
            LOG.warn("Could not delete attachment file {}", storedPath, e);
        }
    }

    /** The SHA-256 of a stored file, to check it against the database. */
    String hashOf(String storedPath) {
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(resolve(storedPath)), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new LedgerException("无法读取附件文件：" + storedPath + "。", e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The name without characters Windows forbids in file names; never empty. */
    static String safeName(String name) {
        String clean = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        while (clean.endsWith(".")) {
            clean = clean.substring(0, clean.length() - 1);
        }
        return clean.isEmpty() ? "附件" : clean;
    }

    /** 材料.docx, 材料(2).docx, 材料(3).docx … */
    static String numbered(String name, int n) {
        if (n == 1) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) + "(" + n + ")" + name.substring(dot) : name + "(" + n + ")";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
