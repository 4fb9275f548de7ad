package cn.yanshan.ledger.app;

import java.lang.management.ManagementFactory;

/**
 * Marks the phases of a start-up on standard error when the system property {@code ledger.trace} is true,
 * in milliseconds since the JVM started: for measuring, never on in normal use.
 */
public final class StartupTrace {

    private static final boolean ENABLED = Boolean.getBoolean("ledger.trace");

    private StartupTrace() {
    }

    /** Whether marks are printed: lets a caller skip work that only serves the trace. */
    public static boolean enabled() {
        return ENABLED;
    }

    public static void mark(String phase) {
        if (ENABLED) {
            System.err.println("[start] " + sinceJvmStart() + " ms " + Thread.currentThread().getName() + ": " + phase);
        }
    }

    public static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
