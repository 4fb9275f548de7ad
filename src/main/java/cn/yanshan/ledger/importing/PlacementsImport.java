package cn.yanshan.ledger.importing;

import cn.yanshan.ledger.common.Check;
import cn.yanshan.ledger.common.Problem;
import cn.yanshan.ledger.count.CountedRow;
import cn.yanshan.ledger.person.EmploymentStatus;
import cn.yanshan.ledger.person.IdNumber;
import cn.yanshan.ledger.person.Person;
import cn.yanshan.ledger.person.PersonData;
import cn.yanshan.ledger.person.PersonDraft;
import cn.yanshan.ledger.placement.EmploymentForm;
import cn.yanshan.ledger.placement.JobLocation;
import cn.yanshan.ledger.placement.Placement;
import cn.yanshan.ledger.placement.PlacementCheck;
import cn.yanshan.ledger.placement.PlacementData;
import cn.yanshan.ledger.placement.PlacementDraft;
import cn.yanshan.ledger.placement.PlacementField;
import cn.yanshan.ledger.workbook.Cell;
import cn.yanshan.ledger.workbook.ColumnSpec;
import cn.yanshan.ledger.workbook.DataRow;
import cn.yanshan.ledger.workbook.Values;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 就业登记: placements, one a row, each with its person: a person not in the ledger is created from the row, one in
 * the ledger is updated with what the row gives (and marked employed). A placement the ledger already has (same
 * person, date and form) is left as it is.
 */
public final class PlacementsImport implements ImportKind {

    public static final String KEY = "placements";

    static final String PLACED_ON = "placedOn";
    static final String FORM = "form";
    static final String EMPLOYER = "employer";
    static final String JOB = "job";
    static final String LOCATION = "location";
    static final String INCOME = "income";
    static final String REPORTING_UNIT = "reportingUnit";
    static final String ENDED_ON = "endedOn";
    static final String NOTE = "note";

    private static final Map<PlacementField, String> KEYS = new EnumMap<>(Map.of(
            PlacementField.PERSON, PersonColumns.ID_NUMBER, PlacementField.PLACED_ON, PLACED_ON,
            PlacementField.FORM, FORM, PlacementField.EMPLOYER, EMPLOYER, PlacementField.JOB, JOB,
            PlacementField.LOCATION, LOCATION, PlacementField.INCOME, INCOME,
            PlacementField.REPORTING_UNIT, REPORTING_UNIT, PlacementField.ENDED_ON, ENDED_ON,
            PlacementField.NOTE, NOTE));

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String label() {
        return "就业登记";
    }

    @Override
    public List<ColumnSpec> columns() {
        List<ColumnSpec> specs = new ArrayList<>(PersonColumns.specs(false, false));
        specs.addAll(List.of(
                ColumnSpec.required(PLACED_ON, "就业时间", "就业日期", "上岗时间", "入职时间", "就业年月日", "实现就业时间"),
                ColumnSpec.required(FORM, "就业形式", "就业方式", "就业类型", "就业渠道"),
                ColumnSpec.optional(EMPLOYER, "就业单位", "工作单位", "用人单位", "就业单位名称", "就业单位（地点）"),
                ColumnSpec.optional(JOB, "就业岗位", "岗位", "工种", "从事工作", "从事岗位"),
                ColumnSpec.optional(LOCATION, "就业地域", "就业地点", "就业区域", "务工地域", "就业地"),
                ColumnSpec.optional(INCOME, "月收入", "月收入（元）", "月工资", "月均收入", "收入（元/月）", "月收入(元)"),
                ColumnSpec.optional(REPORTING_UNIT, "报送单位", "推荐单位", "责任单位", "安置单位"),
                ColumnSpec.optional(ENDED_ON, "离岗时间", "离职时间"),
                ColumnSpec.optional(NOTE, "备注", "说明")));
        return specs;
    }

