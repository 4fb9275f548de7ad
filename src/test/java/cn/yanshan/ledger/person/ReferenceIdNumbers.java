package cn.yanshan.ledger.person;

/**
 * An independent reference for GB 11643-1999 check characters, written from the standard's
 * definition rather than from the production table: weights W(i) = 2^(i-1) mod 11 with i counted
 * from the right (the check character is i = 1), and the check character a1 chosen so that the
 * weighted sum of all 18 characters is 1 modulo 11 (X stands for 10).
 */
public final class ReferenceIdNumbers {

    private ReferenceIdNumbers() {
    }

    static int weightedSumMod11(String first17) {
        int sum = 0;
        for (int j = 0; j < 17; j++) {
            int i = 18 - j;
            sum += (first17.charAt(j) - '0') * powerOfTwoMod11(i - 1);
        }
        return sum % 11;
    }

    static char checkCharacter(String first17) {
        int a1 = (12 - weightedSumMod11(first17)) % 11;
        return a1 == 10 ? 'X' : (char) ('0' + a1);
    }

    public static String complete(String first17) {
        return first17 + checkCharacter(first17);
    }

    /** A valid 18-character number with this area and birth date whose first 17 digits leave the given remainder. */
    static String withRemainder(int remainder, String area, String birthDate) {
        for (int sequence = 1; sequence < 1000; sequence++) {
            String first17 = area + birthDate + String.format("%03d", sequence);
            if (weightedSumMod11(first17) == remainder) {
                return complete(first17);
            }
        }
        throw new AssertionError("no sequence number gives remainder " + remainder);
    }

    /** The same number with a different, wrong check character. */
    static String withWrongCheckCharacter(String valid) {
        char right = valid.charAt(17);
        char wrong = right == '1' ? '2' : '1';
        return valid.substring(0, 17) + wrong;
    }

    private static int powerOfTwoMod11(int exponent) {
        int result = 1;
        for (int k = 0; k < exponent; k++) {
            result = result * 2 % 11;
        }
        return result;
    }
}
