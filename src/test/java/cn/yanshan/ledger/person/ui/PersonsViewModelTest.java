package cn.yanshan.ledger.person.ui;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.person.Person;
import cn.yanshan.ledger.person.PersonFlag;
import cn.yanshan.ledger.person.PersonRow;
import cn.yanshan.ledger.testing.Ledgers;
import cn.yanshan.ledger.ui.BackgroundRunner;
import cn.yanshan.ledger.ui.DialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The persons screen's state without a screen: the first page before the count, filters, the recycle bin. */
class PersonsViewModelTest {

    private static final int PERSONS = 130;

    private Services services;
    private final Answers dialogs = new Answers();

    @BeforeEach
    void ledger() {
        services = Ledgers.open();
        services.demo().generate(PERSONS, 11, null);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private PersonsViewModel model(BackgroundRunner runner) {
        return new PersonsViewModel(services.persons(), services.placements(), services.units(), services.plan(),
                runner, dialogs);
    }

    @Test
    void aFullFirstPageIsShownBeforeTheCountWhichThenSizesTheList() {
        Stepped runner = new Stepped();
        PersonsViewModel model = model(runner);
        model.activate();
        runner.step(); // townships
        runner.step(); // the first page
        assertThat(model.rowsProperty().get()).hasSize(PersonsViewModel.PAGE_SIZE);
        assertThat(model.countKnownProperty().get()).isFalse();
        assertThat(model.searchingProperty().get()).isTrue();
        runner.step(); // the count
        assertThat(model.rowsProperty().get()).hasSize(PERSONS);
        assertThat(model.countProperty().get()).isEqualTo(PERSONS);
        assertThat(model.countKnownProperty().get()).isTrue();
        assertThat(model.searchingProperty().get()).isFalse();
    }

    @Test
    void aShortFirstPageIsTheWholeAnswerAndNeedsNoCount() {
        Stepped runner = new Stepped();
        PersonsViewModel model = model(runner);
        PersonRow someone = services.persons().rows(cn.yanshan.ledger.person.PersonQuery.ALL, 7, 1).get(0);
        model.textProperty().set(someone.idNumber().lastDigits(6));
        runner.step();
        assertThat(runner.waiting).isEmpty();
        assertThat(model.countKnownProperty().get()).isTrue();
        assertThat(model.rowsProperty().get()).contains(someone);
    }

    @Test
    void anOlderSearchsAnswerIsDropped() {
        Stepped runner = new Stepped();
        PersonsViewModel model = model(runner);
        model.textProperty().set("z");
        model.textProperty().set("zzzzzz");
        runner.step(); // "z": skipped, a newer search was asked
        runner.step();
        assertThat(model.rowsProperty().get()).isEmpty();
        assertThat(model.countProperty().get()).isZero();
    }

    @Test
    void filtersNarrowAndClearingShowsEveryoneAgain() {
        PersonsViewModel model = model(BackgroundRunner.direct());
        model.activate();
        model.flags().add(PersonFlag.POVERTY_ALLEVIATED);
        int poor = model.countProperty().get();
        assertThat(poor).isBetween(1, PERSONS - 1);
        model.townshipProperty().set(model.townships().get(0));
        assertThat(model.countProperty().get()).isLessThanOrEqualTo(poor);
        model.clearFilters();
        assertThat(model.countProperty().get()).isEqualTo(PERSONS);
        assertThat(model.query().flags()).isEmpty();
    }

    @Test
    void deletingAsksAndRestoringBringsThePersonBack() {
        PersonsViewModel model = model(BackgroundRunner.direct());
        model.activate();
        PersonRow someone = model.rowsProperty().get().get(3);
        model.open(someone);
        dialogs.answer = false;
        model.deleteShown();
        assertThat(model.countProperty().get()).isEqualTo(PERSONS);
        dialogs.answer = true;
        model.deleteShown();
        assertThat(dialogs.asked).hasSize(2).allSatisfy(q -> assertThat(q).contains(someone.name()));
        assertThat(model.countProperty().get()).isEqualTo(PERSONS - 1);
        assertThat(model.page().personProperty().get()).isNull();

        RecycleBinModel bin = model.recycleBin();
        bin.load();
        assertThat(bin.countProperty().get()).isEqualTo(1);
        bin.restore(bin.rowsProperty().get().get(0));
        assertThat(bin.countProperty().get()).isZero();
        assertThat(model.countProperty().get()).isEqualTo(PERSONS);
        assertThat(model.page().personProperty().get().id()).isEqualTo(someone.id());
        assertThat(model.messageProperty().get()).isEqualTo("已恢复：" + someone.name());
    }

    @Test
    void aCountReadOnceIsNotReadAgainUntilTheScreenComesOnAgain() {
        Stepped runner = new Stepped();
        PersonsViewModel model = model(runner);
        model.activate();
        runner.step(); // townships
        runner.step(); // everyone's first page
        runner.step(); // everyone's count
        model.textProperty().set("zzzzzz");
        runner.step();
        assertThat(model.countProperty().get()).isZero();

        model.textProperty().set("");
        runner.step(); // the first page, and the count already read
        assertThat(runner.waiting).isEmpty();
        assertThat(model.countKnownProperty().get()).isTrue();
        assertThat(model.countProperty().get()).isEqualTo(PERSONS);
        assertThat(model.rowsProperty().get()).hasSize(PERSONS);

        services.persons().create(Ledgers.person("新来人", Ledgers.id())); // on another screen
        model.activate();
        runner.step();
        assertThat(runner.waiting).as("the count is read again").hasSize(1);
        runner.step();
        assertThat(model.countProperty().get()).isEqualTo(PERSONS + 1);
    }

    @Test
    void aCountReadBeforeADeletionAndAnsweredAfterItIsNotKept() {
        Deferred runner = new Deferred();
        PersonsViewModel model = model(runner);
        model.activate();
        runner.answerAll();
        model.open(model.rowsProperty().get().get(3));
        runner.answerAll();

        model.activate(); // counts read again
        runner.answerFirst(); // everyone's first page shown; their count is read and its answer waits
        dialogs.answer = true;
        model.deleteShown(); // the person is deleted before that count's answer comes
        runner.answerLast(); // deleted: everyone's list asked again
        runner.answerAll(); // the old count comes (and is dropped), then the new first page and count
        assertThat(model.countProperty().get()).isEqualTo(PERSONS - 1);
        assertThat(model.rowsProperty().get()).hasSize(PERSONS - 1);
    }

    @Test
    void aPersonsPageSaysWhichPlacementCountsAndWhyTheOthersDoNot() {
        Person p = services.persons().create(Ledgers.person("测试人", Ledgers.id()));
        services.placements().log(p.id(), Ledgers.placement(LocalDate.of(2021, 6, 1)));
        services.placements().log(p.id(), Ledgers.placement(LocalDate.of(2024, 5, 1)));
        services.placements().log(p.id(), Ledgers.placement(LocalDate.of(2023, 3, 1)));
        PersonsViewModel model = model(BackgroundRunner.direct());
        model.open(PersonRow.of(p));
        assertThat(model.page().personProperty().get().name()).isEqualTo("测试人");
        assertThat(model.page().placements()).extracting(l -> l.placement().placedOn().getYear(), l -> l.counted())
                .containsExactly(tuple(2021, PersonPageModel.Counted.OUTSIDE_PERIOD),
                        tuple(2023, PersonPageModel.Counted.YES),
                        tuple(2024, PersonPageModel.Counted.ONCE_ALREADY));
    }

    /** Runs one piece of work per step, in the order asked, like the worker thread. */
    private static final class Stepped implements BackgroundRunner {
        final List<Runnable> waiting = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            waiting.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }

        void step() {
            waiting.remove(0).run();
        }
    }

