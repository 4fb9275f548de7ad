package cn.yanshan.ledger.placement;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.audit.AuditEntry;
import cn.yanshan.ledger.common.InvalidInputException;
import cn.yanshan.ledger.common.Validation;
import cn.yanshan.ledger.person.EmploymentStatus;
import cn.yanshan.ledger.person.Gender;
import cn.yanshan.ledger.person.Person;
import cn.yanshan.ledger.person.PersonDraft;
import cn.yanshan.ledger.person.PersonQuery;
import cn.yanshan.ledger.person.PersonRow;
import cn.yanshan.ledger.testing.Ledgers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static cn.yanshan.ledger.testing.Ledgers.placement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlacementServiceTest {

    private final Services ledger = Ledgers.open();

    @AfterAll
    void close() {
        ledger.close();
    }

    private Person newPerson(String name) {
        return ledger.persons().create(Ledgers.person(name, Ledgers.id()));
    }

    @SuppressWarnings("unchecked")
    private static Validation<PlacementField> problems(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return (Validation<PlacementField>) e.validation();
        }
        throw new AssertionError("expected problems");
    }

    @Test
    void logStoresEverythingAndMarksThePersonEmployed() {
        Person p = newPerson("登记");
        long task = ledger.plan().allTasks().get(0).task().id();
        PlacementDraft d = PlacementDraft.of(LocalDate.of(2023, 4, 1), "种养殖", "本县")
                .withEmployer("自家", "辣椒种植").withIncome("1,200.5元").withTask(task).withReportingUnit("县残联")
                .withVerified(true);
        LoggedPlacement logged = ledger.placements().log(p.id(), d);
        Placement pl = logged.placement();
        assertThat(pl.form()).isEqualTo(EmploymentForm.RURAL_FARMING);
        assertThat(pl.location()).isEqualTo(JobLocation.IN_COUNTY);
        assertThat(pl.monthlyIncome()).isEqualByComparingTo(new BigDecimal("1200.50"));
        assertThat(pl.taskId()).isEqualTo(task);
        assertThat(pl.reportingUnit().name()).isEqualTo("县残联");
        assertThat(pl.source()).isEqualTo(Placement.SOURCE_TYPED);
        assertThat(pl.verified()).isTrue();
        assertThat(logged.person().employmentStatus()).isEqualTo(EmploymentStatus.EMPLOYED);
        assertThat(ledger.placements().ofPerson(p.id())).containsExactly(pl);
    }

    @Test
    void futureDateMissingFormNegativeIncomeAndUnknownLocationAreErrors() {
        Person p = newPerson("错误");
        PlacementDraft d = new PlacementDraft(Ledgers.TODAY.plusDays(1), "", null, null, "火星", "-5", null, null,
                false, null, null, null, null);
        Validation<PlacementField> v = problems(() -> ledger.placements().log(p.id(), d));
        assertThat(v.of(PlacementField.PLACED_ON).get(0).message()).contains("晚于今天");
        assertThat(v.of(PlacementField.FORM).get(0).message()).isEqualTo("请选择就业形式。");
        assertThat(v.of(PlacementField.INCOME).get(0).message()).contains("负数");
        assertThat(v.of(PlacementField.LOCATION).get(0).message()).contains("火星");
        assertThat(ledger.placements().ofPerson(p.id())).isEmpty();
    }

    @Test
    void unknownFormIsAnErrorNeverAGuess() {
        PlacementCheck check = ledger.placements().check(placement(LocalDate.of(2023, 1, 1)).withForm("转移就业"), null);
        assertThat(check.validation().of(PlacementField.FORM).get(0).message())
                .contains("转移就业").contains("按比例就业");
    }

    @Test
    void warningsDoNotStopSaving() {
        Person p = newPerson("提醒");
        PlacementCheck outside = ledger.placements().check(placement(LocalDate.of(2021, 5, 1)).withIncome("80000"), p);
        assertThat(outside.isValid()).isTrue();
        assertThat(outside.validation().warnings()).extracting(pr -> pr.message())
                .anySatisfy(m -> assertThat(m).contains("不计入目标"))
                .anySatisfy(m -> assertThat(m).contains("年收入"));
        ledger.placements().log(p.id(), placement(LocalDate.of(2022, 5, 1)));
        PlacementCheck again = ledger.placements().check(placement(LocalDate.of(2023, 5, 1)), p);
        assertThat(again.validation().warnings()).anySatisfy(pr -> assertThat(pr.message()).contains("不重复计数"));
    }

    @Test
    void placementBeforeWorkingAgeWarnsAndBeforeBirthIsAnError() {
        String id = Ledgers.id(LocalDate.of(2010, 3, 3), Gender.FEMALE);
        Person young = ledger.persons().create(Ledgers.person("小妹", id));
        assertThat(ledger.placements().check(placement(LocalDate.of(2023, 1, 1)), young).validation().warnings())
                .anySatisfy(pr -> assertThat(pr.message()).contains("劳动年龄"));
        assertThat(ledger.placements().check(placement(LocalDate.of(2009, 1, 1)), young).validation()
                .hasError(PlacementField.PLACED_ON)).isTrue();
    }

    @Test
    void newPersonAndPlacementAreSavedTogetherOrNotAtAll() {
        String id = Ledgers.id();
        PersonDraft person = Ledgers.person("一起", id);
        assertThatThrownBy(() -> ledger.placements().logNewPerson(person, placement(LocalDate.of(2023, 2, 2)).withLocation("")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(ledger.persons().findByIdNumber(id)).isEmpty();

        int before = ledger.stats().placed();
        LoggedPlacement logged = ledger.placements().logNewPerson(person, placement(LocalDate.of(2023, 2, 2)));
        assertThat(logged.person().name()).isEqualTo("一起");
        assertThat(logged.newlyCounted()).isTrue();
        assertThat(logged.placed()).isEqualTo(before + 1);
        assertThat(ledger.persons().rows(PersonQuery.text(id), 0, 5)).extracting(PersonRow::name).containsExactly("一起");
    }

    @Test
    void placementForAPersonInTheBinIsRefused() {
        Person p = newPerson("已删");
        ledger.persons().delete(p.id());
        assertThatThrownBy(() -> ledger.placements().log(p.id(), placement(LocalDate.of(2023, 2, 2))))
                .hasMessageContaining("回收站");
    }

    @Test
    void editDeleteAndRestoreAreAudited() {
        Person p = newPerson("改动");
        Placement pl = ledger.placements().log(p.id(), placement(LocalDate.of(2023, 3, 3))).placement();
        Placement edited = ledger.placements().update(pl.id(), PlacementDraft.from(pl).withIncome("2000").withEndedOn(LocalDate.of(2024, 1, 1)));
        assertThat(edited.monthlyIncome()).isEqualByComparingTo("2000");
        assertThat(edited.endedOn()).isEqualTo(LocalDate.of(2024, 1, 1));
        ledger.placements().delete(pl.id());
        assertThat(ledger.placements().ofPerson(p.id())).isEmpty();
        assertThat(ledger.placements().deleted(0, 50)).extracting(Placement::id).contains(pl.id());
        ledger.placements().restore(pl.id());
        assertThat(ledger.placements().ofPerson(p.id())).extracting(Placement::id).containsExactly(pl.id());
        List<AuditEntry> history = ledger.audit().history(PlacementService.AUDIT_ENTITY, pl.id());
        assertThat(history).extracting(AuditEntry::action).containsExactly("CREATE", "UPDATE", "DELETE", "RESTORE");
        assertThat(history.get(1).beforeJson()).contains("\"monthlyIncome\":\"1500.00\"");
        assertThat(history.get(1).afterJson()).contains("\"monthlyIncome\":\"2000.00\"");
    }

    @Test
    void endedBeforeStartIsAnError() {
        PlacementCheck check = ledger.placements().check(placement(LocalDate.of(2023, 3, 3)).withEndedOn(LocalDate.of(2023, 1, 1)), null);
        assertThat(check.validation().hasError(PlacementField.ENDED_ON)).isTrue();
    }
}