    @Override
    public String explain(String key) {
        return switch (key) {
            case PersonColumns.TOWNSHIP -> "台账中还没有的人员必填；户籍所在乡（镇），从下拉列表选择，写简称（如“江那”）也可以。";
            case PersonColumns.CATEGORY, PersonColumns.LEVEL -> "台账中还没有、又没有残疾证号的人员必填。"
                    + PersonColumns.explain(key);
            case PLACED_ON -> "必填。实现就业的日期，如2024-05-06、2024年5月6日、2024.5.6；Excel日期格式也可以。";
            case FORM -> "必填。从下拉列表选择七种就业形式之一。";
            case EMPLOYER -> "就业单位或经营项目的名称。";
            case JOB -> "岗位或工种。";
            case LOCATION -> "必填。县内、州内县外、省内州外或省外，从下拉列表选择。";
            case INCOME -> "每月收入，单位元，只填数字。";
            case REPORTING_UNIT -> "报送该条就业信息的单位；不填则为报送本表的单位。";
            case ENDED_ON -> "已离岗时填写离岗日期。";
            case NOTE -> "其他需要说明的情况。";
            default -> PersonColumns.explain(key);
        };
    }

    @Override
    public Map<String, String> example() {
        Map<String, String> m = PersonColumns.example();
        m.put(PLACED_ON, "2024-05-06");
        m.put(FORM, EmploymentForm.FLEXIBLE.label());
        m.put(EMPLOYER, "示例种植专业合作社");
        m.put(JOB, "种植");
        m.put(LOCATION, JobLocation.IN_COUNTY.label());
        m.put(INCOME, "1500");
        return m;
    }

    @Override
    public List<String> choices(String key, ImportContext context) {
        return switch (key) {
            case FORM -> Arrays.stream(EmploymentForm.values()).map(EmploymentForm::label).toList();
            case LOCATION -> Arrays.stream(JobLocation.values()).map(JobLocation::label).toList();
            default -> PersonColumns.choices(key, context);
        };
    }

    @Override
    public RowHandler handler(ImportContext ctx) {
        Map<String, Integer> seen = new HashMap<>();
        Set<String> createdByFile = new HashSet<>();
        PersonLookup lookup = new PersonLookup(ctx.persons(), ctx.today());
        Placed placed = new Placed(ctx);
        return lookup.handler(placed::prepare, row -> check(ctx, lookup, placed, seen, createdByFile, row));
    }

    /**
     * The placements and the places in the count of the persons a chunk of rows names who are in the ledger, read
     * with one query each per chunk instead of two for every row.
     */
    private static final class Placed {

        private final ImportContext ctx;
        private Map<Long, List<Placement>> placements = new HashMap<>();
        private Map<Long, CountedRow> counted = new HashMap<>();
        private Set<Long> read = new HashSet<>();

        Placed(ImportContext ctx) {
            this.ctx = ctx;
        }

        void prepare(Collection<Person> persons) {
            Set<Long> ids = persons.stream().map(Person::id).collect(Collectors.toSet());
            placements = ctx.placements().ofPersons(ids, null, null).stream()
                    .collect(Collectors.groupingBy(Placement::personId));
            counted = ctx.placements().countedOf(ctx.plan(), ids);
            read = ids;
        }

        /** A person's placements (not deleted); one the chunk did not name is read on its own. */
        List<Placement> of(Person person) {
            return read.contains(person.id()) ? placements.getOrDefault(person.id(), List.of())
                    : ctx.placements().ofPerson(person.id());
        }

        Optional<CountedRow> counted(long personId) {
            return read.contains(personId) ? Optional.ofNullable(counted.get(personId))
                    : ctx.placements().countedOf(ctx.plan(), List.of(personId)).values().stream().findFirst();
        }
    }

