package cn.yanshan.ledger.placement.ui;

import cn.yanshan.ledger.common.Check;
import cn.yanshan.ledger.common.InvalidInputException;
import cn.yanshan.ledger.common.Problem;
import cn.yanshan.ledger.common.Validation;
import cn.yanshan.ledger.person.Person;
import cn.yanshan.ledger.person.PersonCheck;
import cn.yanshan.ledger.person.PersonDraft;
import cn.yanshan.ledger.person.PersonField;
import cn.yanshan.ledger.person.PersonService;
import cn.yanshan.ledger.placement.EmploymentForm;
import cn.yanshan.ledger.placement.JobLocation;
import cn.yanshan.ledger.placement.LoggedPlacement;
import cn.yanshan.ledger.placement.PlacementCheck;
import cn.yanshan.ledger.placement.PlacementDraft;
import cn.yanshan.ledger.placement.PlacementField;
import cn.yanshan.ledger.placement.PlacementService;
import cn.yanshan.ledger.plan.Task;
import cn.yanshan.ledger.stats.StatsService;
import cn.yanshan.ledger.ui.BackgroundRunner;
import cn.yanshan.ledger.ui.DialogService;
import cn.yanshan.ledger.workbook.Values;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static cn.yanshan.ledger.ui.I18n.t;

/**
 * State and actions of 就业登记: the person (found by ID number or new) and the placement, checked as the clerk types,
 * with each problem beside its field; saving shows the count toward the target.
 */
public final class PlacementEntryViewModel {

    private final PersonService persons;
    private final PlacementService placements;
    private final StatsService stats;
    private final BackgroundRunner runner;
    private final DialogService dialogs;

    // the person
    final StringProperty idNumber = new SimpleStringProperty("");
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty certificate = new SimpleStringProperty("");
    final StringProperty township = new SimpleStringProperty("");
    final StringProperty village = new SimpleStringProperty("");
    final StringProperty phone = new SimpleStringProperty("");
    // the placement
    final StringProperty placedOn = new SimpleStringProperty("");
    final ObjectProperty<EmploymentForm> form = new SimpleObjectProperty<>();
    final StringProperty employer = new SimpleStringProperty("");
    final StringProperty job = new SimpleStringProperty("");
    final ObjectProperty<JobLocation> location = new SimpleObjectProperty<>();
    final StringProperty income = new SimpleStringProperty("");
    final ObjectProperty<Task> task = new SimpleObjectProperty<>();
    final StringProperty reportingUnit = new SimpleStringProperty("");

    final ObjectProperty<Person> existing = new SimpleObjectProperty<>();
    final StringProperty personInfo = new SimpleStringProperty("");
    final StringProperty status = new SimpleStringProperty("");
    final IntegerProperty placed = new SimpleIntegerProperty();
    final IntegerProperty target = new SimpleIntegerProperty();
    final Map<PersonField, StringProperty> personProblems = new EnumMap<>(PersonField.class);
    final Map<PlacementField, StringProperty> placementProblems = new EnumMap<>(PlacementField.class);
    private boolean clearing;

    public PlacementEntryViewModel(PersonService persons, PlacementService placements, StatsService stats,
                                   BackgroundRunner runner, DialogService dialogs) {
        this.persons = persons;
        this.placements = placements;
        this.stats = stats;
        this.runner = runner;
        this.dialogs = dialogs;
        for (PersonField f : PersonField.values()) {
            personProblems.put(f, new SimpleStringProperty(""));
        }
        for (PlacementField f : PlacementField.values()) {
            placementProblems.put(f, new SimpleStringProperty(""));
        }
        idNumber.addListener((obs, old, now) -> lookUpPerson());
        for (ObservableValue<?> field : List.of(name, certificate, township, village, phone)) {
            field.addListener((obs, old, now) -> checkPerson());
        }
        for (ObservableValue<?> field : List.of(placedOn, form, employer, job, location, income, task, reportingUnit)) {
            field.addListener((obs, old, now) -> checkPlacement());
        }
    }

    /** Loads the count toward the target. */
    public void load() {
        runner.run(stats::placed, n -> {
            placed.set(n);
            target.set(stats.summary().target());
        }, dialogs::showError);
    }

    /** Typing an ID number finds the person in the ledger, or starts a new one with what the number tells. */
    private void lookUpPerson() {
        if (clearing) {
            return;
        }
        String typed = idNumber.get();
        runner.run(() -> persons.findByIdNumber(typed), found -> {
            existing.set(found.filter(p -> !p.isDeleted()).orElse(null));
            checkPerson();
            checkPlacement();
        }, dialogs::showError);
    }

    private void checkPerson() {
        if (clearing) {
            return;
        }
        Person person = existing.get();
        if (person != null) {
            personProblems.values().forEach(p -> p.set(""));
            personInfo.set(t("placement.entry.known", person.name(), person.gender().label(), person.birthDate(),
                    person.category().label(), person.level().label(), person.address(), person.employmentStatus().label()));
            return;
        }
        PersonDraft draft = personDraft();
        runner.run(() -> persons.check(draft, null), this::showPersonCheck, dialogs::showError);
    }

    private void showPersonCheck(PersonCheck check) {
        show(check.validation(), personProblems, untouched(personInputs()));
        if (check.sameIdNumber().filter(Person::isDeleted).isPresent()) {
            personProblems.get(PersonField.ID_NUMBER).set(t("placement.entry.inBin", check.sameIdNumber().get().name()));
        }
        StringBuilder info = new StringBuilder();
        if (check.birthDate() != null) {
            info.append(t("placement.entry.derived", check.gender().label(), check.birthDate()));
        }
        if (check.category() != null && check.level() != null) {
            info.append(t("placement.entry.derivedDisability", check.category().label(), check.level().label()));
        }
        if (check.township() != null) {
            info.append(t("placement.entry.derivedTownship", check.township().name()));
        }
        personInfo.set(info.length() == 0 ? t("placement.entry.newPerson") : t("placement.entry.newPerson") + info);
    }

