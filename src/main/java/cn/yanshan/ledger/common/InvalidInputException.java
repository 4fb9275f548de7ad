package cn.yanshan.ledger.common;

/** Input that can't be saved as it is; carries the problems by field for the screen, and all errors as its message. */
public class InvalidInputException extends LedgerException {

    private final transient Validation<?> validation;

    public InvalidInputException(Validation<?> validation) {
        super(validation.errorText());
        this.validation = validation;
    }

    public Validation<?> validation() {
        return validation;
    }
}
