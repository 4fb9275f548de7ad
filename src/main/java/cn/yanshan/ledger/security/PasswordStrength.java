package cn.yanshan.ledger.security;

/** How hard a password is to guess, shown while it is typed. */
public enum PasswordStrength {
    TOO_SHORT("太短（至少 8 位）"),
    WEAK("弱"),
    FAIR("中"),
    STRONG("强");

    public static final int MIN_LENGTH = 8;

    private final String label;

    PasswordStrength(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean acceptable() {
        return this != TOO_SHORT;
    }

    /** Length and the kinds of characters (digits, lower, upper, other) count; one repeated character does not. */
    public static PasswordStrength of(CharSequence password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return TOO_SHORT;
        }
        boolean digit = false;
        boolean lower = false;
        boolean upper = false;
        boolean other = false;
        long distinct = password.chars().distinct().count();
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else {
                other = true;
            }
        }
        int kinds = (digit ? 1 : 0) + (lower ? 1 : 0) + (upper ? 1 : 0) + (other ? 1 : 0);
        if (distinct <= 3) {
            return WEAK;
        }
        int score = kinds + (password.length() >= 12 ? 1 : 0) + (password.length() >= 16 ? 1 : 0);
        return score >= 4 ? STRONG : score >= 2 ? FAIR : WEAK;
    }
}
