package cn.yanshan.ledger.testing;

import cn.yanshan.ledger.cli.Environment;
import cn.yanshan.ledger.cli.LedgerCli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;

/**
 * The command line as a script runs it, in the test's process: exit code, standard output and error output. The
 * script's environment gives {@code LEDGER_PASSWORD} = {@link Ledgers#PASSWORD}, the password of the ledgers tests
 * make on disk; there is no terminal to ask at.
 */
public final class Cli {

    private Cli() {
    }

    /** What one run gave. */
    public record Run(int exitCode, String out, String err) {
    }

    /** Runs {@code ledger ARGS…} with the test password; give {@code --data-dir} a test folder. */
    public static Run run(String... args) {
        return runWith(Map.of(Environment.PASSWORD_VARIABLE, Ledgers.PASSWORD), args);
    }

    /** Runs {@code ledger ARGS…} with exactly these environment variables. */
    public static Run runWith(Map<String, String> variables, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment env = new Environment(variables::get, question -> Optional.empty());
        int code = LedgerCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), env).execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
