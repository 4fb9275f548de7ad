package cn.yanshan.ledger.cli;

import java.io.Console;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What a command takes from outside its arguments: environment variables ({@code LEDGER_PASSWORD},
 * {@code LEDGER_USER}) and, at a terminal, a password typed without echo. Tests give their own.
 */
public record Environment(UnaryOperator<String> variables, PasswordPrompt prompt) {

    public static final String PASSWORD_VARIABLE = "LEDGER_PASSWORD";
    public static final String USER_VARIABLE = "LEDGER_USER";

    /** Asks for a password; empty when nobody can be asked (no terminal). */
    @FunctionalInterface
    public interface PasswordPrompt {
        Optional<char[]> ask(String question);
    }

    /** The process's own environment and its terminal, if it has one. */
    public static Environment system() {
        return new Environment(System::getenv, question -> {
            Console console = System.console();
            return console == null ? Optional.empty() : Optional.ofNullable(console.readPassword("%s", question));
        });
    }

    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.apply(name)).filter(v -> !v.isEmpty());
    }
}
