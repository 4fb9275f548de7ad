package cn.yanshan.ledger.security;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The random key the database file is encrypted with (H2's AES file encryption). It never depends on a password:
 * each account's password only wraps it, so changing a password re-wraps 32 bytes and re-encrypts nothing.
 */
public final class DataKey {

    static final int LENGTH = 32;
    private final byte[] bytes;

    DataKey(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a data key has " + LENGTH + " bytes");
        }
        this.bytes = bytes.clone();
    }

    static DataKey random(SecureRandom random) {
        byte[] b = new byte[LENGTH];
        random.nextBytes(b);
        return new DataKey(b);
    }

    byte[] bytes() {
        return bytes.clone();
    }

    /** The file password H2 is given for CIPHER=AES. */
    public char[] filePassword() {
        return HexFormat.of().formatHex(bytes).toCharArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataKey other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "DataKey[hidden]";
    }
}
