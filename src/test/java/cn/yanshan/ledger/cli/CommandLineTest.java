package cn.yanshan.ledger.cli;

import cn.yanshan.ledger.testing.Cli;
import com.fasterxml.jackson.jr.ob.JSON;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a script would use it: output, JSON shape and exit codes. */
class CommandLineTest {

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void planJsonGivesThePlanAndEveryTaskWithCanonicalUnitNames() throws IOException {
        Cli.Run r = Cli.run("--data-dir", dir.toString(), "plan", "--json");
        assertThat(r.exitCode()).isZero();
        Map<String, Object> root = JSON.std.mapFrom(r.out());
        Map<String, Object> plan = (Map<String, Object>) root.get("plan");
        assertThat(plan).containsEntry("target", 450).containsEntry("periodStart", "2022-01-01")
                .containsEntry("periodEnd", "2024-12-31");
        assertThat((String) plan.get("title")).contains("任务分解清单");
        List<Map<String, Object>> tasks = (List<Map<String, Object>>) root.get("tasks");
        assertThat(tasks).hasSize(16);
        assertThat(tasks).filteredOn(t -> t.get("section").equals(1)).hasSize(10);
        assertThat(tasks).filteredOn(t -> t.get("section").equals(2)).hasSize(6);
        Map<String, Object> rural = tasks.stream().filter(t -> t.get("title").equals("实施农村残疾人就业帮扶行动")).findFirst().orElseThrow();
        assertThat(rural).containsEntry("number", 5).containsEntry("measures", 8)
                .containsEntry("deadline", "2024年底前取得明显成效，持续推进");
        assertThat((List<String>) rural.get("lead")).containsExactly("县人力资源和社会保障局");
        assertThat((List<String>) rural.get("responsible")).contains("县乡村振兴局", "县文化和旅游局", "江那镇");
    }

    @Test
    void dataDirMayStandAfterTheCommandToo() {
        Cli.Run r = Cli.run("plan", "--data-dir", dir.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("一、十个专项行动").contains("实施农村残疾人就业帮扶行动（8 项措施）");
        assertThat(dir.resolve("ledger.mv.db")).exists();
    }

    @Test
    void wrongArgumentsGiveUsageAndExitCodeTwo() {
        assertThat(Cli.run("bogus").exitCode()).isEqualTo(2);
        Cli.Run r = Cli.run("plan", "--jsn");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--jsn");
        assertThat(Cli.run().exitCode()).isEqualTo(2);
    }

    @Test
    void helpAndVersionWorkEverywhere() {
        assertThat(Cli.run("--version").out()).contains("残疾人就业帮扶台账");
        assertThat(Cli.run("--help").out()).contains("plan");
        Cli.Run planHelp = Cli.run("plan", "--help");
        assertThat(planHelp.exitCode()).isZero();
        assertThat(planHelp.out()).contains("--json");
    }
}
