package cn.yanshan.ledger.workbook;

import org.apache.poi.EncryptedDocumentException;

/** Recognising library exceptions by what they mean. */
final class Exceptions {

    private Exceptions() {
    }

    static boolean isEncryption(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof EncryptedDocumentException) {
                return true;
            }
        }
        return false;
    }
}
