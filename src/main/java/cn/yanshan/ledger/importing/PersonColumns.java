package cn.yanshan.ledger.importing;

import cn.yanshan.ledger.common.Check;
import cn.yanshan.ledger.common.Problem;
import cn.yanshan.ledger.person.CertificateNumber;
import cn.yanshan.ledger.person.DisabilityCategory;
import cn.yanshan.ledger.person.DisabilityLevel;
import cn.yanshan.ledger.person.EmploymentStatus;
import cn.yanshan.ledger.person.IdNumber;
import cn.yanshan.ledger.person.NotWorkingReason;
import cn.yanshan.ledger.person.Person;
import cn.yanshan.ledger.person.PersonCheck;
import cn.yanshan.ledger.person.PersonData;
import cn.yanshan.ledger.person.PersonDraft;
import cn.yanshan.ledger.person.PersonField;
import cn.yanshan.ledger.unit.Unit;
import cn.yanshan.ledger.workbook.Cell;
import cn.yanshan.ledger.workbook.ColumnSpec;
import cn.yanshan.ledger.workbook.DataRow;
import cn.yanshan.ledger.workbook.Values;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The person columns both kinds share, and reading a person from a row: values as units write them (ID numbers as
 * text, as numbers or damaged by Excel, full-width, with spaces; townships by their short names), merged over the
 * person already in the ledger so that a blank cell never erases what the ledger knows.
 */
final class PersonColumns {

    static final String NAME = "name";
    static final String ID_NUMBER = "idNumber";
    static final String GENDER = "gender";
    static final String CERTIFICATE = "certificate";
    static final String CATEGORY = "category";
    static final String LEVEL = "level";
    static final String TOWNSHIP = "township";
    static final String VILLAGE = "village";
    static final String PHONE = "phone";
    static final String EDUCATION = "education";
    static final String HOUSEHOLD = "household";
    static final String STATUS = "status";
    static final String REASON = "reason";
    static final String NOTE = "note";

    private static final Map<PersonField, String> KEYS = new EnumMap<>(Map.ofEntries(
            Map.entry(PersonField.NAME, NAME), Map.entry(PersonField.GENDER, GENDER),
            Map.entry(PersonField.ID_NUMBER, ID_NUMBER), Map.entry(PersonField.CERTIFICATE, CERTIFICATE),
            Map.entry(PersonField.CATEGORY, CATEGORY), Map.entry(PersonField.LEVEL, LEVEL),
            Map.entry(PersonField.TOWNSHIP, TOWNSHIP), Map.entry(PersonField.VILLAGE, VILLAGE),
            Map.entry(PersonField.PHONE, PHONE), Map.entry(PersonField.EDUCATION, EDUCATION),
            Map.entry(PersonField.HOUSEHOLD, HOUSEHOLD), Map.entry(PersonField.STATUS, STATUS),
            Map.entry(PersonField.REASON, REASON), Map.entry(PersonField.NOTE, NOTE)));

    private PersonColumns() {
    }

    /** The person columns; {@code townshipRequired} for a file of persons, where every row needs one. */
    static List<ColumnSpec> specs(boolean townshipRequired, boolean withPersonNote) {
        List<ColumnSpec> specs = new ArrayList<>(List.of(
                ColumnSpec.required(NAME, "姓名", "残疾人姓名", "名字"),
                ColumnSpec.required(ID_NUMBER, "身份证号", "身份证号码", "公民身份号码", "公民身份证号码", "身份证",
                        "证件号码", "残疾人身份证号"),
                ColumnSpec.optional(GENDER, "性别"),
                ColumnSpec.optional(CERTIFICATE, "残疾证号", "残疾证号码", "残疾人证号", "残疾人证号码", "第二代残疾人证号",
                        "残疾证"),
                ColumnSpec.optional(CATEGORY, "残疾类别", "残疾类型", "残疾种类"),
                ColumnSpec.optional(LEVEL, "残疾等级", "残疾级别"),
                new ColumnSpec(TOWNSHIP, "乡（镇）", List.of("乡镇", "所在乡镇", "乡镇（街道）", "户籍所在乡镇", "所属乡镇", "乡镇名称"),
                        townshipRequired),
                ColumnSpec.optional(VILLAGE, "村（社区）", "村委会", "村（居）委会", "村（居委会）", "所在村", "村社区", "村组"),
                ColumnSpec.optional(PHONE, "联系电话", "电话", "手机", "手机号码", "联系方式", "电话号码"),
                ColumnSpec.optional(EDUCATION, "文化程度", "学历"),
                ColumnSpec.optional(HOUSEHOLD, "户主身份证号", "户主身份证号码")));
        if (withPersonNote) {
            specs.add(ColumnSpec.optional(STATUS, "就业状态", "是否就业"));
            specs.add(ColumnSpec.optional(REASON, "未就业原因"));
            specs.add(ColumnSpec.optional(NOTE, "备注", "说明"));
        }
        return specs;
    }

