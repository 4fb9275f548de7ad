package cn.yanshan.ledger.unit;

import cn.yanshan.ledger.db.generated.tables.records.UnitRecord;
import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.yanshan.ledger.db.generated.Tables.UNIT;
import static cn.yanshan.ledger.db.generated.Tables.UNIT_ALIAS;
import static cn.yanshan.ledger.db.generated.Tables.UNIT_GROUP;
import static cn.yanshan.ledger.db.generated.Tables.UNIT_GROUP_ALIAS;

/** The only code that reads and writes the unit tables. */
public final class UnitStore {

    public List<Unit> all(DSLContext dsl) {
        Map<Long, List<String>> aliases = new HashMap<>();
        dsl.selectFrom(UNIT_ALIAS).orderBy(UNIT_ALIAS.ALIAS).forEach(a ->
                aliases.computeIfAbsent(a.getUnitId(), k -> new ArrayList<>()).add(a.getAlias()));
        return dsl.selectFrom(UNIT)
                .orderBy(UNIT.SORT_ORDER, UNIT.ID)
                .fetch(r -> toUnit(r, aliases.getOrDefault(r.getId(), List.of())));
    }

    public Optional<Unit> byId(DSLContext dsl, long id) {
        return dsl.selectFrom(UNIT).where(UNIT.ID.eq(id)).fetchOptional(r -> toUnit(r,
                dsl.select(UNIT_ALIAS.ALIAS).from(UNIT_ALIAS).where(UNIT_ALIAS.UNIT_ID.eq(id))
                        .orderBy(UNIT_ALIAS.ALIAS).fetch(UNIT_ALIAS.ALIAS)));
    }

    public List<UnitGroup> groups(DSLContext dsl) {
        Map<Long, List<String>> aliases = new HashMap<>();
        dsl.selectFrom(UNIT_GROUP_ALIAS).forEach(a ->
                aliases.computeIfAbsent(a.getGroupId(), k -> new ArrayList<>()).add(a.getAlias()));
        return dsl.selectFrom(UNIT_GROUP).orderBy(UNIT_GROUP.ID).fetch(r -> new UnitGroup(r.getId(), r.getName(),
                UnitGroup.Rule.valueOf(r.getGroupRule()), r.getSectionNumber(), aliases.getOrDefault(r.getId(), List.of())));
    }

    public long insert(DSLContext dsl, String name, UnitKind kind) {
        Integer maxOrder = dsl.select(org.jooq.impl.DSL.max(UNIT.SORT_ORDER)).from(UNIT).fetchOne().value1();
        return dsl.insertInto(UNIT)
                .set(UNIT.NAME, name)
                .set(UNIT.KIND, kind.name())
                .set(UNIT.SORT_ORDER, maxOrder == null ? 1 : maxOrder + 1)
                .returning(UNIT.ID)
                .fetchOne()
                .getId();
    }

    public void updateDetails(DSLContext dsl, Unit unit) {
        dsl.update(UNIT)
                .set(UNIT.KIND, unit.kind().name())
                .set(UNIT.CONTACT_PERSON, blankToNull(unit.contactPerson()))
                .set(UNIT.PHONE, blankToNull(unit.phone()))
                .set(UNIT.EMAIL, blankToNull(unit.email()))
                .set(UNIT.NOTE, blankToNull(unit.note()))
                .where(UNIT.ID.eq(unit.id()))
                .execute();
    }

    public boolean nameOrAliasExists(DSLContext dsl, String name) {
        return dsl.fetchExists(UNIT, UNIT.NAME.eq(name))
                || dsl.fetchExists(UNIT_ALIAS, UNIT_ALIAS.ALIAS.eq(name))
                || dsl.fetchExists(UNIT_GROUP, UNIT_GROUP.NAME.eq(name))
                || dsl.fetchExists(UNIT_GROUP_ALIAS, UNIT_GROUP_ALIAS.ALIAS.eq(name));
    }

    public void addAlias(DSLContext dsl, long unitId, String alias) {
        dsl.insertInto(UNIT_ALIAS).set(UNIT_ALIAS.ALIAS, alias).set(UNIT_ALIAS.UNIT_ID, unitId).execute();
    }

    public void removeAlias(DSLContext dsl, long unitId, String alias) {
        dsl.deleteFrom(UNIT_ALIAS).where(UNIT_ALIAS.UNIT_ID.eq(unitId), UNIT_ALIAS.ALIAS.eq(alias)).execute();
    }

    private static Unit toUnit(UnitRecord r, List<String> aliases) {
        return new Unit(r.getId(), r.getName(), UnitKind.valueOf(r.getKind()), r.getTownshipCode(),
                r.getContactPerson(), r.getPhone(), r.getEmail(), r.getNote(), aliases);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
