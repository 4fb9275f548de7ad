package cn.yanshan.ledger.importing;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.common.LedgerException;
import cn.yanshan.ledger.person.PersonQuery;
import cn.yanshan.ledger.testing.Ledgers;
import cn.yanshan.ledger.workbook.ReadListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every file of the shared corpus, opened for import as the wizard opens it (kind detection, sheet and header, every
 * row checked when a header is found), gives within 10 seconds a preview or one Chinese sentence, and leaves the
 * database untouched. Skipped, and says so, where the corpus is absent.
 */
class ImportCorpusTest {

    private static final Path CORPUS = Paths.get("..", "shared", "corpus", "poi-spreadsheets");
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final Services LEDGER = Ledgers.open();

    @TestFactory
    Stream<DynamicTest> everyCorpusFileGivesAPreviewOrOneClearMessage() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS),
                "corpus absent: " + CORPUS.toAbsolutePath().normalize() + " not found, corpus test skipped");
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path file) {
        assertTimeoutPreemptively(LIMIT, () -> {
            try {
                FileInspection inspection = LEDGER.imports().inspect(file, null, null, ReadListener.NONE);
                inspection.setup().filter(s -> s.header().isComplete())
                        .ifPresent(s -> LEDGER.imports().preview(s, ReadListener.NONE));
            } catch (LedgerException e) {
                assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
                assertThat(CJK.matcher(e.getMessage()).find()).as("Chinese message: %s", e.getMessage()).isTrue();
            } catch (Throwable t) {
                throw new AssertionError(file.getFileName() + " let " + t + " escape", t);
            }
        }, () -> file.getFileName() + " took more than " + LIMIT.toSeconds() + " s");
    }

    @AfterAll
    static void databaseUntouched() {
        try {
            assertThat(LEDGER.imports().batches(0, 10)).isEmpty();
            assertThat(LEDGER.persons().count(PersonQuery.ALL)).isZero();
            assertThat(LEDGER.audit().count()).isZero();
        } finally {
            LEDGER.close();
        }
    }
}
