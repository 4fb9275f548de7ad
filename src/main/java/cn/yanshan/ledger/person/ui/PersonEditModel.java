package cn.yanshan.ledger.person.ui;

import cn.yanshan.ledger.common.InvalidInputException;
import cn.yanshan.ledger.common.Problem;
import cn.yanshan.ledger.common.Validation;
import cn.yanshan.ledger.person.DisabilityCategory;
import cn.yanshan.ledger.person.DisabilityLevel;
import cn.yanshan.ledger.person.EmploymentStatus;
import cn.yanshan.ledger.person.NotWorkingReason;
import cn.yanshan.ledger.person.Person;
import cn.yanshan.ledger.person.PersonCheck;
import cn.yanshan.ledger.person.PersonDraft;
import cn.yanshan.ledger.person.PersonField;
import cn.yanshan.ledger.person.PersonFlag;
import cn.yanshan.ledger.person.PersonService;
import cn.yanshan.ledger.ui.BackgroundRunner;
import cn.yanshan.ledger.ui.DialogService;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static cn.yanshan.ledger.ui.I18n.t;

/**
 * The form that edits a person: every field as typed, checked by {@link PersonService#check} after each change, with
 * the problems by field for the dialog to show beside them, and what the ID number and certificate say.
 */
public final class PersonEditModel {

    /** The fields typed or chosen as text; gender is never typed (it comes from the ID number). */
    public static final List<PersonField> FIELDS = Arrays.stream(PersonField.values())
            .filter(f -> f != PersonField.GENDER).toList();

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final PersonService persons;
    private final Person person;
    private final List<String> townships;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final Map<PersonField, StringProperty> texts = new EnumMap<>(PersonField.class);
    private final Map<PersonFlag, BooleanProperty> flags = new EnumMap<>(PersonFlag.class);
    private final Map<PersonField, ReadOnlyObjectWrapper<List<Problem>>> problems = new EnumMap<>(PersonField.class);
    private final ReadOnlyStringWrapper derived = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private PersonDraft checking;

    PersonEditModel(PersonService persons, Person person, List<String> townships, BackgroundRunner runner,
                    DialogService dialogs) {
        this.persons = persons;
        this.person = person;
        this.townships = List.copyOf(townships);
        this.runner = runner;
        this.dialogs = dialogs;
        PersonDraft d = PersonDraft.from(person);
        put(PersonField.NAME, d.name());
        put(PersonField.ID_NUMBER, d.idNumber());
        put(PersonField.CERTIFICATE, d.certificateNumber());
        put(PersonField.CATEGORY, d.category());
        put(PersonField.LEVEL, d.level());
        put(PersonField.TOWNSHIP, d.township());
        put(PersonField.VILLAGE, d.village());
        put(PersonField.PHONE, d.phone());
        put(PersonField.EDUCATION, d.education());
        put(PersonField.HOUSEHOLD, d.householdIdNumber());
        put(PersonField.GRADUATION_YEAR, d.graduationYear());
        put(PersonField.STATUS, d.status());
        put(PersonField.REASON, d.reason());
        put(PersonField.NOTE, d.note());
        for (PersonField f : PersonField.values()) {
            problems.put(f, new ReadOnlyObjectWrapper<>(List.of()));
        }
        for (PersonFlag flag : PersonFlag.values()) {
            BooleanProperty b = new SimpleBooleanProperty(person.has(flag));
            b.addListener((obs, old, now) -> check());
            flags.put(flag, b);
        }
        check();
    }

    public Person person() {
        return person;
    }

    /** A field's text as typed (for combo boxes: the chosen label). */
    public StringProperty text(PersonField field) {
        StringProperty p = texts.get(field);
        if (p == null) {
            throw new IllegalArgumentException("not a typed field: " + field);
        }
        return p;
    }

    public BooleanProperty flag(PersonFlag flag) {
        return flags.get(flag);
    }

    /** The field's problems after the last check, errors first as found; empty when it is fine. */
    public ReadOnlyObjectProperty<List<Problem>> problems(PersonField field) {
        return problems.get(field).getReadOnlyProperty();
    }

