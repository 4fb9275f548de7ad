package cn.yanshan.ledger.common;

import java.util.regex.Pattern;

/**
 * Takes ID numbers and mobile numbers out of text that leaves the encrypted database: log lines, and the
 * messages of database errors that quote the values they failed on. An ID number (also inside a certificate
 * number) keeps its first 6 and last 4 characters, as on screen; a mobile number its first 3 and last 4.
 */
public final class Redact {

    /** A disability certificate number: the ID number, category and level digits, perhaps a reissue suffix. */
    private static final Pattern CERTIFICATE = Pattern.compile("(?<![0-9])([1-9][0-9]{5})[0-9]{8}([0-9]{3}[0-9Xx][1-7][1-4])");
    private static final Pattern ID18 = Pattern.compile("(?<![0-9])([1-9][0-9]{5})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9])");
    private static final Pattern ID15 = Pattern.compile("(?<![0-9])([1-9][0-9]{5})[0-9]{6}([0-9]{3})(?![0-9])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(1[3-9][0-9])[0-9]{4}([0-9]{4})(?![0-9])");

    private Redact() {
    }

    public static String text(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        String r = CERTIFICATE.matcher(s).replaceAll("$1********$2");
        r = ID18.matcher(r).replaceAll("$1********$2");
        r = ID15.matcher(r).replaceAll("$1******$2");
        return MOBILE.matcher(r).replaceAll("$1****$2");
    }
}