    /** The ID number in a row, from a text or number cell: Excel's damage to long numbers is an error saying so. */
    static Check<IdNumber> idNumber(DataRow row, java.time.LocalDate today) {
        Cell c = row.cell(ID_NUMBER);
        if (c.isBlank()) {
            return Check.failed("未填写身份证号。");
        }
        return c.isNumeric() ? IdNumber.fromExcelNumber(c.number(), today) : IdNumber.check(c.text(), today);
    }

    /** The ID number as written, for display when it is not valid. */
    static String shownId(DataRow row, Check<IdNumber> id) {
        return id.isValid() ? id.value().masked() : Values.text(row.cell(ID_NUMBER));
    }

    /** The person a row describes, merged over {@code existing} (when in the ledger); cell problems go to {@code problems}. */
    static PersonDraft draft(DataRow row, Person existing, Check<IdNumber> id, List<CellProblem> problems) {
        PersonDraft d = existing == null ? PersonDraft.of(null, null, null, null) : PersonDraft.from(existing);
        if (id.isValid()) {
            d = d.withIdNumber(id.value().value());
        }
        d = set(d, row, NAME, PersonDraft::withName);
        d = set(d, row, GENDER, PersonDraft::withGender);
        Cell cert = row.cell(CERTIFICATE);
        if (cert.isNumeric()) {
            CertificateNumber.fromExcelNumber(cert.number()).problems()
                    .forEach(p -> problems.add(new CellProblem(CERTIFICATE, p)));
        } else {
            d = set(d, row, CERTIFICATE, PersonDraft::withCertificate);
        }
        String category = text(row, CATEGORY);
        String level = text(row, LEVEL);
        if (!category.isEmpty() || !level.isEmpty()) {
            d = d.withCategoryAndLevel(category.isEmpty() ? d.category() : category, level.isEmpty() ? d.level() : level);
        }
        d = set(d, row, TOWNSHIP, PersonDraft::withTownship);
        d = set(d, row, VILLAGE, PersonDraft::withVillage);
        d = set(d, row, PHONE, PersonDraft::withPhone);
        d = set(d, row, EDUCATION, PersonDraft::withEducation);
        d = set(d, row, HOUSEHOLD, PersonDraft::withHousehold);
        String status = text(row, STATUS);
        String reason = text(row, REASON);
        if (!status.isEmpty() || !reason.isEmpty()) {
            d = d.withStatus(status.isEmpty() ? d.status() : status, reason.isEmpty() ? d.reason() : reason);
        }
        d = set(d, row, NOTE, PersonDraft::withNote);
        return d;
    }

    /**
     * The service's check of a draft, its problems added to {@code problems} by column; an ID problem already found
     * in the cell is not repeated.
     */
    static Optional<PersonData> check(ImportContext ctx, PersonLookup lookup, PersonDraft draft, Person existing,
                                      boolean idProblemFound, List<CellProblem> problems) {
        PersonCheck check = ctx.persons().check(draft, existing == null ? null : existing.id(), lookup::byIdNumber);
        check.validation().byField().forEach((field, list) -> {
            if (field == PersonField.ID_NUMBER && idProblemFound) {
                return;
            }
            for (Problem p : list) {
                problems.add(new CellProblem(KEYS.get(field), p));
            }
        });
        return check.data();
    }

