package cn.yanshan.ledger.importing.ui;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.app.ui.MainWindow;
import cn.yanshan.ledger.app.ui.ScreenFixture;
import cn.yanshan.ledger.app.ui.ScreenTest;
import cn.yanshan.ledger.importing.ImportBatch;
import cn.yanshan.ledger.importing.RowResult;
import cn.yanshan.ledger.importing.RowStatus;
import cn.yanshan.ledger.person.PersonQuery;
import cn.yanshan.ledger.testing.Ledgers;
import cn.yanshan.ledger.ui.DialogService;
import cn.yanshan.ledger.ui.FileToSave;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** What a clerk does on 导入: a unit's file from choosing it to a committed batch, the error workbook, then undo. */
@ScreenTest
class ImportScreenTest {

    private static final Path FIXTURE = Path.of("src/test/fixtures/import/unit-placements.xlsx").toAbsolutePath();

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Services services;
    private MainWindow window;

    @AfterEach
    void stop() throws TimeoutException {
        ScreenFixture.close(window);
        services.close();
    }

    /** The real dialogs, except that file choosers answer with the fixture and the error workbook's place. */
    private DialogService answering(DialogService real) {
        Path errors = dir.resolve("退回修改.xlsx");
        return new DialogService() {
            @Override
            public void showError(Throwable error) {
                throw new AssertionError(error.getMessage(), error);
            }

            @Override
            public void showError(String message) {
                throw new AssertionError(message);
            }

            @Override
            public void showInfo(String message) {
                real.showInfo(message);
            }

            @Override
            public boolean confirm(String question) {
                return question.startsWith("撤销导入批次");
            }

            @Override
            public Optional<String> editText(String title, String label, String initial, boolean multiLine) {
                return real.editText(title, label, initial, multiLine);
            }

            @Override
            public Optional<Path> chooseSpreadsheet(String title) {
                return Optional.of(FIXTURE);
            }

            @Override
            public Optional<Path> chooseFileToSave(FileToSave request) {
                assertThat(request.suggestedName()).isEqualTo("unit-placements-退回修改.xlsx");
                return Optional.of(errors);
            }

            @Override
            public Optional<Path> chooseFolder(String title) {
                return Optional.empty();
            }
        };
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void clerkImportsAUnitsFileSendsTheBadRowsBackAndUndoesTheBatch() throws Exception {
        services = Ledgers.openFile(dir.resolve("ledger"));
        window = ScreenFixture.openWithDialogs(services, dir, this::answering);
        robot.clickOn("#nav-import");
        robot.clickOn("#import-choose");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#import-file")).contains("unit-placements.xlsx").contains("就业登记").contains("江那镇");
        assertThat(text("#import-header")).contains("第3–4行").contains("必需的列都已对应");
        TableView<?> mapping = robot.lookup("#import-mapping").queryAs(TableView.class);
        assertThat(mapping.getItems()).hasSize(15);

        robot.clickOn("#import-preview");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#import-counts")).isEqualTo("共27行：新增20，更新0，有错误6，文件内重复1，台账中已有0");
        TableView<RowResult> rows = robot.lookup("#import-rows").queryAs(TableView.class);
        assertThat(rows.getItems()).hasSize(27);
        robot.clickOn("#import-errors-only");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows.getItems()).hasSize(6).allMatch(r -> r.status() == RowStatus.ERROR);

        robot.clickOn("#import-commit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#import-result")).startsWith("已导入（批次1）：新增20");
        assertThat(services.persons().count(PersonQuery.ALL)).isEqualTo(20);
        TableView<ImportBatch> batches = robot.lookup("#import-batches").queryAs(TableView.class);
        assertThat(batches.getItems()).singleElement().satisfies(b -> assertThat(b.fileName()).isEqualTo("unit-placements.xlsx"));

        robot.clickOn("#import-save-errors");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.size(dir.resolve("退回修改.xlsx"))).isPositive();
        assertThat(text("#import-result")).contains("退回修改.xlsx");

        robot.clickOn("unit-placements.xlsx");
        robot.clickOn("#import-undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#import-result")).isEqualTo("已撤销导入批次1。");
        assertThat(services.persons().count(PersonQuery.ALL)).isZero();
        assertThat(batches.getItems()).singleElement().satisfies(b -> assertThat(b.isUndone()).isTrue());
    }
}
