package cn.yanshan.ledger.common;

import java.util.Objects;

/**
 * One finding of a check, with a message for the clerk: a Chinese sentence that says what is
 * wrong and, where possible, what to do.
 */
public record Problem(Severity severity, String message) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(String message) {
        return new Problem(Severity.ERROR, message);
    }

    public static Problem warning(String message) {
        return new Problem(Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same finding with its message prefixed, e.g. to say which part of a larger value it is about. */
    public Problem prefixed(String prefix) {
        return new Problem(severity, prefix + message);
    }
}
