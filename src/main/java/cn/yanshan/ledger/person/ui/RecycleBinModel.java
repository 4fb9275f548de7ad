package cn.yanshan.ledger.person.ui;

import cn.yanshan.ledger.person.Person;
import cn.yanshan.ledger.person.PersonService;
import cn.yanshan.ledger.ui.BackgroundRunner;
import cn.yanshan.ledger.ui.DialogService;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.List;
import java.util.function.Consumer;

/** 回收站: deleted persons, most recently deleted first, paged like the ledger; one can be restored. */
public final class RecycleBinModel {

    private final PersonService persons;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final Consumer<Person> onRestored;
    private final ReadOnlyObjectWrapper<PagedList<Person>> rows = new ReadOnlyObjectWrapper<>(PagedList.empty());
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();

    RecycleBinModel(PersonService persons, BackgroundRunner runner, DialogService dialogs, Consumer<Person> onRestored) {
        this.persons = persons;
        this.runner = runner;
        this.dialogs = dialogs;
        this.onRestored = onRestored;
    }

    public ReadOnlyObjectProperty<PagedList<Person>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public void load() {
        int pageSize = PersonsViewModel.PAGE_SIZE;
        runner.run(() -> {
            int n = persons.countDeleted();
            return new First(n, n == 0 ? List.of() : persons.deleted(0, pageSize));
        }, first -> {
            rows.get().close();
            rows.set(new PagedList<>(first.count(), pageSize, PersonsViewModel.MAX_PAGES, first.rows(),
                    persons::deleted, runner, dialogs::showError));
            count.set(first.count());
        }, dialogs::showError);
    }

    /** Takes the person out of the recycle bin; the bin and the ledger are shown anew. */
    public void restore(Person person) {
        if (person == null) {
            return;
        }
        runner.run(() -> persons.restore(person.id()), restored -> {
            load();
            onRestored.accept(restored);
        }, dialogs::showError);
    }

    private record First(int count, List<Person> rows) {
    }
}
