package cn.yanshan.ledger.cli;

import cn.yanshan.ledger.backup.BackupInfo;

/** How the commands describe a backup in one line. */
final class Describe {

    private Describe() {
    }

    static String counts(BackupInfo b) {
        return "残疾人 " + b.rows("person") + " 人，就业登记 " + b.rows("placement") + " 条，审计记录 " + b.rows("audit_log") + " 条";
    }
}
