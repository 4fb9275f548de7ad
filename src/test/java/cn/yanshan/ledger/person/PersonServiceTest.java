package cn.yanshan.ledger.person;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.audit.AuditEntry;
import cn.yanshan.ledger.common.InvalidInputException;
import cn.yanshan.ledger.testing.Ledgers;
import cn.yanshan.ledger.unit.Unit;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.yanshan.ledger.db.generated.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonServiceTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Editing {
        private final Services ledger = Ledgers.open();

        @AfterAll
        void close() {
            ledger.close();
        }

        @Test
        void createDerivesBirthDateGenderCategoryLevelAndTownship() {
            String id = Ledgers.id(LocalDate.of(1985, 7, 9), Gender.FEMALE);
            Person p = ledger.persons().create(PersonDraft.of(" 李 秀英 ", id, id + "52", "八嘎"));
            assertThat(p.name()).isEqualTo("李秀英");
            assertThat(p.birthDate()).isEqualTo(LocalDate.of(1985, 7, 9));
            assertThat(p.gender()).isEqualTo(Gender.FEMALE);
            assertThat(p.category()).isEqualTo(DisabilityCategory.INTELLECTUAL);
            assertThat(p.level()).isEqualTo(DisabilityLevel.TWO);
            assertThat(p.township().name()).isEqualTo("八嘎乡");
            assertThat(p.employmentStatus()).isEqualTo(EmploymentStatus.UNKNOWN);
        }

        @Test
        void checkFillsWhatTheIdNumberTellsWhileOtherFieldsAreStillEmpty() {
            String id = Ledgers.id(LocalDate.of(1990, 2, 3), Gender.MALE);
            PersonCheck check = ledger.persons().check(PersonDraft.of("", id, "", ""), null);
            assertThat(check.isValid()).isFalse();
            assertThat(check.birthDate()).isEqualTo(LocalDate.of(1990, 2, 3));
            assertThat(check.gender()).isEqualTo(Gender.MALE);
            assertThat(check.validation().of(PersonField.NAME)).singleElement()
                    .satisfies(p -> assertThat(p.message()).isEqualTo("请填写姓名。"));
            assertThat(check.validation().hasError(PersonField.TOWNSHIP)).isTrue();
            assertThat(check.validation().hasError(PersonField.CATEGORY)).isTrue();
            assertThat(check.validation().hasError(PersonField.ID_NUMBER)).isFalse();
        }

        @Test
        void withoutCertificateCategoryAndLevelAreChosen() {
            String id = Ledgers.id();
            Person p = ledger.persons().create(PersonDraft.of("王听", id, null, "阿舍彝族乡").withCategoryAndLevel("听力残疾", "4级"));
            assertThat(p.category()).isEqualTo(DisabilityCategory.HEARING);
            assertThat(p.level()).isEqualTo(DisabilityLevel.FOUR);
            assertThat(p.certificateNumber()).isNull();
        }

        @Test
        void badInputGivesChineseMessagesByField() {
            String id = Ledgers.id();
            PersonDraft draft = PersonDraft.of("张3", id.substring(0, 17) + (id.charAt(17) == '1' ? "2" : "1"),
                    "53262219800101001X43", "昆明").withPhone("abc").withStatus("未就业", "退休了");
            InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                    () -> ledger.persons().create(draft));
            @SuppressWarnings("unchecked")
            var v = (cn.yanshan.ledger.common.Validation<PersonField>) e.validation();
            assertThat(v.of(PersonField.NAME).get(0).message()).contains("数字");
            assertThat(v.of(PersonField.ID_NUMBER).get(0).message()).contains("校验位");
            assertThat(v.of(PersonField.TOWNSHIP).get(0).message()).contains("不是本县的乡（镇）").contains("江那镇");
            assertThat(v.hasError(PersonField.PHONE)).isTrue();
            assertThat(v.hasError(PersonField.REASON)).isTrue();
            assertThat(e.getMessage()).contains("姓名");
        }

        @Test
        void certificateOfAnotherPersonIsRefused() {
            String id = Ledgers.id();
            String other = Ledgers.id();
            PersonCheck check = ledger.persons().check(PersonDraft.of("刘错", id, other + "43", "江那"), null);
            assertThat(check.validation().of(PersonField.CERTIFICATE).get(0).message()).contains("不一致");
        }

        @Test
        void duplicateIdNumberIsRefusedNamingThePersonWhoHasIt() {
            String id = Ledgers.id();
            ledger.persons().create(Ledgers.person("陈重", id));
            assertThatThrownBy(() -> ledger.persons().create(Ledgers.person("陈另", id)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("已登记为陈重（江那镇）")
                    .hasMessageContaining(id);
        }

        @Test
        void databaseRefusesASecondPersonWithTheSameIdNumber() {
            String id = Ledgers.id();
            Person p = ledger.persons().create(Ledgers.person("数据库", id));
            var dsl = ledger.database().dsl();
            var copy = dsl.fetchSingle(PERSON, PERSON.ID.eq(p.id())).copy();
            assertThatThrownBy(copy::store).isInstanceOf(DataAccessException.class);
        }

        @Test
        void idNumberOfAPersonInTheBinIsStillTaken() {
            String id = Ledgers.id();
            Person p = ledger.persons().create(Ledgers.person("回收", id));
            ledger.persons().delete(p.id());
            assertThatThrownBy(() -> ledger.persons().create(Ledgers.person("又来", id)))
                    .hasMessageContaining("回收站中的回收");
        }

        @Test
        void editKeepsTheIdNumberOfTheSamePerson() {
            String id = Ledgers.id();
            Person p = ledger.persons().create(Ledgers.person("改名前", id));
            Person edited = ledger.persons().update(p.id(), PersonDraft.from(p).withName("改名后").withVillage("大寨村委会"));
            assertThat(edited.name()).isEqualTo("改名后");
            assertThat(edited.village()).isEqualTo("大寨村委会");
            assertThat(ledger.persons().findByIdNumber(id)).contains(edited);
        }

        @Test
        void findByIdNumberAcceptsTheNumberAsClerksTypeIt() {
            String id = Ledgers.id();
            Person p = ledger.persons().create(Ledgers.person("找我", id));
            String spaced = id.substring(0, 6) + " " + id.substring(6);
            assertThat(ledger.persons().findByIdNumber(spaced)).contains(p);
            assertThat(ledger.persons().findByIdNumber("5.32622E+17")).isEmpty();
        }

        @Test
        void deleteMovesToTheBinAndRestoreBringsBack() {
            Person p = ledger.persons().create(Ledgers.person("删除我", Ledgers.id()));
            int before = ledger.persons().countDeleted();
            ledger.persons().delete(p.id());
            assertThat(ledger.persons().byId(p.id()).orElseThrow().isDeleted()).isTrue();
            assertThat(ledger.persons().countDeleted()).isEqualTo(before + 1);
            assertThat(ledger.persons().deleted(0, 100)).extracting(Person::id).contains(p.id());
            assertThat(ledger.persons().rows(PersonQuery.text("删除我"), 0, 10)).isEmpty();
            Person back = ledger.persons().restore(p.id());
            assertThat(back.isDeleted()).isFalse();
            assertThat(ledger.persons().rows(PersonQuery.text("删除我"), 0, 10)).extracting(PersonRow::id).containsExactly(p.id());
        }

        @Test
        void everyChangeIsInTheAuditLogWithBeforeAndAfter() {
            Person p = ledger.persons().create(Ledgers.person("审计", Ledgers.id()));
            ledger.persons().update(p.id(), PersonDraft.from(p).withPhone("13800000000"));
            ledger.persons().delete(p.id());
            ledger.persons().restore(p.id());
            List<AuditEntry> history = ledger.audit().history(PersonService.AUDIT_ENTITY, p.id());
            assertThat(history).extracting(AuditEntry::action).containsExactly("CREATE", "UPDATE", "DELETE", "RESTORE");
            AuditEntry update = history.get(1);
            assertThat(update.beforeJson()).contains("\"phone\":null").contains("审计");
            assertThat(update.afterJson()).contains("\"phone\":\"13800000000\"");
            assertThat(history.get(0).beforeJson()).isNull();
            assertThat(update.actor()).isEqualTo(System.getProperty("user.name"));
            assertThat(update.happenedAt()).isEqualTo(LocalDateTime.of(2025, 3, 1, 0, 0));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Searching {
        private final Services ledger = Ledgers.open();
        private Person zhangSan;
        private Person zhangSanFeng;
        private Person wangXuanLiang;
        private Person liSan;
        private Person zengXiao;

        @BeforeAll
        void fill() {
            zhangSan = ledger.persons().create(Ledgers.person("张三", "532622199001011234".substring(0, 0) + Ledgers.id()));
            zhangSanFeng = ledger.persons().create(Ledgers.person("张三丰", Ledgers.id()).withTownship("平远"));
            wangXuanLiang = ledger.persons().create(Ledgers.person("王选良", Ledgers.id())
                    .withFlags(Set.of(PersonFlag.POVERTY_ALLEVIATED), null));
            liSan = ledger.persons().create(Ledgers.person("李三", Ledgers.id()).withStatus("未就业", "无就业技能"));
            String id = Ledgers.id();
            zengXiao = ledger.persons().create(PersonDraft.of("曾小乐", id, id + "61", "江那"));
            for (int i = 0; i < 30; i++) {
                ledger.persons().create(Ledgers.person("赵" + "甲乙丙丁戊己庚辛壬癸".charAt(i % 10) + "红黄白".charAt(i / 10), Ledgers.id()).withTownship("者腊"));
            }
        }

        @AfterAll
        void close() {
            ledger.close();
        }

        private List<String> names(PersonQuery q) {
            return ledger.persons().rows(q, 0, 100).stream().map(PersonRow::name).toList();
        }

        @Test
        void namePrefixFindsWholeNamesFirstThenGivenNames() {
            assertThat(names(PersonQuery.text("张三"))).containsExactly("张三", "张三丰");
            // no name starts with 三; by given name, then name
            assertThat(names(PersonQuery.text("三"))).containsExactly("张三", "李三", "张三丰");
            assertThat(ledger.persons().count(PersonQuery.text("三"))).isEqualTo(3);
            assertThat(names(PersonQuery.text("选良"))).containsExactly("王选良");
        }

        @Test
        void pinyinInitialsFindNames() {
            assertThat(names(PersonQuery.text("zs"))).containsExactly("张三", "张三丰");
            assertThat(names(PersonQuery.text("WXL"))).containsExactly("王选良");
            assertThat(names(PersonQuery.text("xl"))).contains("王选良");
            assertThat(names(PersonQuery.text("zxl"))).containsExactly("曾小乐");
        }

        @Test
        void fullIdNumberAndItsLastDigitsFindThePerson() {
            String id = wangXuanLiang.idNumber().value();
            assertThat(names(PersonQuery.text(id))).containsExactly("王选良");
            assertThat(names(PersonQuery.text(id.substring(14)))).contains("王选良");
            assertThat(names(PersonQuery.text(id.substring(12)))).containsExactly("王选良");
            assertThat(names(PersonQuery.text(id.substring(0, 10)))).contains("王选良");
            assertThat(names(PersonQuery.text("000000000000000000"))).isEmpty();
        }

        @Test
        void filtersNarrowTheList() {
            long zhela = ledger.units().resolve("者腊乡").units().get(0).id();
            assertThat(ledger.persons().count(PersonQuery.ALL.withTownship(zhela))).isEqualTo(30);
            assertThat(names(PersonQuery.text("zs").withTownship(zhela))).isEmpty();
            assertThat(names(PersonQuery.ALL.withFlags(Set.of(PersonFlag.POVERTY_ALLEVIATED)))).containsExactly("王选良");
            assertThat(names(PersonQuery.ALL.withStatus(EmploymentStatus.NOT_EMPLOYED))).containsExactly("李三");
            assertThat(names(PersonQuery.ALL.withCategory(DisabilityCategory.MENTAL))).containsExactly("曾小乐");
            assertThat(names(PersonQuery.ALL.withLevel(DisabilityLevel.ONE))).containsExactly("曾小乐");
            assertThat(names(PersonQuery.text("三").withTownship(ledger.units().resolve("平远").units().get(0).id())))
                    .containsExactly("张三丰");
        }

        @Test
        void pagesFollowEachOtherWithoutGapsOrRepeats() {
            PersonQuery all = PersonQuery.ALL;
            int total = ledger.persons().count(all);
            assertThat(total).isEqualTo(35);
            List<Long> paged = new java.util.ArrayList<>();
            for (int offset = 0; offset < total; offset += 7) {
                ledger.persons().rows(all, offset, 7).forEach(p -> paged.add(p.id()));
            }
            assertThat(paged).doesNotHaveDuplicates().hasSize(total);
            assertThat(ledger.persons().rows(all, 0, total).stream().map(PersonRow::id).toList()).isEqualTo(paged);
            assertThat(ledger.persons().rows(all.withSort(PersonSort.NEWEST), 0, 1).get(0).name()).startsWith("赵");
        }

        @Test
        void pagingAcrossTheTwoPartsOfATextSearch() {
            PersonQuery q = PersonQuery.text("三");
            PersonQuery q2 = PersonQuery.text("张");
            // 张三 and 张三丰 by name, then nobody by given name
            assertThat(ledger.persons().rows(q2, 1, 5)).extracting(PersonRow::name).containsExactly("张三丰");
            assertThat(ledger.persons().rows(q, 0, 2)).extracting(PersonRow::name).containsExactly("张三", "李三");
            assertThat(ledger.persons().rows(q, 1, 2)).extracting(PersonRow::name).containsExactly("李三", "张三丰");
            assertThat(ledger.persons().rows(q, 2, 2)).extracting(PersonRow::name).containsExactly("张三丰");
            assertThat(ledger.persons().rows(q, 3, 2)).isEmpty();
            // 选 starts no name but a given name (王选良); 王 starts a name: the two parts of "王" and "x" meet
            PersonQuery initials = PersonQuery.text("x");
            List<String> all = names(initials);
            assertThat(all).contains("王选良");
            for (int offset = 0; offset < all.size(); offset++) {
                assertThat(ledger.persons().rows(initials, offset, 1)).extracting(PersonRow::name).containsExactly(all.get(offset));
            }
        }

        @Test
        void theListsRowsShowThePersonsAsTheyAreReadWhole() {
            String id = wangXuanLiang.idNumber().value();
            long zhela = ledger.units().resolve("者腊乡").units().get(0).id();
            for (PersonQuery q : List.of(PersonQuery.ALL, PersonQuery.text("zs"), PersonQuery.text("x"),
                    PersonQuery.text("三"), PersonQuery.text("张"), PersonQuery.text(id), PersonQuery.text(id.substring(14)),
                    PersonQuery.ALL.withTownship(zhela), PersonQuery.ALL.withSort(PersonSort.NEWEST),
                    PersonQuery.ALL.withFlags(Set.of(PersonFlag.POVERTY_ALLEVIATED)))) {
                for (int offset = 0; offset < 40; offset += 3) {
                    List<PersonRow> rows = ledger.persons().rows(q, offset, 4);
                    Map<Long, Person> whole = ledger.persons().byIds(rows.stream().map(PersonRow::id).toList());
                    assertThat(rows).as(q + " from " + offset)
                            .isEqualTo(rows.stream().map(r -> PersonRow.of(whole.get(r.id()))).toList());
                }
            }
            assertThat(ledger.persons().rows(PersonQuery.text("wxl"), 0, 5)).singleElement().satisfies(r -> {
                assertThat(r.has(PersonFlag.POVERTY_ALLEVIATED)).isTrue();
                assertThat(r.idNumber()).isEqualTo(wangXuanLiang.idNumber());
            });
        }

        @Test
        void aPageOfThePinyinListAndItsCountAreReadFromTheInitialsIndex() {
            var p = PERSON;
            var dsl = ledger.database().dsl();
            var where = p.NAME_INITIALS.like("z%").and(p.DELETED_AT.isNull());
            String page = dsl.resultQuery("EXPLAIN {0}", dsl.select(p.ID, p.NAME, p.GENDER, p.ID_NUMBER,
                            p.DISABILITY_CATEGORY, p.DISABILITY_LEVEL, p.TOWNSHIP_UNIT_ID, p.VILLAGE, p.EMPLOYMENT_STATUS,
                            p.POVERTY_ALLEVIATED, p.MONITORED, p.SUBSISTENCE, p.GRADUATE).from(p).where(where)
                    .orderBy(p.NAME_INITIALS, p.NAME, p.ID).limit(30)).fetchOne(0, String.class);
            String count = dsl.resultQuery("EXPLAIN {0}", dsl.selectCount().from(p).where(where))
                    .fetchOne(0, String.class);
            assertThat(page).as(page).containsIgnoringCase("IX_PERSON_INITIALS").containsIgnoringCase("index sorted");
            assertThat(count).as(count).containsIgnoringCase("IX_PERSON_INITIALS");
            // every column of a row is in the index, so that the page needs no lookup in the table
            assertThat(dsl.resultQuery("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS"
                    + " WHERE INDEX_NAME = 'IX_PERSON_INITIALS'").fetch(0, String.class))
                    .contains("ID", "NAME", "GENDER", "ID_NUMBER", "DISABILITY_CATEGORY", "DISABILITY_LEVEL",
                            "TOWNSHIP_UNIT_ID", "VILLAGE", "EMPLOYMENT_STATUS", "POVERTY_ALLEVIATED", "MONITORED",
                            "SUBSISTENCE", "GRADUATE");
        }

        @Test
        void searchTextWithLikeCharactersIsTakenLiterally() {
            assertThat(names(PersonQuery.text("张%"))).isEmpty();
            assertThat(names(PersonQuery.text("_"))).isEmpty();
        }

        @Test
        void villagesOfATownshipForThePicker() {
            Person p = ledger.persons().create(Ledgers.person("村民", Ledgers.id()).withTownship("维摩").withVillage("小寨村委会"));
            ledger.persons().create(Ledgers.person("村民二", Ledgers.id()).withTownship("维摩").withVillage("大坪村委会"));
            assertThat(ledger.persons().villages(p.township().id())).containsExactly("大坪村委会", "小寨村委会");
        }

        @Test
        void countByTownshipHasEveryTownship() {
            var counts = ledger.persons().countByTownship();
            assertThat(counts).hasSize(11);
            assertThat(counts.entrySet()).anySatisfy(e -> {
                assertThat(e.getKey().name()).isEqualTo("者腊乡");
                assertThat(e.getValue()).isEqualTo(30);
            });
            assertThat(ledger.units().townships()).extracting(Unit::name).contains("者腊乡");
        }
    }
}