    private static CheckedRow check(ImportContext ctx, PersonLookup lookup, Placed placed, Map<String, Integer> seen,
                                    Set<String> createdByFile, DataRow row) {
        List<CellProblem> problems = new ArrayList<>();
        Check<IdNumber> id = PersonColumns.idNumber(row, ctx.today());
        id.problems().forEach(p -> problems.add(new CellProblem(PersonColumns.ID_NUMBER, p)));
        String name = PersonColumns.text(row, PersonColumns.NAME);
        String shownId = PersonColumns.shownId(row, id);

        LocalDate placedOn = date(row, PLACED_ON, "就业时间", true, problems);
        LocalDate endedOn = date(row, ENDED_ON, "离岗时间", false, problems);
        String form = PersonColumns.text(row, FORM);
        String key = id.isValid() ? id.value().value() + "|" + placedOn + "|"
                + EmploymentForm.parse(form).map(Enum::name).orElse(form) : null;
        if (key != null) {
            Integer first = seen.putIfAbsent(key, row.rowNumber());
            if (first != null) {
                problems.add(CellProblem.error(PersonColumns.ID_NUMBER, "与第" + first + "行是同一人、同一就业时间和就业形式，本行跳过。"));
                return result(row, RowStatus.DUPLICATE, name, shownId, problems, List.of());
            }
        }

        Person existing = id.isValid() ? lookup.byIdNumber(id.value().value()).orElse(null) : null;
        if (existing != null && existing.isDeleted()) {
            problems.add(CellProblem.error(PersonColumns.ID_NUMBER, ImportTexts.inRecycleBin(existing)));
            return result(row, RowStatus.ERROR, name, shownId, problems, List.of());
        }
        PersonDraft draft = PersonColumns.draft(row, existing, id, problems);
        if (endedOn == null) {
            draft = draft.withStatus(EmploymentStatus.EMPLOYED.label(), null);
        }
        Optional<PersonData> person = PersonColumns.check(ctx, lookup, draft, existing, !id.isValid(), problems);

        String unit = PersonColumns.text(row, REPORTING_UNIT);
        PlacementDraft placement = new PlacementDraft(placedOn, form, PersonColumns.text(row, EMPLOYER),
                PersonColumns.text(row, JOB), PersonColumns.text(row, LOCATION), PersonColumns.text(row, INCOME), null,
                unit.isEmpty() ? ctx.unitName() : unit, false, endedOn, PersonColumns.text(row, NOTE), null, null);
        PlacementCheck pc = ctx.placements().check(placement, existing, ctx.plan(), placed::counted);
        pc.validation().byField().forEach((field, list) -> {
            if (field == PlacementField.PLACED_ON && placedOn == null) {
                return; // the cell's own problem is already there
            }
            for (Problem p : list) {
                problems.add(new CellProblem(KEYS.get(field), p));
            }
        });
        if (existing == null && person.isPresent() && placedOn != null && placedOn.isBefore(person.get().birthDate())) {
            problems.add(CellProblem.error(PLACED_ON, "就业时间" + placedOn + "早于出生日期" + person.get().birthDate() + "，请核对。"));
        }
        if (person.isEmpty() || pc.data().isEmpty() || problems.stream().anyMatch(CellProblem::isError)) {
            return result(row, RowStatus.ERROR, name, shownId, problems, List.of());
        }
        PlacementData data = pc.data().get();
        if (existing != null && alreadyPlaced(placed.of(existing), data)) {
            return result(row, RowStatus.UNCHANGED, name, shownId, problems, List.of());
        }
        List<Change> changes = new ArrayList<>();
        String idNumber = id.value().value();
        if (existing == null) {
            if (createdByFile.add(idNumber)) {
                changes.add(new Change.CreatePerson(person.get()));
            }
        } else if (!person.get().equals(PersonColumns.dataOf(existing))) {
            changes.add(new Change.UpdatePerson(existing, person.get()));
        }
        changes.add(new Change.CreatePlacement(idNumber, data));
        return result(row, RowStatus.NEW, name, shownId, problems, changes);
    }

    private static boolean alreadyPlaced(List<Placement> placements, PlacementData data) {
        for (Placement p : placements) {
            if (p.placedOn().equals(data.placedOn()) && p.form() == data.form()) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate date(DataRow row, String key, String label, boolean required, List<CellProblem> problems) {
        Cell cell = row.cell(key);
        if (cell.isBlank()) {
            if (required) {
                problems.add(CellProblem.error(key, "请填写" + label + "。"));
            }
            return null;
        }
        Check<LocalDate> d = Values.date(cell);
        d.problems().forEach(p -> problems.add(new CellProblem(key, p.prefixed(label + "："))));
        return d.toOptional().orElse(null);
    }

    private static CheckedRow result(DataRow row, RowStatus status, String name, String shownId,
                                     List<CellProblem> problems, List<Change> changes) {
        return new CheckedRow(new RowResult(row.rowNumber(), status, name, shownId, problems), changes);
    }
}
