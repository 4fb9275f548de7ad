package cn.yanshan.ledger.count;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.common.YearQuarter;
import cn.yanshan.ledger.person.DisabilityCategory;
import cn.yanshan.ledger.person.Person;
import cn.yanshan.ledger.placement.EmploymentForm;
import cn.yanshan.ledger.placement.JobLocation;
import cn.yanshan.ledger.placement.LoggedPlacement;
import cn.yanshan.ledger.placement.Placement;
import cn.yanshan.ledger.stats.Figure;
import cn.yanshan.ledger.stats.QuarterFigures;
import cn.yanshan.ledger.stats.Summary;
import cn.yanshan.ledger.testing.Ledgers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static cn.yanshan.ledger.db.generated.Tables.PERSON;
import static cn.yanshan.ledger.db.generated.Tables.PLACEMENT;
import static cn.yanshan.ledger.testing.Ledgers.placement;
import static org.assertj.core.api.Assertions.assertThat;

/** The rule the county is judged on: distinct persons with a placement inside the plan period (2022–2024). */
class CountingRuleTest {

    private final Services ledger = Ledgers.open();

    @AfterEach
    void close() {
        ledger.close();
    }

    private Person newPerson(String name) {
        return ledger.persons().create(Ledgers.person(name, Ledgers.id()));
    }

    private Placement log(Person p, LocalDate on) {
        return ledger.placements().log(p.id(), placement(on)).placement();
    }

    private int placed() {
        return ledger.stats().summary().placed();
    }

    @Test
    void placementInsideThePeriodCounts() {
        LoggedPlacement logged = ledger.placements().log(newPerson("张三").id(), placement(LocalDate.of(2023, 5, 1)));
        assertThat(logged.newlyCounted()).isTrue();
        assertThat(logged.placed()).isEqualTo(1);
        assertThat(logged.target()).isEqualTo(450);
        assertThat(placed()).isEqualTo(1);
    }

    @Test
    void placementOfSamePersonTwiceCountsOnce() {
        Person p = newPerson("张三");
        log(p, LocalDate.of(2022, 3, 1));
        LoggedPlacement second = ledger.placements().log(p.id(), placement(LocalDate.of(2024, 7, 1)));
        assertThat(second.newlyCounted()).isFalse();
        assertThat(second.placed()).isEqualTo(1);
        Summary s = ledger.stats().summary();
        assertThat(s.placed()).isEqualTo(1);
        assertThat(s.byQuarter().get(YearQuarter.parse("2022Q1"))).isEqualTo(1);
        assertThat(s.byQuarter().get(YearQuarter.parse("2024Q3"))).isZero();
    }

    @Test
    void samePersonTwiceOnTheSameDayCountsOnceWithTheFirstLogged() {
        Person p = newPerson("李四");
        ledger.placements().log(p.id(), placement(LocalDate.of(2023, 1, 10)).withForm("公益性岗位"));
        ledger.placements().log(p.id(), placement(LocalDate.of(2023, 1, 10)).withForm("农村种养加"));
        Summary s = ledger.stats().summary();
        assertThat(s.placed()).isEqualTo(1);
        assertThat(s.byForm().get(EmploymentForm.PUBLIC_WELFARE_POST)).isEqualTo(1);
        assertThat(s.byForm().get(EmploymentForm.RURAL_FARMING)).isZero();
    }

    @Test
    void placementOutsideThePeriodDoesNotCount() {
        Person before = newPerson("王五");
        log(before, LocalDate.of(2021, 12, 31));
        Person after = newPerson("赵六");
        log(after, LocalDate.of(2025, 1, 1));
        assertThat(placed()).isZero();
        log(before, LocalDate.of(2022, 1, 1));
        assertThat(placed()).isEqualTo(1);
    }

    @Test
    void periodBoundariesAreInside() {
        log(newPerson("甲一"), LocalDate.of(2022, 1, 1));
        log(newPerson("乙二"), LocalDate.of(2024, 12, 31));
        assertThat(placed()).isEqualTo(2);
    }

