package cn.yanshan.ledger.cli;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.backup.BackupInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code backup [-o FILE]}: a backup of the whole ledger (database, accounts, attachments) now. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"立即备份整个台账（数据库、账户文件、附件）。不指定 -o 时放入设置中的备份文件夹。",
                "Backs up the whole ledger now; without -o into the backup folder chosen in the settings."})
final class BackupCommand extends LedgerCommand {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "备份文件（.zip）")
    Path output;

    @Override
    public Integer call() {
        try (Services services = openLedger()) {
            BackupInfo made = output != null
                    ? services.backups().create(output.toAbsolutePath(), "手动备份")
                    : services.backups().manual(services.backupFolder());
            out().printf("已备份到 %s（%s）%n", made.file(), Describe.counts(made));
            out().flush();
        }
        return 0;
    }
}
