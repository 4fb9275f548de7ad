package cn.yanshan.ledger.person;

import cn.yanshan.ledger.db.Ids;
import cn.yanshan.ledger.db.JdbcBatch;
import cn.yanshan.ledger.db.generated.tables.records.PersonRecord;
import cn.yanshan.ledger.unit.UnitRef;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongFunction;

import static cn.yanshan.ledger.db.generated.Tables.PERSON;

/** The only code that reads and writes the person table. */
public final class PersonStore {

    private static final char ESCAPE = '!';

    private final LongFunction<UnitRef> townships;

    /** @param townships the name of a township unit by its id (the unit service's snapshot) */
    public PersonStore(LongFunction<UnitRef> townships) {
        this.townships = townships;
    }

    public long insert(DSLContext dsl, PersonData p, LocalDateTime now) {
        PersonRecord r = dsl.newRecord(PERSON);
        fill(r, p);
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.store();
        return r.getId();
    }

    /** Writes many persons as one JDBC batch; for bulk loads. Ids are not returned: see {@link #idsByIdNumber}. */
    public void insertBatch(DSLContext dsl, List<PersonData> persons, LocalDateTime now) {
        JdbcBatch.insertFilled(dsl, PERSON, Set.of(PERSON.ID, PERSON.DELETED_AT), persons, (r, p) -> {
            fill(r, p);
            r.setCreatedAt(now);
            r.setUpdatedAt(now);
        });
    }

    public void update(DSLContext dsl, long id, PersonData p, LocalDateTime now) {
        PersonRecord r = dsl.fetchSingle(PERSON, PERSON.ID.eq(id));
        fill(r, p);
        r.setUpdatedAt(now);
        r.store();
    }

    /** Removes persons for good (an import undone); their placements must be gone already. */
    public void deleteForGood(DSLContext dsl, Collection<Long> ids) {
        for (List<Long> part : Ids.slices(ids)) {
            dsl.deleteFrom(PERSON).where(Ids.in(PERSON.ID, part)).execute();
        }
    }

    public void setEmploymentStatus(DSLContext dsl, long id, EmploymentStatus status, LocalDateTime now) {
        dsl.update(PERSON)
                .set(PERSON.EMPLOYMENT_STATUS, status.name())
                .set(PERSON.NOT_WORKING_REASON, (String) null)
                .set(PERSON.UPDATED_AT, now)
                .where(PERSON.ID.eq(id))
                .execute();
    }

    public void setDeleted(DSLContext dsl, long id, LocalDateTime deletedAt, LocalDateTime now) {
        dsl.update(PERSON).set(PERSON.DELETED_AT, deletedAt).set(PERSON.UPDATED_AT, now).where(PERSON.ID.eq(id)).execute();
    }

    public Optional<Person> byId(DSLContext dsl, long id) {
        return dsl.selectFrom(PERSON).where(PERSON.ID.eq(id)).fetchOptional(this::toPerson);
    }

    /** Deleted persons too: an ID number stays taken while its person is in the recycle bin. */
    public Optional<Person> byIdNumber(DSLContext dsl, String idNumber) {
        return dsl.selectFrom(PERSON).where(PERSON.ID_NUMBER.eq(idNumber)).fetchOptional(this::toPerson);
    }

    public Map<Long, Person> byIds(DSLContext dsl, Collection<Long> ids) {
        Map<Long, Person> out = new HashMap<>();
        if (!ids.isEmpty()) {
            Ids.fetch(dsl, PERSON, PERSON.ID, ids).forEach(r -> out.put(r.getId(), toPerson(r)));
        }
        return out;
    }

    /** The persons of these ID numbers (deleted ones too), by ID number. */
    public Map<String, Person> byIdNumbers(DSLContext dsl, Collection<String> idNumbers) {
        Map<String, Person> out = new HashMap<>();
        if (!idNumbers.isEmpty()) {
            Ids.fetch(dsl, PERSON, PERSON.ID_NUMBER, idNumbers).forEach(r -> out.put(r.getIdNumber(), toPerson(r)));
        }
        return out;
    }

    /** Person ids of these ID numbers (any that exist), {@value Ids#PER_QUERY} numbers per query. */
    public Map<String, Long> idsByIdNumber(DSLContext dsl, Collection<String> idNumbers) {
        Map<String, Long> out = new HashMap<>();
        for (List<String> part : Ids.slices(idNumbers)) {
            Ids.Keys<String> keys = Ids.keys(PERSON.ID_NUMBER, part);
            dsl.select(PERSON.ID_NUMBER, PERSON.ID).from(keys.table()).join(PERSON).on(PERSON.ID_NUMBER.eq(keys.value()))
                    .forEach(r -> out.put(r.value1(), r.value2()));
        }
        return out;
    }

