package cn.yanshan.ledger.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Marks the phases of a start-up on standard error when the system property {@code ledger.trace} is true,
 * in milliseconds since the JVM started: for measuring, never on in normal use. On Linux a mark also gives the CPU
 * time the whole process has used so far (all its threads: compilers and the collector too), which other jobs on a
 * shared machine disturb much less than the wall-clock time.
 */
public final class StartupTrace {

    private static final boolean ENABLED = Boolean.getBoolean("ledger.trace");
    private static final Path PROC_STAT = Path.of("/proc/self/stat");
    /** Linux's clock ticks per second for utime and stime (USER_HZ), 100 on every usual kernel. */
    private static final int TICKS_PER_SECOND = 100;

    private StartupTrace() {
    }

    /** Whether marks are printed: lets a caller skip work that only serves the trace. */
    public static boolean enabled() {
        return ENABLED;
    }

    public static void mark(String phase) {
        if (ENABLED) {
            long cpu = processCpuMillis();
            System.err.println("[start] " + sinceJvmStart() + " ms " + (cpu < 0 ? "" : "cpu " + cpu + " ms ")
                    + Thread.currentThread().getName() + ": " + phase);
        }
    }

    public static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** utime + stime of this process from /proc/self/stat, or -1 where there is none. */
    static long processCpuMillis() {
        try {
            String stat = Files.readString(PROC_STAT);
            // fields after the command name in parentheses, which may hold spaces: state is field 3, utime 14, stime 15
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000 / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
