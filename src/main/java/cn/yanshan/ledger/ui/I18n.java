package cn.yanshan.ledger.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user interface's words, from {@code i18n/messages.properties} (UTF-8, Simplified Chinese). */
public final class I18n {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.messages", Locale.SIMPLIFIED_CHINESE);

    private I18n() {
    }

    /** The text for a key; with arguments, a {@link MessageFormat} pattern filled in. */
    public static String t(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args);
    }
}
