package cn.yanshan.ledger.cli;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.importing.ImportKind;
import cn.yanshan.ledger.importing.ImportService;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code template KIND -o FILE}: the blank template of an import kind, for units to fill. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"生成供单位填写的空白导入模板（.xlsx）：persons（残疾人）或 placements（就业登记）。",
                "Writes the blank import template of a kind (persons, placements) for units to fill."})
final class TemplateCommand extends LedgerCommand {

    @Parameters(index = "0", paramLabel = "KIND", description = "persons 或 placements")
    String kind;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "要写入的 .xlsx 文件")
    Path output;

    @Override
    public Integer call() {
        ImportKind k = ImportService.kind(kind);
        try (Services services = openLedger()) {
            services.imports().writeTemplate(k, output);
        }
        out().printf("已生成%s导入模板：%s%n", k.label(), output);
        out().flush();
        return 0;
    }
}
