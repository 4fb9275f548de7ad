package cn.yanshan.ledger.person;

import cn.yanshan.ledger.audit.AuditLog;
import cn.yanshan.ledger.common.Check;
import cn.yanshan.ledger.common.InvalidInputException;
import cn.yanshan.ledger.common.LedgerException;
import cn.yanshan.ledger.common.Text;
import cn.yanshan.ledger.common.Validation;
import cn.yanshan.ledger.count.Counting;
import cn.yanshan.ledger.unit.Resolution;
import cn.yanshan.ledger.unit.Unit;
import cn.yanshan.ledger.unit.UnitRef;
import cn.yanshan.ledger.unit.UnitService;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Use cases on persons: check a form as it is typed, create, edit, delete to the recycle bin and restore, find by
 * ID number, and search the ledger page by page. Every change is audited and keeps the count toward the target.
 */
public final class PersonService {

    /** Patterns of the checks every imported row goes through, compiled once. */
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-()（）/、,，]{5,50}");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");

    public static final String AUDIT_ENTITY = "person";
    public static final int MAX_NAME_LENGTH = 50;
    public static final int MAX_TEXT_LENGTH = 100;
    /** Suggestions for 文化程度; other text is accepted too. */
    public static final List<String> EDUCATION_LEVELS = List.of(
            "未上学", "小学", "初中", "高中", "中专", "大专", "本科", "研究生");

    private final DSLContext dsl;
    private final PersonStore store;
    private final UnitService units;
    private final AuditLog audit;
    private final Counting counting;
    private final Clock clock;

    public PersonService(DSLContext dsl, PersonStore store, UnitService units, AuditLog audit, Counting counting,
                         Clock clock) {
        this.dsl = dsl;
        this.store = store;
        this.units = units;
        this.audit = audit;
        this.counting = counting;
        this.clock = clock;
    }

    // ---- reading

    public Optional<Person> byId(long id) {
        return store.byId(dsl, id);
    }

    /** The person with this ID number as typed (normalized, 15 digits upgraded), deleted persons included. */
    public Optional<Person> findByIdNumber(String raw) {
        Check<IdNumber> id = IdNumber.check(raw, today());
        return id.isValid() ? store.byIdNumber(dsl, id.value().value()) : Optional.empty();
    }

    /** The persons with these canonical ID numbers (deleted ones included), by ID number; for bulk imports. */
    public Map<String, Person> byIdNumbers(Collection<String> idNumbers) {
        return store.byIdNumbers(dsl, idNumbers);
    }

    public Map<Long, Person> byIds(Collection<Long> ids) {
        return store.byIds(dsl, ids);
    }

    /**
     * One page of the persons the query finds (never the recycle bin), each as the list shows them (read from an
     * index alone where one holds them); see {@link PersonQuery} for the text. {@link #byId} reads a person whole.
     */
    public List<PersonRow> rows(PersonQuery query, int offset, int limit) {
        return store.rows(dsl, query, offset, limit);
    }

    /** Every person the query finds, in the list's order, one after the other: for exports of any size. */
    public void forEach(PersonQuery query, java.util.function.Consumer<Person> action) {
        store.forEach(dsl, query, action);
    }

    public int count(PersonQuery query) {
        return store.count(dsl, query);
    }

    /** The recycle bin, most recently deleted first. */
    public List<Person> deleted(int offset, int limit) {
        return store.deleted(dsl, offset, limit);
    }

    public int countDeleted() {
        return store.countDeleted(dsl);
    }

    /** Non-deleted persons per township, every township present. */
    public Map<UnitRef, Integer> countByTownship() {
        Map<Long, Integer> byId = store.countByTownship(dsl);
        Map<UnitRef, Integer> out = new java.util.LinkedHashMap<>();
        for (Unit t : units.townships()) {
            out.put(t.ref(), byId.getOrDefault(t.id(), 0));
        }
        return out;
    }

    /**
     * The villages already written for a township, for the village picker, ordered by pinyin initials
     * ({@link PersonNames#initials}) so a picker can match them as the clerk types.
     */
    public List<String> villages(long townshipId) {
        return store.villages(dsl, townshipId).stream()
                .sorted(java.util.Comparator.comparing(PersonNames::initials).thenComparing(java.util.Comparator.naturalOrder()))
                .toList();
    }

    // ---- checking

    /**
     * Checks a form; {@code personId} is the person being edited, {@code null} for a new one. Never throws for bad
     * input: everything found is in the result.
     */
    public PersonCheck check(PersonDraft d, Long personId) {
        return check(d, personId, idNumber -> store.byIdNumber(dsl, idNumber));
    }

    /**
     * The same check with the owner of an ID number looked up by {@code owners} (canonical ID number → person,
     * deleted ones included): a bulk import looks persons up many at a time, see {@link #byIdNumbers}.
     */
    public PersonCheck check(PersonDraft d, Long personId, java.util.function.Function<String, Optional<Person>> owners) {
        Validation.Builder<PersonField> v = Validation.builder();
        LocalDate today = today();

        String name = PersonNames.clean(d.name());
        if (name.isEmpty()) {
            v.error(PersonField.NAME, "请填写姓名。");
        } else if (name.length() > MAX_NAME_LENGTH) {
            v.error(PersonField.NAME, "姓名太长（" + name.length() + "个字），最多" + MAX_NAME_LENGTH + "个字。");
        } else if (name.chars().anyMatch(Character::isDigit)) {
            v.error(PersonField.NAME, "姓名“" + name + "”里有数字，请核对：是否把身份证号或电话填到了姓名栏？");
        }

        IdNumber id = null;
        Optional<Person> same = Optional.empty();
        Check<IdNumber> idCheck = IdNumber.check(d.idNumber(), today);
        v.addAll(PersonField.ID_NUMBER, idCheck.problems());
        if (idCheck.isValid()) {
            id = idCheck.value();
            same = owners.apply(id.value());
            if (same.isPresent() && (personId == null || same.get().id() != personId)) {
                v.error(PersonField.ID_NUMBER, duplicateMessage(same.get()));
            } else {
                same = same.filter(p -> personId == null || p.id() != personId);
            }
        }
        Gender gender = id == null ? null : id.gender();
        LocalDate birthDate = id == null ? null : id.birthDate();
        if (gender != null && !Text.compact(d.gender()).isEmpty()) {
            Optional<Gender> written = Gender.parse(d.gender());
            if (written.isEmpty()) {
                v.warning(PersonField.GENDER, "性别“" + d.gender() + "”看不懂，已按身份证号记为" + gender.label() + "。");
            } else if (written.get() != gender) {
                v.warning(PersonField.GENDER, "填写的性别“" + d.gender() + "”与身份证号不符，已按身份证号记为" + gender.label() + "。");
            }
        }

        CertificateNumber certificate = null;
        DisabilityCategory category = null;
        DisabilityLevel level = null;
        if (!Text.compact(d.certificateNumber()).isEmpty()) {
            Check<CertificateNumber> c = CertificateNumber.check(d.certificateNumber(), id, today);
            v.addAll(PersonField.CERTIFICATE, c.problems());
            if (c.isValid()) {
                CertificateNumber cert = c.value();
                certificate = cert;
                category = cert.category();
                level = cert.level();
                DisabilityCategory.parse(d.category()).filter(w -> w != cert.category()).ifPresent(w ->
                        v.warning(PersonField.CATEGORY, "填写的残疾类别“" + d.category() + "”与残疾证号不符，已按残疾证号记为"
                                + cert.category().label() + "。"));
                DisabilityLevel.parse(d.level()).filter(w -> w != cert.level()).ifPresent(w ->
                        v.warning(PersonField.LEVEL, "填写的残疾等级“" + d.level() + "”与残疾证号不符，已按残疾证号记为"
                                + cert.level().label() + "。"));
            }
        } else {
            category = parseRequired(v, PersonField.CATEGORY, d.category(), DisabilityCategory.parse(d.category()),
                    "请填写残疾证号，或选择残疾类别（视力、听力、言语、肢体、智力、精神、多重）。",
                    "残疾类别“%s”看不懂，应为视力、听力、言语、肢体、智力、精神或多重。");
            level = parseRequired(v, PersonField.LEVEL, d.level(), DisabilityLevel.parse(d.level()),
                    "请填写残疾证号，或选择残疾等级（一级至四级）。",
                    "残疾等级“%s”看不懂，应为一级、二级、三级或四级。");
        }

        UnitRef township = resolveTownship(v, d.township());
        String village = optionalText(v, PersonField.VILLAGE, d.village(), MAX_TEXT_LENGTH);
        String phone = checkPhone(v, d.phone());
        String education = optionalText(v, PersonField.EDUCATION, d.education(), 30);

        IdNumber household = null;
        if (!Text.compact(d.householdIdNumber()).isEmpty()) {
            Check<IdNumber> h = IdNumber.check(d.householdIdNumber(), today);
            h.problems().forEach(p -> v.add(PersonField.HOUSEHOLD, p.prefixed("户主身份证号：")));
            household = h.toOptional().orElse(null);
        }

        Integer graduationYear = null;
        String gy = Text.compact(d.graduationYear()).replace("年", "");
        if (!gy.isEmpty()) {
            if (!YEAR.matcher(gy).matches() || Integer.parseInt(gy) < 1950 || Integer.parseInt(gy) > today.getYear() + 4) {
                v.error(PersonField.GRADUATION_YEAR, "毕业年份“" + d.graduationYear() + "”不对，应为四位年份，如2023。");
            } else {
                graduationYear = Integer.parseInt(gy);
            }
        }
        if (d.flags().contains(PersonFlag.GRADUATE) && graduationYear == null && !v.hasError(PersonField.GRADUATION_YEAR)) {
            v.warning(PersonField.GRADUATION_YEAR, "高校毕业生请填写毕业年份。");
        }
        if (!d.flags().contains(PersonFlag.GRADUATE) && graduationYear != null) {
            v.warning(PersonField.GRADUATION_YEAR, "填写了毕业年份，但没有勾选“高校毕业生”。");
        }

        EmploymentStatus status = EmploymentStatus.UNKNOWN;
        if (!Text.compact(d.status()).isEmpty()) {
            Optional<EmploymentStatus> s = EmploymentStatus.parse(d.status());
            if (s.isEmpty()) {
                v.error(PersonField.STATUS, "就业状态“" + d.status() + "”看不懂，应为已就业、未就业或未登记。");
            } else {
                status = s.get();
            }
        }
        NotWorkingReason reason = null;
        if (!Text.compact(d.reason()).isEmpty()) {
            Optional<NotWorkingReason> r = NotWorkingReason.parse(d.reason());
            if (r.isEmpty()) {
                v.error(PersonField.REASON, "未就业原因“" + d.reason() + "”看不懂，应为在校学习、退休、无意愿就业、无就业技能、"
                        + "丧失劳动能力、农用土地被征用或其他。");
            } else if (status != EmploymentStatus.NOT_EMPLOYED) {
                v.warning(PersonField.REASON, "只有未就业的人员才记未就业原因，已忽略。");
            } else {
                reason = r.get();
            }
        }
        String note = optionalText(v, PersonField.NOTE, d.note(), 2000);

        Validation<PersonField> validation = v.build();
        Optional<PersonData> data = Optional.empty();
        if (validation.isValid()) {
            data = Optional.of(new PersonData(name, gender, id, birthDate, certificate, category, level, township.id(),
                    village, phone, education, household, d.flags(), graduationYear, status, reason, note));
        }
        return new PersonCheck(validation, id, birthDate, gender, category, level, township, same, data);
    }

    // ---- changing

    /** Creates a person; throws {@link InvalidInputException} with the problems by field when the form has errors. */
    public Person create(PersonDraft draft) {
        PersonData data = valid(check(draft, null));
        long id = withDuplicateCheck(data, () -> dsl.transactionResult(tx -> createIn(tx.dsl(), data)));
        return byId(id).orElseThrow();
    }

    /**
     * Writes a checked new person inside the caller's transaction, with its audit line; for use cases that create
     * a person together with something else (a placement). Returns the new id.
     */
    public long createIn(DSLContext tx, PersonData data) {
        long id = store.insert(tx, data, now());
        audit.record(tx, AUDIT_ENTITY, id, AuditLog.CREATE, null, store.byId(tx, id).orElseThrow().auditValues());
        return id;
    }

    public Person update(long personId, PersonDraft draft) {
        PersonData data = valid(check(draft, personId));
        withDuplicateCheck(data, () -> {
            dsl.transaction(tx -> {
                Person before = existing(tx.dsl(), personId);
                store.update(tx.dsl(), personId, data, now());
                audit.record(tx.dsl(), AUDIT_ENTITY, personId, AuditLog.UPDATE, before.auditValues(),
                        existing(tx.dsl(), personId).auditValues());
                counting.refresh(tx.dsl(), personId);
            });
            return personId;
        });
        return byId(personId).orElseThrow();
    }

    /** Sets the employment status inside the caller's transaction (a placement was logged), with its audit line. */
    public void markEmployedIn(DSLContext tx, long personId) {
        Person before = existing(tx, personId);
        if (before.employmentStatus() == EmploymentStatus.EMPLOYED) {
            return;
        }
        store.setEmploymentStatus(tx, personId, EmploymentStatus.EMPLOYED, now());
        audit.record(tx, AUDIT_ENTITY, personId, AuditLog.UPDATE, before.auditValues(), existing(tx, personId).auditValues());
    }

    /** Moves a person to the recycle bin; their placements stay but no longer count. */
    public void delete(long personId) {
        dsl.transaction(tx -> {
            Person before = existing(tx.dsl(), personId);
            if (before.isDeleted()) {
                return;
            }
            store.setDeleted(tx.dsl(), personId, now(), now());
            audit.record(tx.dsl(), AUDIT_ENTITY, personId, AuditLog.DELETE, before.auditValues(),
                    existing(tx.dsl(), personId).auditValues());
            counting.refresh(tx.dsl(), personId);
        });
    }

    /** Takes a person out of the recycle bin, placements and count as they were. */
    /** The clerk chose to see a person's full ID and phone numbers: written to the audit log, nothing else changes. */
    public void recordReveal(long personId) {
        dsl.transaction(tx -> audit.record(tx.dsl(), AUDIT_ENTITY, personId, AuditLog.REVEAL, null,
                Map.of("shown", "身份证号、残疾证号、电话（完整）")));
    }

    public Person restore(long personId) {
        dsl.transaction(tx -> {
            Person before = existing(tx.dsl(), personId);
            if (!before.isDeleted()) {
                return;
            }
            store.setDeleted(tx.dsl(), personId, null, now());
            audit.record(tx.dsl(), AUDIT_ENTITY, personId, AuditLog.RESTORE, before.auditValues(),
                    existing(tx.dsl(), personId).auditValues());
            counting.refresh(tx.dsl(), personId);
        });
        return byId(personId).orElseThrow();
    }

    /** The person as read inside a transaction; a clear error when the id is gone. */
    public Person existing(DSLContext tx, long personId) {
        return store.byId(tx, personId).orElseThrow(() -> new LedgerException("该人员已不存在，请刷新后再试。"));
    }

    // ---- helpers

    private static PersonData valid(PersonCheck check) {
        check.validation().throwIfInvalid();
        return check.data().orElseThrow();
    }

    /** Turns the database's own refusal of a second person with one ID number into the clerk's message. */
    private long withDuplicateCheck(PersonData data, java.util.function.LongSupplier work) {
        try {
            return work.getAsLong();
        } catch (IntegrityConstraintViolationException e) {
            throw duplicate(data, e);
        } catch (DataAccessException e) {
            if (e.getCause() instanceof java.sql.SQLIntegrityConstraintViolationException
                    || (e.sqlState() != null && e.sqlState().startsWith("23"))) {
                throw duplicate(data, e);
            }
            throw e;
        }
    }

    private LedgerException duplicate(PersonData data, RuntimeException e) {
        Optional<Person> owner = store.byIdNumber(dsl, data.idNumber().value());
        if (owner.isPresent()) {
            Validation<PersonField> v = Validation.<PersonField>builder()
                    .error(PersonField.ID_NUMBER, duplicateMessage(owner.get())).build();
            return new InvalidInputException(v);
        }
        return new LedgerException("保存失败：数据与台账中已有的记录冲突。请刷新后再试。", e);
    }

    static String duplicateMessage(Person owner) {
        String who = owner.name() + "（" + owner.address() + "）";
        if (owner.isDeleted()) {
            return "身份证号" + owner.idNumber().value() + "已属于回收站中的" + who + "。一个身份证号只能对应一个人："
                    + "请到回收站恢复该人员，再修改其信息。";
        }
        return "身份证号" + owner.idNumber().value() + "已登记为" + who + "。一个身份证号只能对应一个人："
                + "请打开该人员修改其信息，或核对号码是否录错。";
    }

    private UnitRef resolveTownship(Validation.Builder<PersonField> v, String written) {
        if (Text.compact(written).isEmpty()) {
            v.error(PersonField.TOWNSHIP, "请选择乡（镇）。");
            return null;
        }
        Resolution r = units.resolve(written);
        if (r instanceof Resolution.Found f) {
            Optional<Unit> unit = units.byId(f.unit().id());
            if (unit.isPresent() && unit.get().isTownship()) {
                return f.unit();
            }
        }
        String names = String.join("、", units.townships().stream().map(Unit::name).toList());
        v.error(PersonField.TOWNSHIP, "“" + written.strip() + "”不是本县的乡（镇）。请从以下乡（镇）中选择：" + names + "。");
        return null;
    }

    private static <T> T parseRequired(Validation.Builder<PersonField> v, PersonField field, String raw,
                                       Optional<T> parsed, String whenEmpty, String whenUnknown) {
        if (Text.compact(raw).isEmpty()) {
            v.error(field, whenEmpty);
            return null;
        }
        if (parsed.isEmpty()) {
            v.error(field, String.format(whenUnknown, raw.strip()));
            return null;
        }
        return parsed.get();
    }

    private static String optionalText(Validation.Builder<PersonField> v, PersonField field, String raw, int max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        if (s.length() > max) {
            v.error(field, field.label() + "太长（" + s.length() + "个字），最多" + max + "个字。");
        }
        return s;
    }

    private static String checkPhone(Validation.Builder<PersonField> v, String raw) {
        String s = Text.compact(raw);
        if (s.isEmpty()) {
            return null;
        }
        if (!PHONE.matcher(s).matches()) {
            v.error(PersonField.PHONE, "联系电话“" + raw.strip() + "”里有不该出现的字符，只能填数字（多个号码用顿号隔开）。");
        } else if (NOT_DIGIT.matcher(s).replaceAll("").length() < 7) {
            v.warning(PersonField.PHONE, "联系电话“" + s + "”不足7位，请核对。");
        }
        return s;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
