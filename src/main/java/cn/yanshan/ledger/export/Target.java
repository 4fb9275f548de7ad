package cn.yanshan.ledger.export;

import cn.yanshan.ledger.common.LedgerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Writes an export to a temporary file beside its target and moves it into place once complete: a failure leaves
 * the target as it was. Problems a clerk can fix (no such folder, no permission, the file open in Excel or WPS)
 * come back as Chinese sentences that say what to do.
 */
final class Target {

    private static final Logger LOG = LoggerFactory.getLogger(Target.class);

    /** Writes the file's content to a stream. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private Target() {
    }

    /**
     * @param beforeMove runs when the content is written and before it replaces the target (the audit line of an
     *                   unmasked export: no file with full numbers appears without it)
     */
    static void write(Path file, ExportKind kind, Content content, Runnable beforeMove) {
        Path target = file.toAbsolutePath().normalize();
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith("." + kind.extension())) {
            throw new LedgerException(kind.label() + "应保存为 ." + kind.extension() + " 文件，“" + name + "”不是。请把文件名改为以 ."
                    + kind.extension() + " 结尾。");
        }
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new LedgerException("无法保存“" + name + "”：文件夹“" + dir + "”不存在。请选择一个已有的文件夹。");
        }
        if (Files.isDirectory(target)) {
            throw new LedgerException("“" + target + "”是一个文件夹，不能作为文件保存。请换一个文件名。");
        }
        Path temp;
        try {
            // not createTempFile: its file is readable by its owner only, and the export is for others to read
            temp = Files.createFile(dir.resolve("." + name + "." + System.nanoTime() + ".tmp"));
        } catch (IOException e) {
            throw new LedgerException("无法在文件夹“" + dir + "”中写入文件" + why(e) + "。请换一个文件夹（例如“文档”或桌面）后再导出。", e);
        }
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            } catch (IOException e) {
                throw new LedgerException("写入“" + name + "”时出错" + why(e) + "。请检查磁盘空间后再试。", e);
            }
            beforeMove.run();
            move(temp, target, name);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                LOG.warn("Could not remove the temporary file {}", temp, e);
            }
        }
    }

    private static void move(Path temp, Path target, String name) {
        try {
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (AccessDeniedException e) {
            throw new LedgerException("没有权限写入“" + target + "”。若该文件正被 Excel 或 WPS 打开，请先关闭它；否则请换一个文件夹后再导出。", e);
        } catch (FileSystemException e) {
            throw new LedgerException("无法替换“" + name + "”" + why(e) + "：该文件可能正被 Excel 或 WPS 打开。请关闭它后再导出，或换一个文件名。", e);
        } catch (IOException e) {
            throw new LedgerException("无法保存“" + target + "”" + why(e) + "。", e);
        }
    }

    private static String why(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "（没有写入权限）";
        }
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        return reason == null || reason.isBlank() ? "" : "（" + reason + "）";
    }
}
