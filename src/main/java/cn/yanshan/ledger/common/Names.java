package cn.yanshan.ledger.common;

/** Normalizes names as people type them: full-width brackets, spaces, stray punctuation. */
public final class Names {

    private Names() {
    }

    /**
     * The form two spellings are compared in: {@link Text#compact} (no white space of any kind, full-width Latin
     * letters and digits made half-width), with round brackets in their full-width form, as unit names write them.
     */
    public static String key(String name) {
        return Text.compact(name).replace('(', '（').replace(')', '）');
    }
}
