package cn.yanshan.ledger.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The problems found in a form or an imported row, by field, so that a screen can show each beside its field.
 * Valid when there is no {@link Severity#ERROR}; warnings don't stop saving.
 *
 * @param <F> the enum naming the fields
 */
public final class Validation<F extends Enum<F>> {

    private final Map<F, List<Problem>> byField;

    private Validation(Map<F, List<Problem>> byField) {
        Map<F, List<Problem>> copy = new LinkedHashMap<>();
        byField.forEach((f, ps) -> copy.put(f, List.copyOf(ps)));
        this.byField = Collections.unmodifiableMap(copy);
    }

    public static <F extends Enum<F>> Builder<F> builder() {
        return new Builder<>();
    }

    public boolean isValid() {
        return errors().isEmpty();
    }

    /** The problems of one field, errors and warnings, in the order found; empty when the field is fine. */
    public List<Problem> of(F field) {
        return byField.getOrDefault(field, List.of());
    }

    public boolean hasError(F field) {
        return of(field).stream().anyMatch(Problem::isError);
    }

    /** Fields with at least one problem, in the order found. */
    public Map<F, List<Problem>> byField() {
        return byField;
    }

    public List<Problem> errors() {
        return all().stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return all().stream().filter(p -> !p.isError()).toList();
    }

    public List<Problem> all() {
        return byField.values().stream().flatMap(List::stream).toList();
    }

    /** The errors as one text, for a dialog or the command line. */
    public String errorText() {
        return errors().stream().map(Problem::message).collect(Collectors.joining(" "));
    }

    /** Throws an {@link InvalidInputException} carrying this validation when there are errors. */
    public void throwIfInvalid() {
        if (!isValid()) {
            throw new InvalidInputException(this);
        }
    }

    @Override
    public String toString() {
        return byField.toString();
    }

    public static final class Builder<F extends Enum<F>> {
        private final Map<F, List<Problem>> byField = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder<F> add(F field, Problem problem) {
            byField.computeIfAbsent(field, f -> new ArrayList<>()).add(problem);
            return this;
        }

        public Builder<F> error(F field, String message) {
            return add(field, Problem.error(message));
        }

        public Builder<F> warning(F field, String message) {
            return add(field, Problem.warning(message));
        }

        public Builder<F> addAll(F field, List<Problem> problems) {
            problems.forEach(p -> add(field, p));
            return this;
        }

        public boolean hasError(F field) {
            return byField.getOrDefault(field, List.of()).stream().anyMatch(Problem::isError);
        }

        public Validation<F> build() {
            return new Validation<>(byField);
        }
    }
}
