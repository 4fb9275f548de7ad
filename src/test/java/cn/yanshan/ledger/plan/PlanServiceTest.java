package cn.yanshan.ledger.plan;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.common.LedgerException;
import cn.yanshan.ledger.testing.Ledgers;
import cn.yanshan.ledger.unit.UnitRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Edits to the plan, made through the service on a ledger file, and read back after the ledger is opened again. */
class PlanServiceTest {

    @TempDir
    Path dir;

    private Services open() {
        return Ledgers.openFile(dir);
    }

    private static TaskDetail task(Services s, String title) {
        return s.plan().allTasks().stream().filter(t -> t.task().title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void outlineHasTwoSectionsWithTenAndSixTasks() {
        try (Services s = open()) {
            PlanOutline outline = s.plan().outline();
            assertThat(outline.sections()).extracting(Section::heading).containsExactly("一、十个专项行动", "二、六个保障条件");
            assertThat(outline.tasksOf(outline.sections().get(0))).hasSize(10);
            assertThat(outline.tasksOf(outline.sections().get(1))).hasSize(6);
            assertThat(outline.plan().target()).isEqualTo(450);
        }
    }

    @Test
    void editsToTitleMeasuresAndRolesSurviveARestart() {
        long taskId;
        try (Services s = open()) {
            TaskDetail rural = task(s, "实施农村残疾人就业帮扶行动");
            taskId = rural.task().id();
            assertThat(rural.measures()).hasSize(8);
            assertThat(rural.leads()).extracting(UnitRef::name).containsExactly("县人力资源和社会保障局");

            s.plan().renameTask(taskId, "  实施农村残疾人就业帮扶行动（修订）  ");
            Measure second = rural.measures().get(1);
            s.plan().editMeasure(taskId, second.id(), "农家书屋优先聘用残疾人担任管理员。");
            s.plan().addMeasure(taskId, "新增：建立农村残疾人就业台账。");
            s.plan().moveMeasure(taskId, rural.measures().get(0).id(), +1);
            s.plan().removeMeasure(taskId, rural.measures().get(7).id());
            long cdpf = s.units().resolve("县残联").units().get(0).id();
            long hr = rural.leads().get(0).id();
            s.plan().setRoles(taskId, List.of(hr, cdpf), rural.responsible().stream().map(UnitRef::id).toList());
        }
        try (Services s = open()) {
            TaskDetail again = s.plan().task(taskId);
            assertThat(again.task().title()).isEqualTo("实施农村残疾人就业帮扶行动（修订）");
            assertThat(again.measures()).hasSize(8);
            assertThat(again.measures().get(0).content()).isEqualTo("农家书屋优先聘用残疾人担任管理员。");
            assertThat(again.measures().get(1).content()).startsWith("落实巩固拓展残疾人脱贫攻坚成果");
            assertThat(again.measures().get(7).content()).isEqualTo("新增：建立农村残疾人就业台账。");
            assertThat(again.measures()).extracting(Measure::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
            assertThat(again.leads()).extracting(UnitRef::name).containsExactly("县人力资源和社会保障局", "县残联");
        }
    }

    @Test
    void movingTheFirstMeasureUpChangesNothing() {
        try (Services s = open()) {
            TaskDetail t = task(s, "实施残疾人组织就业行动");
            TaskDetail after = s.plan().moveMeasure(t.task().id(), t.measures().get(0).id(), -1);
            assertThat(after.measures()).extracting(Measure::content)
                    .containsExactlyElementsOf(t.measures().stream().map(Measure::content).toList());
        }
    }

    @Test
    void aTaskKeepsAtLeastOneLeadUnitAndMeasuresAreNeverBlank() {
        try (Services s = open()) {
            TaskDetail t = task(s, "实施残疾人组织就业行动");
            assertThatThrownBy(() -> s.plan().setRoles(t.task().id(), List.of(), List.of()))
                    .isInstanceOf(LedgerException.class).hasMessageContaining("至少要有一个牵头单位");
            assertThatThrownBy(() -> s.plan().addMeasure(t.task().id(), "   "))
                    .isInstanceOf(LedgerException.class).hasMessageContaining("不能为空");
            assertThatThrownBy(() -> s.plan().renameTask(t.task().id(), ""))
                    .isInstanceOf(LedgerException.class);
            assertThat(s.plan().task(t.task().id()).leads()).extracting(UnitRef::name).containsExactly("县残联");
        }
    }

    @Test
    void aUnitKnowsTheTasksItLeadsAndShares() {
        try (Services s = open()) {
            long cdpf = s.units().resolve("县残联").units().get(0).id();
            List<UnitTask> tasks = s.plan().tasksOfUnit(cdpf);
            assertThat(tasks).filteredOn(t -> t.role() == TaskRole.LEAD).extracting(t -> t.task().title())
                    .contains("实施残疾人组织就业行动");
            assertThat(tasks).filteredOn(t -> t.role() == TaskRole.RESPONSIBLE).extracting(t -> t.task().title())
                    .contains("机关、事业单位带头安排残疾人就业");
        }
    }
}
