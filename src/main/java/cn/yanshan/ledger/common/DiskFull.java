package cn.yanshan.ledger.common;

import java.util.Locale;

/**
 * A full disk, as the operating system says it in English or Chinese, wherever it shows in a chain of causes; and
 * the message the clerk gets for it. The write that failed was not made: a transaction rolls back whole.
 */
public final class DiskFull {

    private static final String[] SIGNS = {"no space left on device", "not enough space on the disk", "disk full",
            "磁盘空间不足", "设备上没有空间", "there is not enough space"};

    private DiskFull() {
    }

    public static boolean isCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null) {
                String lower = m.toLowerCase(Locale.ROOT);
                for (String sign : SIGNS) {
                    if (lower.contains(sign)) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    public static LedgerException exception(Throwable cause) {
        return new LedgerException("磁盘已满，刚才的操作没有保存，台账中已有的数据没有受影响。"
                + "请删除不需要的文件或把数据文件夹移到空间更大的磁盘后再试。", cause);
    }
}