    /** A person in the ledger as the values a check gives, to tell whether a row changes anything. */
    static PersonData dataOf(Person p) {
        return new PersonData(p.name(), p.gender(), p.idNumber(), p.birthDate(), p.certificateNumber(), p.category(),
                p.level(), p.township().id(), p.village(), p.phone(), p.education(), p.householdIdNumber(), p.flags(),
                p.graduationYear(), p.employmentStatus(), p.notWorkingReason(), p.note());
    }

    /** A row's text in a column: a number as its digits, a date as 2024-05-06; "" when blank or not mapped. */
    static String text(DataRow row, String key) {
        return Values.text(row.cell(key));
    }

    private static PersonDraft set(PersonDraft d, DataRow row, String key, BiFunction<PersonDraft, String, PersonDraft> with) {
        String v = text(row, key);
        return v.isEmpty() ? d : with.apply(d, v);
    }

    /** The person part of a template's example row. */
    static Map<String, String> example() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put(NAME, ImportTemplates.EXAMPLE_MARK + "导入时跳过）");
        m.put(ID_NUMBER, ImportTemplates.EXAMPLE_ID);
        m.put(GENDER, "男");
        m.put(CERTIFICATE, ImportTemplates.EXAMPLE_ID + "43");
        m.put(CATEGORY, "肢体");
        m.put(LEVEL, "三级");
        m.put(TOWNSHIP, "江那镇");
        m.put(VILLAGE, "示例村委会");
        return m;
    }

    /** The drop-down lists of the person columns. */
    static List<String> choices(String key, ImportContext ctx) {
        return switch (key) {
            case TOWNSHIP -> ctx.units().townships().stream().map(Unit::name).toList();
            case CATEGORY -> Arrays.stream(DisabilityCategory.values()).map(DisabilityCategory::label).toList();
            case LEVEL -> Arrays.stream(DisabilityLevel.values()).map(DisabilityLevel::label).toList();
            case GENDER -> List.of("男", "女");
            case STATUS -> Arrays.stream(EmploymentStatus.values()).map(EmploymentStatus::label).toList();
            case REASON -> Arrays.stream(NotWorkingReason.values()).map(NotWorkingReason::label).toList();
            default -> List.of();
        };
    }

    /** The explanation of the person columns in the template. */
    static String explain(String key) {
        return switch (key) {
            case NAME -> "必填。残疾人的姓名。";
            case ID_NUMBER -> "必填。18位身份证号（旧的15位号码也可）。本列已设为文本格式，请勿改成数字格式，否则后几位会丢失。";
            case GENDER -> "可不填，按身份证号判断；填写了则核对是否一致。";
            case CERTIFICATE -> "第二代残疾人证号：身份证号加残疾类别和等级两位数字，共20位。有证号时可不填残疾类别和等级。";
            case CATEGORY -> "没有残疾证号时必填：视力、听力、言语、肢体、智力、精神、多重，从下拉列表选择。";
            case LEVEL -> "没有残疾证号时必填：一级至四级，从下拉列表选择。";
            case TOWNSHIP -> "户籍所在乡（镇），从下拉列表选择；写简称（如“江那”）也可以。";
            case VILLAGE -> "村委会或社区。";
            case PHONE -> "联系电话，多个号码用顿号隔开。";
            case EDUCATION -> "文化程度，如初中、高中、大专。";
            case HOUSEHOLD -> "户主的身份证号，用于按户统计。";
            case STATUS -> "已就业、未就业或未登记。";
            case REASON -> "未就业时填写原因，从下拉列表选择。";
            case NOTE -> "其他需要说明的情况。";
            default -> "";
        };
    }

    /** Columns whose values are numbers that must stay text (ID numbers): the template formats them as text. */
    static Set<String> textColumns() {
        return Set.of(ID_NUMBER, CERTIFICATE, HOUSEHOLD, PHONE);
    }
}
