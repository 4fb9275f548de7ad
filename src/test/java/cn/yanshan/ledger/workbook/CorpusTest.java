package cn.yanshan.ledger.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.yanshan.ledger.common.LedgerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file of the shared corpus (real-world spreadsheets from Apache POI's test data: damaged,
 * encrypted, fuzzer-made, large) gives, within 10 seconds, either a preview or one LedgerException
 * with one line of Chinese; nothing else escapes and nothing hangs. The corpus is not part of the
 * project: the test is skipped, and says so, where it is absent.
 */
class CorpusTest {

    private static final Path CORPUS = Paths.get("..", "shared", "corpus", "poi-spreadsheets");
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final List<ColumnSpec> SPECS = List.of(
            ColumnSpec.required("name", "姓名"),
            ColumnSpec.required("idNumber", "身份证号", "身份证号码", "公民身份号码"));

    private static final Map<String, String> OUTCOMES = new ConcurrentHashMap<>();

    @TestFactory
    Stream<DynamicTest> everyCorpusFileGivesAPreviewOrOneClearMessage() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS),
                "corpus absent: " + CORPUS.toAbsolutePath().normalize() + " not found, corpus test skipped");
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path file) {
        String outcome = assertTimeoutPreemptively(LIMIT, () -> {
            try {
                Preview p = Preview.of(file, SPECS, Limits.DEFAULT);
                assertThat(p.sheets()).isNotEmpty();
                for (SheetPreview s : p.sheets()) {
                    s.problem().ifPresent(CorpusTest::assertOneChineseLine);
                }
                return "preview" + (p.suggestedSheet() >= 0 ? " with header" : "");
            } catch (LedgerException e) {
                assertOneChineseLine(e.getMessage());
                return "message: " + e.getMessage().replaceAll("“[^”]*”", "“…”");
            } catch (Throwable t) {
                throw new AssertionError(file.getFileName() + " let " + t + " escape", t);
            }
        }, () -> file.getFileName() + " took more than " + LIMIT.toSeconds() + " s");
        OUTCOMES.put(file.getFileName().toString(), outcome);
    }

    private static void assertOneChineseLine(String message) {
        assertThat(message).isNotBlank().doesNotContain("\n").doesNotContain("\r");
        assertThat(CJK.matcher(message).find()).as("Chinese message: %s", message).isTrue();
    }

    @AfterAll
    static void summary() {
        if (OUTCOMES.isEmpty()) {
            return;
        }
        Map<String, Long> counts = new TreeMap<>(OUTCOMES.values().stream()
                .collect(Collectors.groupingBy(o -> o, Collectors.counting())));
        StringBuilder sb = new StringBuilder("Corpus: " + OUTCOMES.size() + " files\n");
        counts.forEach((outcome, n) -> sb.append(String.format("%5d  %s%n", n, outcome)));
        System.out.print(sb);
    }
}
