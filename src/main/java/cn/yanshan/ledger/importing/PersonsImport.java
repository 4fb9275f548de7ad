package cn.yanshan.ledger.importing;

import cn.yanshan.ledger.common.Check;
import cn.yanshan.ledger.person.IdNumber;
import cn.yanshan.ledger.person.Person;
import cn.yanshan.ledger.person.PersonData;
import cn.yanshan.ledger.person.PersonDraft;
import cn.yanshan.ledger.workbook.ColumnSpec;
import cn.yanshan.ledger.workbook.DataRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 残疾人: a list of persons; a person already in the ledger (same ID number) is updated with what the row gives. */
public final class PersonsImport implements ImportKind {

    public static final String KEY = "persons";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String label() {
        return "残疾人";
    }

    @Override
    public List<ColumnSpec> columns() {
        return PersonColumns.specs(true, true);
    }

    @Override
    public String explain(String columnKey) {
        return PersonColumns.explain(columnKey);
    }

    @Override
    public Map<String, String> example() {
        Map<String, String> m = PersonColumns.example();
        m.put(PersonColumns.PHONE, "13800000000");
        m.put(PersonColumns.EDUCATION, "初中");
        m.put(PersonColumns.STATUS, "未就业");
        m.put(PersonColumns.REASON, "无就业技能");
        return m;
    }

    @Override
    public List<String> choices(String columnKey, ImportContext context) {
        return PersonColumns.choices(columnKey, context);
    }

    @Override
    public RowHandler handler(ImportContext ctx) {
        Map<String, Integer> seen = new HashMap<>();
        PersonLookup lookup = new PersonLookup(ctx.persons(), ctx.today());
        return lookup.handler(row -> check(ctx, lookup, seen, row));
    }

    private static CheckedRow check(ImportContext ctx, PersonLookup lookup, Map<String, Integer> seen, DataRow row) {
        List<CellProblem> problems = new ArrayList<>();
        Check<IdNumber> id = PersonColumns.idNumber(row, ctx.today());
        id.problems().forEach(p -> problems.add(new CellProblem(PersonColumns.ID_NUMBER, p)));
        String name = PersonColumns.text(row, PersonColumns.NAME);
        String shownId = PersonColumns.shownId(row, id);
        if (id.isValid()) {
            Integer first = seen.putIfAbsent(id.value().value(), row.rowNumber());
            if (first != null) {
                problems.add(CellProblem.error(PersonColumns.ID_NUMBER, "与第" + first + "行是同一身份证号，本行跳过。"));
                return new CheckedRow(new RowResult(row.rowNumber(), RowStatus.DUPLICATE, name, shownId, problems), List.of());
            }
        }
        Person existing = id.isValid() ? lookup.byIdNumber(id.value().value()).orElse(null) : null;
        if (existing != null && existing.isDeleted()) {
            problems.add(CellProblem.error(PersonColumns.ID_NUMBER, ImportTexts.inRecycleBin(existing)));
            return new CheckedRow(new RowResult(row.rowNumber(), RowStatus.ERROR, name, shownId, problems), List.of());
        }
        PersonDraft draft = PersonColumns.draft(row, existing, id, problems);
        Optional<PersonData> data = PersonColumns.check(ctx, lookup, draft, existing, !id.isValid(), problems);
        if (data.isEmpty() || problems.stream().anyMatch(CellProblem::isError)) {
            return new CheckedRow(new RowResult(row.rowNumber(), RowStatus.ERROR, name, shownId, problems), List.of());
        }
        if (existing == null) {
            return new CheckedRow(new RowResult(row.rowNumber(), RowStatus.NEW, name, shownId, problems),
                    List.of(new Change.CreatePerson(data.get())));
        }
        if (data.get().equals(PersonColumns.dataOf(existing))) {
            return new CheckedRow(new RowResult(row.rowNumber(), RowStatus.UNCHANGED, name, shownId, problems), List.of());
        }
        return new CheckedRow(new RowResult(row.rowNumber(), RowStatus.UPDATE, name, shownId, problems),
                List.of(new Change.UpdatePerson(existing, data.get())));
    }
}