    private void checkPlacement() {
        if (clearing) {
            return;
        }
        Check<LocalDate> date = parsedDate();
        PlacementDraft draft = placementDraft(date);
        Person person = existing.get();
        runner.run(() -> placements.check(draft, person), check -> {
            show(check.validation(), placementProblems, untouched(placementInputs()));
            if (!date.isValid() && !placedOn.get().isBlank()) {
                placementProblems.get(PlacementField.PLACED_ON).set(messages(date.problems()));
            }
        }, dialogs::showError);
    }

    /** Saves the person (when new) and the placement in one go, then clears the form for the next one. */
    public void save() {
        Check<LocalDate> date = parsedDate();
        PlacementDraft draft = placementDraft(date);
        Person person = existing.get();
        PersonDraft personDraft = personDraft();
        runner.run(() -> person != null ? placements.log(person.id(), draft) : placements.logNewPerson(personDraft, draft),
                this::saved, error -> {
                    if (error instanceof InvalidInputException invalid) {
                        showInvalid(invalid.validation());
                        status.set(t("placement.entry.notSaved"));
                    } else {
                        dialogs.showError(error);
                    }
                });
    }

    private void saved(LoggedPlacement logged) {
        placed.set(logged.placed());
        target.set(logged.target());
        status.set(logged.newlyCounted()
                ? t("placement.entry.savedCounted", logged.person().name(), logged.placed(), logged.target())
                : t("placement.entry.savedNotCounted", logged.person().name(), logged.placed(), logged.target()));
        clear();
    }

    /** Empties the form; the count and the last status stay. */
    public void clear() {
        clearing = true;
        try {
            for (StringProperty p : List.of(idNumber, name, certificate, township, village, phone, placedOn,
                    employer, job, income, reportingUnit)) {
                p.set("");
            }
            form.set(null);
            location.set(null);
            task.set(null);
            existing.set(null);
            personInfo.set("");
            personProblems.values().forEach(p -> p.set(""));
            placementProblems.values().forEach(p -> p.set(""));
        } finally {
            clearing = false;
        }
    }

    /** The person fields the clerk types into; their problems show once something is typed there. */
    private Map<PersonField, ObservableValue<?>> personInputs() {
        return Map.of(PersonField.ID_NUMBER, idNumber, PersonField.NAME, name, PersonField.CERTIFICATE, certificate,
                PersonField.TOWNSHIP, township, PersonField.VILLAGE, village, PersonField.PHONE, phone);
    }

    private Map<PlacementField, ObservableValue<?>> placementInputs() {
        return Map.of(PlacementField.PLACED_ON, placedOn, PlacementField.FORM, form, PlacementField.EMPLOYER, employer,
                PlacementField.JOB, job, PlacementField.LOCATION, location, PlacementField.INCOME, income,
                PlacementField.TASK, task, PlacementField.REPORTING_UNIT, reportingUnit);
    }

    /** Fields with nothing in them yet, and fields that are not typed at all (derived ones): quiet while typing. */
    private static <F extends Enum<F>> List<F> untouched(Map<F, ObservableValue<?>> inputs) {
        List<F> quiet = new java.util.ArrayList<>();
        for (F field : inputs.keySet().iterator().next().getDeclaringClass().getEnumConstants()) {
            ObservableValue<?> input = inputs.get(field);
            Object value = input == null ? null : input.getValue();
            if (value == null || value.toString().isBlank()) {
                quiet.add(field);
            }
        }
        return quiet;
    }

    private Check<LocalDate> parsedDate() {
        return placedOn.get().isBlank() ? Check.failed(t("placement.entry.noDate")) : Values.date(placedOn.get());
    }

    private PersonDraft personDraft() {
        return PersonDraft.of(name.get(), idNumber.get(), certificate.get(), township.get())
                .withVillage(village.get()).withPhone(phone.get());
    }

    private PlacementDraft placementDraft(Check<LocalDate> date) {
        return PlacementDraft.of(date.isValid() ? date.value() : null,
                        form.get() == null ? null : form.get().label(),
                        location.get() == null ? null : location.get().label())
                .withEmployer(employer.get(), job.get())
                .withIncome(income.get())
                .withTask(task.get() == null ? null : task.get().id())
                .withReportingUnit(reportingUnit.get());
    }

    @SuppressWarnings("unchecked")
    private void showInvalid(Validation<?> validation) {
        if (validation.byField().keySet().stream().anyMatch(k -> k instanceof PersonField)) {
            show((Validation<PersonField>) validation, personProblems, List.of());
        } else {
            show((Validation<PlacementField>) validation, placementProblems, List.of());
        }
    }

    /** Puts each field's problems beside it; {@code quiet} fields show nothing yet (nothing typed there). */
    private static <F extends Enum<F>> void show(Validation<F> v, Map<F, StringProperty> where, List<F> quiet) {
        where.forEach((field, text) -> text.set(quiet.contains(field) ? "" : messages(v.of(field))));
    }

    private static String messages(List<Problem> problems) {
        return problems.stream().map(p -> p.isError() ? p.message() : "提醒：" + p.message()).collect(Collectors.joining(" "));
    }
}
