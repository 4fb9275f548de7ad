package cn.yanshan.ledger.person;

import cn.yanshan.ledger.common.Check;
import cn.yanshan.ledger.common.Text;

import java.util.Locale;
import java.util.regex.Pattern;

/** How the search box's text is read; see {@link PersonQuery}. {@code key} is what the index is searched for. */
record SearchText(Kind kind, String key) {

    enum Kind { NONE, ID_EXACT, ID_PREFIX, ID_SUFFIX, INITIALS, NAME }

    /** Up to this many digits are the end of an ID number. */
    static final int MAX_SUFFIX = 6;

    private static final Pattern ID_DIGITS = Pattern.compile("\\d+X?");
    private static final Pattern LETTERS = Pattern.compile("[A-Za-z]+");

    static SearchText of(String raw) {
        String s = Text.compact(raw);
        if (s.isEmpty()) {
            return new SearchText(Kind.NONE, "");
        }
        String upper = s.toUpperCase(Locale.ROOT);
        if (ID_DIGITS.matcher(upper).matches()) {
            if (upper.length() == IdNumber.LENGTH) {
                return new SearchText(Kind.ID_EXACT, upper);
            }
            if (upper.length() == IdNumber.OLD_LENGTH) {
                Check<IdNumber> upgraded = IdNumber.check(upper);
                if (upgraded.isValid()) {
                    return new SearchText(Kind.ID_EXACT, upgraded.value().value());
                }
            }
            if (upper.length() <= MAX_SUFFIX || upper.endsWith("X")) {
                return new SearchText(Kind.ID_SUFFIX, new StringBuilder(upper).reverse().toString());
            }
            return new SearchText(Kind.ID_PREFIX, upper);
        }
        if (LETTERS.matcher(s).matches()) {
            return new SearchText(Kind.INITIALS, s.toLowerCase(Locale.ROOT));
        }
        return new SearchText(Kind.NAME, PersonNames.clean(s));
    }
}
