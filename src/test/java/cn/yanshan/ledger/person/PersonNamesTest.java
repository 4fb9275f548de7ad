package cn.yanshan.ledger.person;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNamesTest {

    @ParameterizedTest
    @CsvSource({
            "张三, 三, zs, s",
            "王选良, 选良, wxl, xl",
            "曾小乐, 小乐, zxl, xl",
            "单长春, 长春, scc, cc",
            "欧阳明, 明, oym, m",
            "李, 李, l, l",
    })
    void givenNameAndInitials(String name, String given, String initials, String givenInitials) {
        assertThat(PersonNames.givenName(name)).isEqualTo(given);
        assertThat(PersonNames.initials(name)).isEqualTo(initials);
        assertThat(PersonNames.givenInitials(name)).isEqualTo(givenInitials);
    }

    @ParameterizedTest
    @CsvSource({"' 张 三 ', 张三", "阿依古丽•买买提, 阿依古丽·买买提"})
    void cleanRemovesSpacesAndUnifiesTheMiddleDot(String raw, String clean) {
        assertThat(PersonNames.clean(raw)).isEqualTo(clean);
    }
}
