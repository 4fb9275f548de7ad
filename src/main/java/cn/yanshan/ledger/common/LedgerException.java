package cn.yanshan.ledger.common;

/**
 * A failure the user can act on. Its message is a Chinese sentence that says what happened and what to do;
 * it is shown as it is, and the cause goes to the log.
 */
public class LedgerException extends RuntimeException {
    public LedgerException(String message) {
        super(message);
    }

    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
