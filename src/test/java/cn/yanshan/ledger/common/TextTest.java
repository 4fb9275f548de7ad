package cn.yanshan.ledger.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {

    @Test
    void fullWidthDigitsLettersAndBracketsBecomeAscii() {
        assertThat(Text.toHalfWidth("１２３ａＢ（）＋")).isEqualTo("123aB()+");
    }

    @Test
    void chineseCharactersAndPunctuationOutsideTheAsciiRangeAreKept() {
        assertThat(Text.toHalfWidth("个体就业、居家")).isEqualTo("个体就业、居家");
    }

    @Test
    void compactRemovesEverySortOfSpace() {
        assertThat(Text.compact(" 1\t2\u00A03\u30004\u200B5\uFEFF6\n")).isEqualTo("123456");
    }

    @Test
    void compactOfNullIsEmpty() {
        assertThat(Text.compact(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "灵活就业（含社区、居家就业）|灵活就业(含社区,居家就业)",
            "灵活就业 (含社区，居家就业)|灵活就业(含社区,居家就业)",
    })
    void labelKeyTreatsBracketsCommasAndSpacesAlike(String raw, String key) {
        assertThat(Text.labelKey(raw)).isEqualTo(key);
    }
}
