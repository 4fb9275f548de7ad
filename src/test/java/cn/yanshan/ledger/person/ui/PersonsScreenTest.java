package cn.yanshan.ledger.person.ui;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.app.ui.MainWindow;
import cn.yanshan.ledger.overview.ui.OverviewView;
import cn.yanshan.ledger.person.Person;
import cn.yanshan.ledger.person.PersonRow;
import cn.yanshan.ledger.person.PersonNames;
import cn.yanshan.ledger.person.PersonQuery;
import cn.yanshan.ledger.testing.Ledgers;
import cn.yanshan.ledger.ui.Area;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** What a clerk does on 残疾人台账 with a demo ledger: search, filter, open, edit, delete and restore. */
class PersonsScreenTest {

    private static final int PERSONS = 400;

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Services services;
    private MainWindow window;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws TimeoutException {
        if (window != null) {
            FxToolkit.setupFixture(() -> window.stage().close());
        }
        if (services != null) {
            services.close();
        }
    }

    private void startProgram() throws TimeoutException {
        showWindow();
        robot.clickOn("#nav-persons");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void showWindow() throws TimeoutException {
        services = Ledgers.openFile(dir);
        services.demo().generate(PERSONS, 7, null);
        OverviewView.Data overview = OverviewView.load(services.plan(), services.stats());
        window = FxToolkit.setupFixture(() -> {
            Stage stage = new Stage();
            MainWindow w = new MainWindow(stage, cn.yanshan.ledger.ui.BackgroundRunner.direct(), dir.toString());
            stage.show();
            w.attach(services, overview);
            return w;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<PersonRow> table() {
        return robot.lookup("#person-table").queryAs(TableView.class);
    }

    /** The rows of the table, read as the table reads them (page by page). */
    private List<PersonRow> rows() {
        List<PersonRow> out = new ArrayList<>();
        for (int i = 0; i < table().getItems().size(); i++) {
            out.add(table().getItems().get(i));
        }
        return out;
    }

    private String count() {
        return robot.lookup("#person-count").queryAs(Label.class).getText();
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void search(String text) {
        TextField box = robot.lookup("#person-search").queryAs(TextField.class);
        robot.interact(box::clear);
        robot.clickOn(box).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void searchByInitialsAndByLastDigitsAndAFilterNarrowTheTable() throws TimeoutException {
        startProgram();
        assertThat(table().getItems()).hasSize(PERSONS);
        assertThat(count()).isEqualTo("共 " + PERSONS + " 人");
        assertThat(table().getColumns().stream().map(c -> c.getText()).toList()).containsExactly(
                "姓名", "性别", "身份证号", "残疾类别", "等级", "乡（镇）", "村（社区）", "就业状态", "标记");
        assertThat((String) table().getColumns().get(2).getCellData(0)).matches("\\d{6}\\*{8}\\d{3}[\\dX]");

        PersonRow someone = table().getItems().get(PERSONS / 2);
        String initials = PersonNames.initials(someone.name());
        search(initials);
        assertThat(rows()).hasSizeLessThan(PERSONS).contains(someone)
                .allSatisfy(p -> assertThat(PersonNames.initials(p.name()).startsWith(initials)
                        || PersonNames.givenInitials(p.name()).startsWith(initials)).isTrue());
        assertThat(count()).isEqualTo("共 " + rows().size() + " 人");

        String last4 = someone.idNumber().lastDigits(4);
        search(last4);
        assertThat(rows()).contains(someone).allSatisfy(p -> assertThat(p.idNumber().value()).endsWith(last4));
        assertThat(rows().size()).isLessThan(10);

        search("");
        assertThat(table().getItems()).hasSize(PERSONS);
        @SuppressWarnings("unchecked")
        ComboBox<PersonFilterBar.Choice<?>> township = robot.lookup("#person-township").queryAs(ComboBox.class);
        robot.clickOn(township);
        String name = someone.township().name();
        robot.clickOn(robot.lookup(n -> n instanceof ListCell<?> cell && name.equals(cell.getText())).queryAs(ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows()).hasSizeBetween(1, PERSONS - 1)
                .allSatisfy(p -> assertThat(p.township()).isEqualTo(someone.township()));
        int inTownship = rows().size();
        robot.clickOn("#person-flag-poverty-alleviated");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows()).hasSizeLessThan(inTownship).allSatisfy(p -> assertThat(p.township()).isEqualTo(someone.township()))
                .allSatisfy(p -> assertThat(p.has(cn.yanshan.ledger.person.PersonFlag.POVERTY_ALLEVIATED)).isTrue());

        robot.clickOn("#person-filter-clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getItems()).hasSize(PERSONS);
        assertThat(township.getValue().value()).isNull();
    }

    @Test
    void preparedAheadTheScreenWaitsHiddenWithItsRowsAndOpensWithTheSearchBoxFocused() throws TimeoutException {
        showWindow();
        robot.interact(() -> window.prepare(Area.PERSONS));
        WaitForAsyncUtils.waitForFxEvents();
        Node persons = robot.lookup("#persons-view").query();
        assertThat(persons.isVisible()).isFalse();
        // behind the overview, which stays on top
        assertThat(persons.getParent().getChildrenUnmodifiable()).hasSize(2).startsWith(persons);
        assertThat(table().getItems()).hasSize(PERSONS);
        TextField box = robot.lookup("#person-search").queryAs(TextField.class);
        assertThat(box.isFocused()).isFalse();

        robot.clickOn("#nav-persons");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(persons.isVisible()).isTrue();
        assertThat(persons.getParent().getChildrenUnmodifiable()).containsExactly(persons);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, box::isFocused); // the focus comes on a later pulse
        assertThat(count()).isEqualTo("共 " + PERSONS + " 人");

        robot.clickOn("#nav-overview");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-persons");
        WaitForAsyncUtils.waitForFxEvents();
        search(table().getItems().get(7).idNumber().lastDigits(6));
        assertThat(rows()).hasSize(1);
    }

    @Test
    void clerkOpensAPersonEditsThePhoneDeletesAndRestoresThem() throws TimeoutException {
        startProgram();
        PersonRow someone = table().getItems().get(123);
        search(someone.idNumber().lastDigits(6));
        assertThat(rows()).containsExactly(someone);

        // Enter in the search box moves into the table, Enter in the table opens the page
        robot.type(KeyCode.ENTER);
        assertThat(table().isFocused()).isTrue();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#person-name")).isEqualTo(someone.name());
        assertThat(text("#person-id")).isEqualTo(someone.idNumber().masked());
        assertThat(text("#person-age")).contains("岁");
        robot.clickOn("#person-id-show");
        assertThat(text("#person-id")).isEqualTo(someone.idNumber().value());

        robot.clickOn("#person-edit");
        TextField phone = robot.lookup("#edit-phone").queryAs(TextField.class);
        robot.interact(phone::clear);
        robot.clickOn(phone).write("12a");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#problem-phone").queryAs(Label.class).getText()).contains("只能填数字");
        assertThat(robot.lookup("#edit-save").queryButton().isDisabled()).isTrue();
        robot.interact(phone::clear);
        robot.clickOn(phone).write("0876-3125678");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#problem-phone").queryAs(Label.class).getText()).isEmpty();
        robot.clickOn("#edit-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#person-phone")).isEqualTo("0876-3125678");
        assertThat(services.persons().byId(someone.id()).orElseThrow().phone()).isEqualTo("0876-3125678");
        assertThat(text("#person-message")).isEqualTo("已保存：" + someone.name());

        robot.clickOn("#person-delete");
        robot.clickOn("确定");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getItems()).isEmpty();
        assertThat(robot.lookup("#person-page").queryAs(javafx.scene.control.ScrollPane.class).getContent())
                .isInstanceOf(Label.class);
        search("");
        assertThat(table().getItems()).hasSize(PERSONS - 1);
        assertThat(services.persons().count(PersonQuery.ALL)).isEqualTo(PERSONS - 1);

        robot.clickOn("#person-recycle");
        @SuppressWarnings("unchecked")
        TableView<Person> bin = robot.lookup("#recycle-table").queryAs(TableView.class);
        assertThat(bin.getItems()).hasSize(1);
        assertThat(bin.getItems().get(0).id()).isEqualTo(someone.id());
        robot.clickOn(someone.name());
        robot.clickOn("#recycle-restore");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bin.getItems()).isEmpty();
        robot.clickOn("#recycle-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getItems()).hasSize(PERSONS);
        assertThat(text("#person-name")).isEqualTo(someone.name());
        assertThat(text("#person-message")).isEqualTo("已恢复：" + someone.name());
    }

    @Test
    void aPersonsPageListsTheirPlacementsAndWhetherEachCounts() throws TimeoutException {
        startProgram();
        PersonRow placed = services.persons().rows(PersonQuery.ALL, 0, PERSONS).stream()
                .filter(p -> !services.placements().ofPerson(p.id()).isEmpty()).findFirst().orElseThrow();
        search(placed.idNumber().lastDigits(6));
        robot.type(KeyCode.ENTER).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<PersonPageModel.PlacementLine> placements = robot.lookup("#person-placements").queryAs(TableView.class);
        assertThat(placements.getItems()).hasSize(services.placements().ofPerson(placed.id()).size());
        assertThat(placements.getItems()).filteredOn(l -> l.counted() == PersonPageModel.Counted.YES)
                .hasSize(services.placements().countedRow(placed.id()).isPresent() ? 1 : 0);
        for (int row = 0; row < placements.getItems().size(); row++) {
            String shown = (String) placements.getColumns().get(6).getCellData(row);
            assertThat(shown.equals("计入")).isEqualTo(placements.getItems().get(row).counted() == PersonPageModel.Counted.YES);
            assertThat(shown).isIn("计入", "不重复计入", "方案期外，不计入", "不计入");
        }
    }
}
