package cn.yanshan.ledger.app;

import cn.yanshan.ledger.common.DiskFull;
import cn.yanshan.ledger.common.LedgerException;
import cn.yanshan.ledger.person.PersonQuery;
import cn.yanshan.ledger.testing.Cli;
import cn.yanshan.ledger.testing.Ledgers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A disk that fills up while the clerk works, and a data folder that can't be written: a message in Chinese, and
 * nothing already saved is lost. The full disk is a real one: a small RAM disk (tmpfs), which needs the right to
 * mount; where that is missing the test says so and is skipped.
 */
class FullDiskTest {

    @TempDir
    Path dir;

    private static final String GIVEN = "春梅文学国华丽芬志强秀英建军玉兰明德桂香";

    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            run("umount", mounted.toString());
        }
    }

    @Test
    void aFullDiskStopsTheWorkWithAMessageAndTheLedgerKeepsWhatWasSaved() throws Exception {
        Path disk = dir.resolve("disk");
        Files.createDirectories(disk);
        boolean canMount = System.getProperty("os.name").startsWith("Linux")
                && run("mount", "-t", "tmpfs", "-o", "size=12m", "tmpfs", disk.toString()) == 0;
        Assumptions.assumeTrue(canMount, "FullDiskTest skipped: no right to mount a small RAM disk (tmpfs) here");
        mounted = disk;

        int saved = 0;
        Throwable failure = null;
        try (Services ledger = Ledgers.openFile(disk)) {
            // a filler leaves room for the ledger and a little work
            fill(disk.resolve("filler.bin"), freeBytes(disk) - 1_500_000);
            try {
                for (int i = 0; i < 100_000; i++) {
                    String name = "杨" + GIVEN.charAt(i % GIVEN.length()) + GIVEN.charAt(i / GIVEN.length() % GIVEN.length());
                    ledger.persons().create(Ledgers.person(name, Ledgers.id()).withNote("备注".repeat(200)));
                    saved++;
                }
            } catch (RuntimeException e) {
                failure = e;
            }
        } catch (RuntimeException closing) {
            if (failure == null) {
                failure = closing;
            }
        }
        assertThat(failure).as("the disk filled up").isNotNull();
        assertThat(failure instanceof LedgerException || DiskFull.isCause(failure)).as(failure.toString()).isTrue();
        String message = failure instanceof LedgerException ? failure.getMessage() : DiskFull.exception(failure).getMessage();
        assertThat(message).contains("磁盘已满");

        Files.delete(disk.resolve("filler.bin"));
        try (Services again = Ledgers.openFile(disk)) {
            int count = again.persons().count(PersonQuery.ALL);
            assertThat(count).as("every person saved before the disk was full").isBetween(saved, saved + 1);
            assertThat(saved).isPositive();
        }
    }

    @Test
    void aDataFolderThatCannotBeMadeIsSaidInChinese() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "");
        Cli.Run r = Cli.run("--data-dir", file.resolve("ledger").toString(), "plan");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("无法创建数据文件夹").contains("--data-dir");
    }

    private static long freeBytes(Path p) throws IOException {
        return Files.getFileStore(p).getUsableSpace();
    }

    private static void fill(Path file, long bytes) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written + block.length <= bytes; written += block.length) {
                out.write(block);
            }
        }
    }

    private static int run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException noSuchCommand) {
            return -1;
        }
    }
}