    @Test
    void deletedPlacementDoesNotCountAndRestoredCountsAgain() {
        Person p = newPerson("孙七");
        Placement only = log(p, LocalDate.of(2023, 3, 3));
        ledger.placements().delete(only.id());
        assertThat(placed()).isZero();
        ledger.placements().restore(only.id());
        assertThat(placed()).isEqualTo(1);
    }

    @Test
    void deletingTheFirstPlacementMovesThePersonToTheNextOne() {
        Person p = newPerson("周八");
        Placement first = log(p, LocalDate.of(2022, 2, 1));
        log(p, LocalDate.of(2024, 2, 1));
        ledger.placements().delete(first.id());
        Summary s = ledger.stats().summary();
        assertThat(s.placed()).isEqualTo(1);
        assertThat(s.byQuarter().get(YearQuarter.parse("2022Q1"))).isZero();
        assertThat(s.byQuarter().get(YearQuarter.parse("2024Q1"))).isEqualTo(1);
    }

    @Test
    void deletedPersonDoesNotCountAndRestoredCountsAgain() {
        Person p = newPerson("吴九");
        log(p, LocalDate.of(2023, 6, 30));
        ledger.persons().delete(p.id());
        assertThat(placed()).isZero();
        ledger.persons().restore(p.id());
        assertThat(placed()).isEqualTo(1);
    }

    @Test
    void changingTheDateMovesThePlacementInAndOutOfThePeriod() {
        Person p = newPerson("郑十");
        Placement pl = log(p, LocalDate.of(2021, 6, 1));
        assertThat(placed()).isZero();
        ledger.placements().update(pl.id(), placement(LocalDate.of(2022, 6, 1)));
        assertThat(placed()).isEqualTo(1);
        assertThat(ledger.stats().summary().byQuarter().get(YearQuarter.parse("2022Q2"))).isEqualTo(1);
        ledger.placements().update(pl.id(), placement(LocalDate.of(2023, 11, 1)));
        assertThat(ledger.stats().summary().byQuarter().get(YearQuarter.parse("2022Q2"))).isZero();
        assertThat(ledger.stats().summary().byQuarter().get(YearQuarter.parse("2023Q4"))).isEqualTo(1);
        ledger.placements().update(pl.id(), placement(LocalDate.of(2025, 2, 1)));
        assertThat(placed()).isZero();
    }

    @Test
    void townshipAndCategoryFollowThePerson() {
        Person p = newPerson("冯十一");
        log(p, LocalDate.of(2023, 1, 5));
        String id = p.idNumber().value();
        ledger.persons().update(p.id(), Ledgers.person("冯十一", id).withCertificate(id + "12").withTownship("阿舍"));
        Summary s = ledger.stats().summary();
        assertThat(s.byCategory().get(DisabilityCategory.VISUAL)).isEqualTo(1);
        assertThat(s.byCategory().get(DisabilityCategory.PHYSICAL)).isZero();
        assertThat(s.byTownship().entrySet()).anySatisfy(e -> {
            assertThat(e.getKey().name()).isEqualTo("阿舍彝族乡");
            assertThat(e.getValue()).isEqualTo(1);
        });
    }

