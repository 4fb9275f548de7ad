package cn.yanshan.ledger.testing;

import cn.yanshan.ledger.cli.LedgerCli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The command line as a script runs it, in the test's process: exit code, standard output and error output. */
public final class Cli {

    private Cli() {
    }

    /** What one run gave. */
    public record Run(int exitCode, String out, String err) {
    }

    /** Runs {@code ledger ARGS…}; give {@code --data-dir} a test folder. */
    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LedgerCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