    /** What the ID number and certificate say: 男，1980年1月1日出生；肢体残疾三级. */
    public ReadOnlyStringProperty derivedProperty() {
        return derived.getReadOnlyProperty();
    }

    /** No errors in the last check: the form can be saved. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    // ---- choices for the combo boxes

    public List<String> townships() {
        return townships;
    }

    public static List<String> categories() {
        return Arrays.stream(DisabilityCategory.values()).map(DisabilityCategory::label).toList();
    }

    public static List<String> levels() {
        return Arrays.stream(DisabilityLevel.values()).map(DisabilityLevel::label).toList();
    }

    public static List<String> statuses() {
        return Arrays.stream(EmploymentStatus.values()).map(EmploymentStatus::label).toList();
    }

    /** The reasons for not working, with "" first for none. */
    public static List<String> reasons() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(""),
                Arrays.stream(NotWorkingReason.values()).map(NotWorkingReason::label)).toList();
    }

    public static List<String> educationLevels() {
        return PersonService.EDUCATION_LEVELS;
    }

    // ---- checking and saving

    /** The form as a draft for the service. */
    public PersonDraft draft() {
        Set<PersonFlag> set = EnumSet.noneOf(PersonFlag.class);
        flags.forEach((f, b) -> {
            if (b.get()) {
                set.add(f);
            }
        });
        return new PersonDraft(get(PersonField.NAME), null, get(PersonField.ID_NUMBER), get(PersonField.CERTIFICATE),
                get(PersonField.CATEGORY), get(PersonField.LEVEL), get(PersonField.TOWNSHIP), get(PersonField.VILLAGE),
                get(PersonField.PHONE), get(PersonField.EDUCATION), get(PersonField.HOUSEHOLD), set,
                get(PersonField.GRADUATION_YEAR), get(PersonField.STATUS), get(PersonField.REASON), get(PersonField.NOTE));
    }

    /** Checks the form as it is now; an answer for an older draft is dropped. */
    public void check() {
        PersonDraft d = draft();
        checking = d;
        runner.run(() -> persons.check(d, person.id()), c -> {
            if (d.equals(checking)) {
                show(c);
            }
        }, dialogs::showError);
    }

    /** Saves through {@link PersonService#update}; on errors the problems show beside the fields instead. */
    public void save(Consumer<Person> onSaved) {
        if (saving.get()) {
            return;
        }
        PersonDraft d = draft();
        saving.set(true);
        runner.run(() -> persons.update(person.id(), d), saved -> {
            saving.set(false);
            onSaved.accept(saved);
        }, error -> {
            saving.set(false);
            if (error instanceof InvalidInputException invalid) {
                @SuppressWarnings("unchecked")
                Validation<PersonField> v = (Validation<PersonField>) invalid.validation();
                showProblems(v);
            } else {
                dialogs.showError(error);
            }
        });
    }

    private void show(PersonCheck c) {
        showProblems(c.validation());
        StringBuilder s = new StringBuilder();
        if (c.gender() != null && c.birthDate() != null) {
            s.append(t("person.edit.derived.id", c.gender().label(), DATE.format(c.birthDate())));
        }
        if (c.category() != null && c.level() != null && !get(PersonField.CERTIFICATE).isBlank()) {
            s.append(s.isEmpty() ? "" : "；").append(t("person.edit.derived.certificate",
                    c.category().fullLabel(), c.level().label()));
            // the certificate decides category and level: the combo boxes follow it
            text(PersonField.CATEGORY).set(c.category().label());
            text(PersonField.LEVEL).set(c.level().label());
        }
        derived.set(s.toString());
    }

    private void showProblems(Validation<PersonField> v) {
        problems.forEach((f, p) -> p.set(v.of(f)));
        valid.set(v.isValid());
    }

    private void put(PersonField field, String value) {
        StringProperty p = new SimpleStringProperty(value == null ? "" : value);
        p.addListener((obs, old, now) -> check());
        texts.put(field, p);
    }

    private String get(PersonField field) {
        String v = texts.get(field).get();
        return v == null ? "" : v;
    }
}
