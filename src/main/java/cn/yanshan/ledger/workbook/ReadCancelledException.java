package cn.yanshan.ledger.workbook;

import cn.yanshan.ledger.common.LedgerException;

/** Reading stopped because the {@link ReadListener} asked for it; nothing is wrong with the file. */
public class ReadCancelledException extends LedgerException {
    public ReadCancelledException() {
        super("已取消读取文件。");
    }
}