    /** Does the work at once, like a fast worker, and hands each answer back to the UI thread when told. */
    private static final class Deferred implements BackgroundRunner {
        final List<Runnable> answers = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            try {
                T result = work.call();
                answers.add(() -> onSuccess.accept(result));
            } catch (Exception e) {
                answers.add(() -> onFailure.accept(e));
            }
        }

        void answerFirst() {
            answers.remove(0).run();
        }

        void answerLast() {
            answers.remove(answers.size() - 1).run();
        }

        void answerAll() {
            while (!answers.isEmpty()) {
                answerFirst();
            }
        }
    }

    private static final class Answers implements DialogService {
        boolean answer;
        final List<String> asked = new ArrayList<>();

        @Override
        public void showError(Throwable error) {
            throw new AssertionError(error);
        }

        @Override
        public void showError(String message) {
            throw new AssertionError(message);
        }

        @Override
        public void showInfo(String message) {
        }

        @Override
        public boolean confirm(String question) {
            asked.add(question);
            return answer;
        }

        @Override
        public Optional<String> editText(String title, String label, String initial, boolean multiLine) {
            return Optional.empty();
        }

        @Override
        public Optional<java.nio.file.Path> chooseFolder(String title) {
            return Optional.empty();
        }

        @Override
        public Optional<java.nio.file.Path> chooseSpreadsheet(String title) {
            return Optional.empty();
        }

        @Override
        public Optional<java.nio.file.Path> chooseFileToSave(cn.yanshan.ledger.ui.FileToSave request) {
            return Optional.empty();
        }
    }
}
