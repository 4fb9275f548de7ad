package cn.yanshan.ledger.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SynonymsTest {

    private final Synonyms<Integer> table = Synonyms.<Integer>builder()
            .add(1, "一", "壹")
            .add(2, "二")
            .build();

    @Test
    void lookupIgnoresSpacesAndWidth() {
        assertThat(table.lookup(" 壹 ")).contains(1);
    }

    @Test
    void unknownAndBlankSpellingsAreEmpty() {
        assertThat(table.lookup("三")).isEmpty();
        assertThat(table.lookup("")).isEmpty();
        assertThat(table.lookup(null)).isEmpty();
    }

    @Test
    void spellingThatWouldNameTwoValuesIsRefused() {
        Synonyms.Builder<Integer> builder = Synonyms.<Integer>builder().add(1, "公益岗");

        assertThatThrownBy(() -> builder.add(2, "公益 岗")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void repeatingASpellingForTheSameValueIsAllowed() {
        assertThat(Synonyms.<Integer>builder().add(1, "一", "一").build().lookup("一")).contains(1);
    }
}