    @Test
    void breakdownsSumToTheTotalAndListThePersonsBehindThem() {
        log(newPerson("陈一"), LocalDate.of(2022, 1, 5));
        log(newPerson("陈二"), LocalDate.of(2022, 2, 5));
        Person third = newPerson("陈三");
        log(third, LocalDate.of(2023, 8, 5));
        log(third, LocalDate.of(2022, 12, 5));
        Summary s = ledger.stats().summary();
        assertThat(s.placed()).isEqualTo(3);
        assertThat(s.byQuarter()).hasSize(12);
        assertThat(s.byQuarter().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
        assertThat(s.byTownship()).hasSize(11);
        assertThat(s.byTownship().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
        assertThat(s.byForm().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
        assertThat(s.byCategory().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);

        Figure q1 = Figure.quarter(YearQuarter.parse("2022Q1"));
        assertThat(ledger.stats().count(q1)).isEqualTo(2);
        assertThat(ledger.stats().persons(q1, 0, 10)).extracting(c -> c.person().name()).containsExactly("陈一", "陈二");
        assertThat(ledger.stats().persons(Figure.ALL, 1, 1)).extracting(c -> c.person().name()).containsExactly("陈二");
        assertThat(ledger.stats().persons(Figure.quarter(YearQuarter.parse("2022Q4")), 0, 10))
                .singleElement().satisfies(c -> assertThat(c.firstPlacedOn()).isEqualTo(LocalDate.of(2022, 12, 5)));
    }

    @Test
    void pacePerRemainingQuarterIsRelativeToTheGivenDay() {
        log(newPerson("褚一"), LocalDate.of(2022, 3, 1));
        Summary mid = ledger.stats().summary(LocalDate.of(2024, 5, 20));
        assertThat(mid.remaining()).isEqualTo(449);
        assertThat(mid.remainingQuarters()).isEqualTo(3);
        assertThat(mid.pacePerQuarter()).isEqualTo(150);
        Summary before = ledger.stats().summary(LocalDate.of(2021, 6, 1));
        assertThat(before.remainingQuarters()).isEqualTo(12);
        Summary after = ledger.stats().summary(LocalDate.of(2025, 3, 1));
        assertThat(after.remainingQuarters()).isZero();
        assertThat(after.pacePerQuarter()).isZero();
    }

    @Test
    void keptCountEqualsACountFromScratchAfterManyChanges() {
        Random random = new Random(7);
        List<Person> people = new java.util.ArrayList<>();
        List<Placement> placements = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) {
            people.add(newPerson("测试" + (char) ('甲' + i)));
        }
        for (int step = 0; step < 120; step++) {
            Person p = people.get(random.nextInt(people.size()));
            LocalDate day = LocalDate.of(2021, 6, 1).plusDays(random.nextInt(1330));
            switch (random.nextInt(5)) {
                case 0, 1 -> {
                    if (!ledger.persons().byId(p.id()).orElseThrow().isDeleted()) {
                        placements.add(log(p, day));
                    }
                }
                case 2 -> {
                    if (!placements.isEmpty()) {
                        Placement pl = placements.get(random.nextInt(placements.size()));
                        if (random.nextBoolean()) {
                            ledger.placements().delete(pl.id());
                        } else if (!ledger.persons().byId(pl.personId()).orElseThrow().isDeleted()) {
                            ledger.placements().restore(pl.id());
                        }
                    }
                }
                case 3 -> {
                    if (!placements.isEmpty()) {
                        Placement pl = placements.get(random.nextInt(placements.size()));
                        ledger.placements().update(pl.id(), placement(day).withForm(String.valueOf(1 + random.nextInt(7)))
                                .withLocation(JobLocation.values()[random.nextInt(JobLocation.values().length)].label()));
                    }
                }
                default -> {
                    if (random.nextBoolean()) {
                        ledger.persons().delete(p.id());
                    } else {
                        ledger.persons().restore(p.id());
                    }
                }
            }
        }
        Summary kept = ledger.stats().summary();
        List<QuarterFigures> keptQuarters = quarters();
        ledger.database().dsl().transaction(tx -> ledger.counting().rebuild(tx.dsl()));
        Summary rebuilt = ledger.stats().summary();
        assertThat(kept).isEqualTo(rebuilt);
        assertThat(keptQuarters).isEqualTo(quarters());
        assertThat(ledger.stats().count(Figure.ALL)).isEqualTo(rebuilt.placed());
        assertThat(rebuilt.placed()).isPositive();
    }

    private List<QuarterFigures> quarters() {
        return List.of(ledger.stats().quarter(YearQuarter.parse("2022Q4")), ledger.stats().quarter(YearQuarter.parse("2023Q3")),
                ledger.stats().quarter(YearQuarter.parse("2024Q4")));
    }

    @Test
    void locationFollowsTheFirstPlacementInTheQuarterlyFigures() {
        Person p = newPerson("褚十二");
        Placement first = ledger.placements().log(p.id(), placement(LocalDate.of(2023, 2, 1)).withLocation("省外")).placement();
        ledger.placements().log(p.id(), placement(LocalDate.of(2023, 8, 1)).withLocation("州内县外"));
        QuarterFigures q1 = ledger.stats().quarter(YearQuarter.parse("2023Q1"));
        assertThat(q1.inQuarter().byLocation().get(JobLocation.OUTSIDE_PROVINCE)).isEqualTo(1);
        assertThat(q1.inQuarter().byLocation().get(JobLocation.IN_COUNTY)).isZero();

        ledger.placements().update(first.id(), placement(LocalDate.of(2023, 2, 1)).withLocation("县内"));
        q1 = ledger.stats().quarter(YearQuarter.parse("2023Q1"));
        assertThat(q1.inQuarter().byLocation().get(JobLocation.OUTSIDE_PROVINCE)).isZero();
        assertThat(q1.inQuarter().byLocation().get(JobLocation.IN_COUNTY)).isEqualTo(1);

        ledger.placements().delete(first.id());
        QuarterFigures q3 = ledger.stats().quarter(YearQuarter.parse("2023Q3"));
        assertThat(q3.inQuarter().byLocation().get(JobLocation.IN_PREFECTURE)).isEqualTo(1);
        assertThat(q3.cumulative().byLocation().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
    }

    private static final LocalDateTime BIN_TIME = LocalDateTime.of(2024, 1, 1, 8, 0);

    @Test
    void bulkRefreshOfChangedPersonsEqualsACountFromScratch() {
        Random random = new Random(11);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Person p = newPerson("批量" + (char) ('甲' + i));
            people.add(p);
            for (int k = random.nextInt(3); k > 0; k--) {
                log(p, LocalDate.of(2021, 9, 1).plusDays(random.nextInt(1300)));
            }
        }
        // changes behind the count's back, as a bulk import or its undo makes them
        var dsl = ledger.database().dsl();
        for (Person p : people.subList(0, 30)) {
            switch (random.nextInt(4)) {
                case 0 -> dsl.update(PLACEMENT).set(PLACEMENT.PLACED_ON, LocalDate.of(2022, 1, 1).plusDays(random.nextInt(1100)))
                        .where(PLACEMENT.PERSON_ID.eq(p.id())).execute();
                case 1 -> dsl.update(PLACEMENT).set(PLACEMENT.JOB_LOCATION, "OUTSIDE_PROVINCE")
                        .where(PLACEMENT.PERSON_ID.eq(p.id())).execute();
                case 2 -> dsl.update(PERSON).set(PERSON.DELETED_AT, BIN_TIME)
                        .where(PERSON.ID.eq(p.id())).execute();
                default -> dsl.update(PLACEMENT).set(PLACEMENT.DELETED_AT, BIN_TIME)
                        .where(PLACEMENT.PERSON_ID.eq(p.id())).execute();
            }
        }
        List<Long> changed = people.subList(0, 30).stream().map(Person::id).toList();
        dsl.transaction(tx -> ledger.counting().refresh(tx.dsl(), changed));
        Summary refreshed = ledger.stats().summary();
        List<QuarterFigures> refreshedQuarters = quarters();

        dsl.transaction(tx -> ledger.counting().rebuild(tx.dsl()));
        assertThat(refreshed).isEqualTo(ledger.stats().summary());
        assertThat(refreshedQuarters).isEqualTo(quarters());
        assertThat(refreshed.placed()).isPositive();
    }
}
