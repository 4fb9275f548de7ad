package cn.yanshan.ledger.importing.ui;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.importing.ImportKind;
import cn.yanshan.ledger.importing.ImportService;
import cn.yanshan.ledger.testing.Ledgers;
import cn.yanshan.ledger.ui.BackgroundRunner;
import cn.yanshan.ledger.ui.DialogService;
import cn.yanshan.ledger.ui.FileToSave;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** 导入's 空白模板 buttons: the clerk picks where to save, and gets the template units fill in. */
class TemplateDownloadTest {

    @Test
    void eachKindsTemplateIsSavedWhereTheClerkChose(@TempDir Path dir) throws Exception {
        List<FileToSave> asked = new ArrayList<>();
        try (Services ledger = Ledgers.open()) {
            ImportViewModel model = new ImportViewModel(ledger.imports(), BackgroundRunner.direct(), new SaveInto(dir, asked));
            assertThat(model.kinds()).extracting(ImportKind::label).contains("残疾人", "就业登记");
            model.saveTemplate(ImportService.kind("placements"));

            assertThat(asked).singleElement().satisfies(r -> {
                assertThat(r.suggestedName()).isEqualTo("就业登记填报模板.xlsx");
                assertThat(r.extension()).isEqualTo("xlsx");
            });
            Path saved = dir.resolve("就业登记填报模板.xlsx");
            assertThat(model.resultTextProperty().get()).contains("已保存就业登记空白模板").contains(saved.toString());
            try (Workbook wb = WorkbookFactory.create(saved.toFile())) {
                assertThat(wb.getSheet("填写说明")).isNotNull();
            }
        }
    }

    /** Save dialogs answered with a file of the suggested name in a folder; anything else is not expected. */
    private record SaveInto(Path dir, List<FileToSave> asked) implements DialogService {
        @Override
        public Optional<Path> chooseFileToSave(FileToSave request) {
            asked.add(request);
            return Optional.of(dir.resolve(request.suggestedName()));
        }

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
            return false;
        }

        @Override
        public Optional<String> editText(String title, String label, String initial, boolean multiLine) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSpreadsheet(String title) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFolder(String title) {
            return Optional.empty();
        }
    }
}
