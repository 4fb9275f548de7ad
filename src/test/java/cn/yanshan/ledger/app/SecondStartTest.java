package cn.yanshan.ledger.app;

import cn.yanshan.ledger.plan.TaskDetail;
import cn.yanshan.ledger.testing.Ledgers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A second copy of the program on the same ledger says so in Chinese and changes nothing. */
class SecondStartTest {

    @Test
    void aSecondProcessIsToldTheLedgerIsOpenAndTheFirstKeepsWorking(@TempDir Path dir) throws Exception {
        try (Services first = Ledgers.openFile(dir)) {
            List<TaskDetail> before = first.plan().allTasks();

            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    "cn.yanshan.ledger.Launcher", "--data-dir", dir.toString(), "plan")
                    .redirectErrorStream(true);
            builder.environment().put("LEDGER_PASSWORD", Ledgers.PASSWORD);
            Process second = builder.start();
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = read(second);
            assertThat(second.exitValue()).isEqualTo(1);
            assertThat(output).contains("台账已经在另一个窗口或程序中打开");

            assertThat(first.plan().allTasks()).isEqualTo(before);
        }
    }

    private static String read(Process p) throws IOException {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