    /** Every ID number in the ledger, deleted persons included; for bulk loads that must not repeat one. */
    public Set<String> allIdNumbers(DSLContext dsl) {
        Set<String> out = new java.util.HashSet<>();
        dsl.select(PERSON.ID_NUMBER).from(PERSON).fetchSize(5000).forEach(r -> out.add(r.value1()));
        return out;
    }

    public int countAll(DSLContext dsl) {
        return dsl.fetchCount(PERSON);
    }

    /** The columns of a {@link PersonRow}; all in ix_person_initials (db-migrations/V9). */
    private static final List<Field<?>> ROW_FIELDS = List.of(PERSON.ID, PERSON.NAME, PERSON.GENDER, PERSON.ID_NUMBER,
            PERSON.DISABILITY_CATEGORY, PERSON.DISABILITY_LEVEL, PERSON.TOWNSHIP_UNIT_ID, PERSON.VILLAGE,
            PERSON.EMPLOYMENT_STATUS, PERSON.POVERTY_ALLEVIATED, PERSON.MONITORED, PERSON.SUBSISTENCE, PERSON.GRADUATE);

    /**
     * One page of a query as the list shows it: only the columns of {@link PersonRow}, which for pinyin initials
     * (and for everyone in name order) ix_person_initials holds, so that the page is read from that index alone.
     * Filters are written so that the database walks the index that gives the page's order (the text's, or the
     * list's sort) and checks the filters on the way, rather than collecting every person of a township and sorting
     * them all; only a filter that leaves few persons is given to the database as an index condition.
     */
    public List<PersonRow> rows(DSLContext dsl, PersonQuery q, int offset, int limit) {
        SearchText text = SearchText.of(q.text());
        boolean narrow = text.kind() == SearchText.Kind.NONE && hasIndexedFilter(q)
                && dsl.fetchCount(PERSON, filters(q, true)) <= FEW;
        List<Condition> filters = filters(q, narrow);
        List<Tier> tiers = tiers(text, q.sort());
        List<PersonRow> out = new ArrayList<>(Math.max(0, Math.min(limit, 1000)));
        int skip = Math.max(0, offset);
        int want = Math.max(0, limit);
        for (int i = 0; i < tiers.size() && want > 0; i++) {
            Tier tier = tiers.get(i);
            List<Condition> where = new ArrayList<>(filters);
            where.add(tier.condition());
            if (i < tiers.size() - 1 && skip > 0) {
                int inTier = dsl.fetchCount(PERSON, where);
                if (skip >= inTier) {
                    skip -= inTier;
                    continue;
                }
            }
            List<PersonRow> page = dsl.select(ROW_FIELDS).from(PERSON).where(where).orderBy(tier.order())
                    .limit(want).offset(skip).fetch(this::toRow);
            out.addAll(page);
            want -= page.size();
            skip = 0;
        }
        return out;
    }

    public int count(DSLContext dsl, PersonQuery q) {
        SearchText text = SearchText.of(q.text());
        List<Condition> filters = filters(q, text.kind() == SearchText.Kind.NONE);
        int total = 0;
        for (Tier tier : tiers(text, q.sort())) {
            List<Condition> where = new ArrayList<>(filters);
            where.add(tier.condition());
            total += dsl.fetchCount(PERSON, where);
        }
        return total;
    }

    /** Every person a query finds, in the list's order, read as a stream so that a whole ledger fits in little memory. */
    public void forEach(DSLContext dsl, PersonQuery q, Consumer<Person> action) {
        SearchText text = SearchText.of(q.text());
        List<Condition> filters = filters(q, text.kind() == SearchText.Kind.NONE);
        for (Tier tier : tiers(text, q.sort())) {
            List<Condition> where = new ArrayList<>(filters);
            where.add(tier.condition());
            try (var cursor = dsl.selectFrom(PERSON).where(where).orderBy(tier.order()).fetchSize(1000).fetchLazy()) {
                for (PersonRecord r : cursor) {
                    action.accept(toPerson(r));
                }
            }
        }
    }

    /** Up to this many persons a filtered list is collected through the filter's index and sorted. */
    private static final int FEW = 3000;

    /** The recycle bin: most recently deleted first. */
    public List<Person> deleted(DSLContext dsl, int offset, int limit) {
        return dsl.selectFrom(PERSON).where(PERSON.DELETED_AT.isNotNull())
                .orderBy(PERSON.DELETED_AT.desc(), PERSON.ID.desc())
                .limit(limit).offset(offset)
                .fetch(this::toPerson);
    }

    public int countDeleted(DSLContext dsl) {
        return dsl.fetchCount(PERSON, PERSON.DELETED_AT.isNotNull());
    }

