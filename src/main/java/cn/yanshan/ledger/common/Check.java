package cn.yanshan.ledger.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The result of checking raw input: a value, or the errors that prevent one, and in either case
 * any warnings.
 *
 * <p>Invariant: {@code value} is present exactly when there is no {@link Severity#ERROR}.
 *
 * @param value    the accepted value, {@code null} when there are errors
 * @param problems errors and warnings in the order they were found, never {@code null}
 */
public record Check<T>(T value, List<Problem> problems) {

    public Check {
        problems = List.copyOf(problems);
        boolean hasErrors = problems.stream().anyMatch(Problem::isError);
        if (value == null && !hasErrors) {
            throw new IllegalArgumentException("a check without a value must carry an error");
        }
        if (value != null && hasErrors) {
            throw new IllegalArgumentException("a check with errors must not carry a value");
        }
    }

    public static <T> Check<T> ok(T value) {
        return new Check<>(Objects.requireNonNull(value, "value"), List.of());
    }

    public static <T> Check<T> ok(T value, List<Problem> warnings) {
        return new Check<>(Objects.requireNonNull(value, "value"), warnings);
    }

    public static <T> Check<T> failed(String errorMessage) {
        return new Check<>(null, List.of(Problem.error(errorMessage)));
    }

    /** A failed check; {@code problems} must contain at least one error and may contain warnings. */
    public static <T> Check<T> failed(List<Problem> problems) {
        return new Check<>(null, problems);
    }

    /** {@code true} when there is a value, i.e. no errors (warnings allowed). */
    public boolean isValid() {
        return value != null;
    }

    public boolean hasWarnings() {
        return problems.stream().anyMatch(p -> !p.isError());
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    public Optional<T> toOptional() {
        return Optional.ofNullable(value);
    }

    /** The value; otherwise an {@link IllegalArgumentException} whose message lists the errors. */
    public T orElseThrow() {
        if (value == null) {
            throw new IllegalArgumentException(errors().stream().map(Problem::message).collect(Collectors.joining(" ")));
        }
        return value;
    }

    /** The same check with the value transformed; problems are kept. */
    public <U> Check<U> map(Function<? super T, ? extends U> mapper) {
        return new Check<>(value == null ? null : mapper.apply(value), problems);
    }

    /** The same check with one more warning. */
    public Check<T> withWarning(String message) {
        List<Problem> more = new ArrayList<>(problems);
        more.add(Problem.warning(message));
        return new Check<>(value, more);
    }
}
