package cn.yanshan.ledger.cli;

import cn.yanshan.ledger.app.DataFolder;
import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.backup.BackupInfo;
import cn.yanshan.ledger.backup.Backups;
import cn.yanshan.ledger.security.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * {@code restore FILE}: puts a backup in place of the ledger, after backing up the ledger as it is now. Only an
 * administrator may; the accounts and passwords become those of the backup.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"用备份文件替换当前台账。替换前先自动备份当前台账；恢复后账户和密码以备份中的为准。仅管理员可用。",
                "Replaces the ledger with a backup, after first backing up the current state. Administrators only."})
final class RestoreCommand extends LedgerCommand {

    @Parameters(paramLabel = "FILE", description = "备份文件（.zip）")
    Path file;

    @Override
    protected Role requiredRole() {
        return Role.ADMIN;
    }

    @Override
    public Integer call() {
        BackupInfo backup = Backups.inspect(file);
        PrintWriter out = out();
        out.printf("备份：%s，%s，%s%n", backup.madeAt().toString().replace('T', ' '), backup.reason(), Describe.counts(backup));
        DataFolder folder = folder();
        BackupInfo before;
        try (Services services = openLedger()) {
            before = services.backups().beforeRestore(services.backupFolder());
        }
        out.printf("当前台账已先备份到 %s%n", before.file());
        Backups.restoreInto(file, folder.root());
        out.printf("已恢复。以后请用备份时的账户和密码打开台账。%n");
        out.flush();
        return 0;
    }
}