    /** Persons per township (non-deleted), by township unit id. */
    public Map<Long, Integer> countByTownship(DSLContext dsl) {
        Map<Long, Integer> out = new HashMap<>();
        dsl.select(PERSON.TOWNSHIP_UNIT_ID, DSL.count()).from(PERSON).where(PERSON.DELETED_AT.isNull())
                .groupBy(PERSON.TOWNSHIP_UNIT_ID).forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /** The villages written for persons of a township (deleted persons too), in pinyin-initials order. */
    public List<String> villages(DSLContext dsl, long townshipId) {
        return dsl.selectDistinct(PERSON.VILLAGE).from(PERSON)
                .where(PERSON.TOWNSHIP_UNIT_ID.eq(townshipId), PERSON.VILLAGE.isNotNull())
                .fetch(PERSON.VILLAGE);
    }

    /** One part of a search: its condition and the order that an index gives for free. */
    private record Tier(Condition condition, List<SortField<?>> order) {
    }

    private static List<Tier> tiers(SearchText text, PersonSort sort) {
        return switch (text.kind()) {
            case NONE -> List.of(new Tier(DSL.noCondition(), sort == PersonSort.NEWEST
                    ? List.of(PERSON.ID.desc())
                    : List.of(PERSON.NAME_INITIALS.asc(), PERSON.NAME.asc(), PERSON.ID.asc())));
            case ID_EXACT -> List.of(new Tier(PERSON.ID_NUMBER.eq(text.key()), List.of(PERSON.ID.asc())));
            case ID_PREFIX -> List.of(new Tier(startsWith(PERSON.ID_NUMBER, text.key()),
                    List.of(PERSON.ID_NUMBER.asc())));
            case ID_SUFFIX -> List.of(new Tier(startsWith(PERSON.ID_REVERSED, text.key()),
                    List.of(PERSON.ID_REVERSED.asc(), PERSON.ID.asc())));
            case INITIALS -> List.of(
                    new Tier(startsWith(PERSON.NAME_INITIALS, text.key()),
                            List.of(PERSON.NAME_INITIALS.asc(), PERSON.NAME.asc(), PERSON.ID.asc())),
                    new Tier(startsWith(PERSON.GIVEN_INITIALS, text.key()).andNot(startsWith(PERSON.NAME_INITIALS, text.key())),
                            List.of(PERSON.GIVEN_INITIALS.asc(), PERSON.NAME_INITIALS.asc(), PERSON.NAME.asc(), PERSON.ID.asc())));
            case NAME -> List.of(
                    new Tier(startsWith(PERSON.NAME, text.key()), List.of(PERSON.NAME.asc(), PERSON.ID.asc())),
                    new Tier(startsWith(PERSON.GIVEN_NAME, text.key()).andNot(startsWith(PERSON.NAME, text.key())),
                            List.of(PERSON.GIVEN_NAME.asc(), PERSON.NAME.asc(), PERSON.ID.asc())));
        };
    }

    /** {@code field LIKE 'prefix%'} with the prefix's own % and _ escaped; an index range in H2 and PostgreSQL. */
    private static Condition startsWith(Field<String> field, String prefix) {
        StringBuilder pattern = new StringBuilder(prefix.length() + 1);
        for (char c : prefix.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        pattern.append('%');
        return field.like(DSL.inline(pattern.toString()), ESCAPE);
    }

    private static boolean hasIndexedFilter(PersonQuery q) {
        return q.townshipId() != null || q.category() != null || q.level() != null;
    }

    /**
     * The query's filters. With {@code indexable} false the indexed columns are compared through an expression
     * ({@code column + 0}), which the database can't use as an index condition: it then keeps the index that
     * gives the order.
     */
    private static List<Condition> filters(PersonQuery q, boolean indexable) {
        List<Condition> c = new ArrayList<>();
        c.add(PERSON.DELETED_AT.isNull());
        if (q.townshipId() != null) {
            c.add(indexable ? PERSON.TOWNSHIP_UNIT_ID.eq(q.townshipId()) : PERSON.TOWNSHIP_UNIT_ID.plus(0).eq(q.townshipId()));
        }
        if (q.category() != null) {
            c.add(indexable ? PERSON.DISABILITY_CATEGORY.eq(q.category().code())
                    : PERSON.DISABILITY_CATEGORY.plus(0).eq(q.category().code()));
        }
        if (q.level() != null) {
            c.add(indexable ? PERSON.DISABILITY_LEVEL.eq(q.level().code())
                    : PERSON.DISABILITY_LEVEL.plus(0).eq(q.level().code()));
        }
        if (q.status() != null) {
            c.add(PERSON.EMPLOYMENT_STATUS.eq(q.status().name()));
        }
        for (PersonFlag flag : q.flags()) {
            c.add(switch (flag) {
                case POVERTY_ALLEVIATED -> PERSON.POVERTY_ALLEVIATED.isTrue();
                case MONITORED -> PERSON.MONITORED.isTrue();
                case SUBSISTENCE -> PERSON.SUBSISTENCE.isTrue();
                case GRADUATE -> PERSON.GRADUATE.isTrue();
            });
        }
        return c;
    }

    private static void fill(PersonRecord r, PersonData p) {
        r.setName(p.name());
        r.setGivenName(PersonNames.givenName(p.name()));
        r.setNameInitials(PersonNames.initials(p.name()));
        r.setGivenInitials(PersonNames.givenInitials(p.name()));
        r.setGender(p.gender().name());
        r.setIdNumber(p.idNumber().value());
        r.setIdReversed(new StringBuilder(p.idNumber().value()).reverse().toString());
        r.setBirthDate(p.birthDate());
        r.setCertificateNumber(p.certificateNumber() == null ? null : p.certificateNumber().value());
        r.setDisabilityCategory(p.category().code());
        r.setDisabilityLevel(p.level().code());
        r.setTownshipUnitId(p.townshipId());
        r.setVillage(p.village());
        r.setPhone(p.phone());
        r.setEducation(p.education());
        r.setHouseholdIdNumber(p.householdIdNumber() == null ? null : p.householdIdNumber().value());
        r.setPovertyAlleviated(p.flags().contains(PersonFlag.POVERTY_ALLEVIATED));
        r.setMonitored(p.flags().contains(PersonFlag.MONITORED));
        r.setSubsistence(p.flags().contains(PersonFlag.SUBSISTENCE));
        r.setGraduate(p.flags().contains(PersonFlag.GRADUATE));
        r.setGraduationYear(p.graduationYear());
        r.setEmploymentStatus(p.employmentStatus().name());
        r.setNotWorkingReason(p.notWorkingReason() == null ? null : p.notWorkingReason().name());
        r.setNote(p.note());
    }

    private Person toPerson(PersonRecord r) {
        return new Person(r.getId(), r.getName(), Gender.valueOf(r.getGender()), new IdNumber(r.getIdNumber()),
                r.getBirthDate(),
                r.getCertificateNumber() == null ? null : new CertificateNumber(r.getCertificateNumber()),
                DisabilityCategory.fromCode(r.getDisabilityCategory()).orElseThrow(),
                DisabilityLevel.fromCode(r.getDisabilityLevel()).orElseThrow(),
                townships.apply(r.getTownshipUnitId()), r.getVillage(), r.getPhone(), r.getEducation(),
                r.getHouseholdIdNumber() == null ? null : new IdNumber(r.getHouseholdIdNumber()),
                flags(r.getPovertyAlleviated(), r.getMonitored(), r.getSubsistence(), r.getGraduate()),
                r.getGraduationYear(), EmploymentStatus.valueOf(r.getEmploymentStatus()),
                r.getNotWorkingReason() == null ? null : NotWorkingReason.valueOf(r.getNotWorkingReason()),
                r.getNote(), r.getCreatedAt(), r.getUpdatedAt(), r.getDeletedAt());
    }

    private PersonRow toRow(Record r) {
        return new PersonRow(r.get(PERSON.ID), r.get(PERSON.NAME), Gender.valueOf(r.get(PERSON.GENDER)),
                new IdNumber(r.get(PERSON.ID_NUMBER)),
                DisabilityCategory.fromCode(r.get(PERSON.DISABILITY_CATEGORY)).orElseThrow(),
                DisabilityLevel.fromCode(r.get(PERSON.DISABILITY_LEVEL)).orElseThrow(),
                townships.apply(r.get(PERSON.TOWNSHIP_UNIT_ID)), r.get(PERSON.VILLAGE),
                EmploymentStatus.valueOf(r.get(PERSON.EMPLOYMENT_STATUS)),
                flags(r.get(PERSON.POVERTY_ALLEVIATED), r.get(PERSON.MONITORED), r.get(PERSON.SUBSISTENCE),
                        r.get(PERSON.GRADUATE)));
    }

    private static Set<PersonFlag> flags(Boolean povertyAlleviated, Boolean monitored, Boolean subsistence,
                                         Boolean graduate) {
        Set<PersonFlag> flags = EnumSet.noneOf(PersonFlag.class);
        if (Boolean.TRUE.equals(povertyAlleviated)) {
            flags.add(PersonFlag.POVERTY_ALLEVIATED);
        }
        if (Boolean.TRUE.equals(monitored)) {
            flags.add(PersonFlag.MONITORED);
        }
        if (Boolean.TRUE.equals(subsistence)) {
            flags.add(PersonFlag.SUBSISTENCE);
        }
        if (Boolean.TRUE.equals(graduate)) {
            flags.add(PersonFlag.GRADUATE);
        }
        return flags;
    }
}
