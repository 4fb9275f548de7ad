package cn.yanshan.ledger.export;

import cn.yanshan.ledger.export.FormSheet.Column;
import cn.yanshan.ledger.export.FormSheet.Kind;
import cn.yanshan.ledger.person.Person;
import cn.yanshan.ledger.person.PersonFlag;
import cn.yanshan.ledger.placement.Placement;

import java.util.List;
import java.util.stream.Collectors;

/** The columns of person and placement lists, as county spreadsheets name them, and a row's values. */
final class Rows {

    private Rows() {
    }

    static final List<Column> PERSON = List.of(
            new Column("序号", 3, Kind.CENTER),
            new Column("姓名", 4, Kind.CENTER),
            new Column("性别", 2, Kind.CENTER),
            new Column("身份证号", 9.5, Kind.CENTER),
            new Column("出生日期", 5.5, Kind.DATE),
            new Column("残疾证号", 10.5, Kind.CENTER),
            new Column("残疾类别", 3, Kind.CENTER),
            new Column("残疾等级", 3, Kind.CENTER),
            new Column("乡（镇）", 6, Kind.CENTER),
            new Column("村（社区）", 8, Kind.TEXT),
            new Column("联系电话", 6, Kind.CENTER),
            new Column("文化程度", 4, Kind.CENTER),
            new Column("户主身份证号", 9.5, Kind.CENTER),
            new Column("人员标识", 7, Kind.TEXT),
            new Column("毕业年份", 3, Kind.CENTER),
            new Column("就业状态", 4, Kind.CENTER),
            new Column("未就业原因", 5, Kind.CENTER),
            new Column("备注", 10, Kind.TEXT));

    static Object[] person(int number, Person p, Masks m) {
        return new Object[]{number, p.name(), p.gender().label(), m.id(p.idNumber()), p.birthDate(),
                m.certificate(p.certificateNumber()), p.category().label(), p.level().label(), p.township().name(),
                p.village(), m.phone(p.phone()), p.education(), m.id(p.householdIdNumber()),
                p.flags().stream().sorted().map(PersonFlag::label).collect(Collectors.joining("、")),
                p.graduationYear() == null ? null : String.valueOf(p.graduationYear()), p.employmentStatus().label(),
                p.notWorkingReason() == null ? null : p.notWorkingReason().label(), p.note()};
    }

    static final List<Column> PLACEMENT = List.of(
            new Column("序号", 3, Kind.CENTER),
            new Column("姓名", 4, Kind.CENTER),
            new Column("性别", 2, Kind.CENTER),
            new Column("身份证号", 9.5, Kind.CENTER),
            new Column("残疾类别", 3, Kind.CENTER),
            new Column("残疾等级", 3, Kind.CENTER),
            new Column("乡（镇）", 6, Kind.CENTER),
            new Column("村（社区）", 8, Kind.TEXT),
            new Column("就业形式", 7, Kind.CENTER),
            new Column("就业单位", 13, Kind.TEXT),
            new Column("就业岗位", 6, Kind.TEXT),
            new Column("就业时间", 5.5, Kind.DATE),
            new Column("就业地域", 4, Kind.CENTER),
            new Column("月收入（元）", 5, Kind.MONEY),
            new Column("联系电话", 6, Kind.CENTER),
            new Column("报送单位", 8, Kind.TEXT));

    static Object[] placement(int number, Person p, Placement pl, Masks m) {
        return new Object[]{number, p.name(), p.gender().label(), m.id(p.idNumber()), p.category().label(),
                p.level().label(), p.township().name(), p.village(), pl.form().shortLabel(), pl.employer(), pl.job(),
                pl.placedOn(), pl.location().label(), pl.monthlyIncome(), m.phone(p.phone()),
                pl.reportingUnit() == null ? null : pl.reportingUnit().name()};
    }

    /** The placements list adds what the ledger keeps beyond the county's columns. */
    static final List<Column> PLACEMENT_FULL = concat(PLACEMENT, List.of(
            new Column("离职时间", 5.5, Kind.DATE),
            new Column("已核实", 3, Kind.CENTER),
            new Column("来源", 5, Kind.TEXT),
            new Column("备注", 10, Kind.TEXT)));

    static Object[] placementFull(int number, Person p, Placement pl, Masks m) {
        Object[] base = placement(number, p, pl, m);
        Object[] out = java.util.Arrays.copyOf(base, base.length + 4);
        out[base.length] = pl.endedOn();
        out[base.length + 1] = pl.verified() ? "是" : "否";
        out[base.length + 2] = pl.source();
        out[base.length + 3] = pl.note();
        return out;
    }

    private static List<Column> concat(List<Column> a, List<Column> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
