package cn.yanshan.ledger.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckTest {

    @Test
    void okCheckHasValueAndNoErrors() {
        Check<String> check = Check.ok("a");

        assertThat(check.isValid()).isTrue();
        assertThat(check.toOptional()).contains("a");
        assertThat(check.errors()).isEmpty();
    }

    @Test
    void warningsDoNotPreventAValue() {
        Check<String> check = Check.ok("a").withWarning("请核对");

        assertThat(check.isValid()).isTrue();
        assertThat(check.hasWarnings()).isTrue();
        assertThat(check.warnings()).extracting(Problem::message).containsExactly("请核对");
    }

    @Test
    void failedCheckHasNoValueAndThrowsWithItsMessages() {
        Check<String> check = Check.failed(List.of(Problem.error("错一"), Problem.warning("提醒"), Problem.error("错二")));

        assertThat(check.isValid()).isFalse();
        assertThat(check.errors()).extracting(Problem::message).containsExactly("错一", "错二");
        assertThatThrownBy(check::orElseThrow).isInstanceOf(IllegalArgumentException.class).hasMessage("错一 错二");
    }

    @Test
    void checkWithoutValueMustCarryAnError() {
        assertThatThrownBy(() -> Check.failed(List.of(Problem.warning("只是提醒"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void checkWithErrorMustNotCarryAValue() {
        assertThatThrownBy(() -> new Check<>("a", List.of(Problem.error("错"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mapKeepsProblems() {
        Check<Integer> check = Check.ok("abc").withWarning("提醒").map(String::length);

        assertThat(check.value()).isEqualTo(3);
        assertThat(check.problems()).containsExactly(Problem.warning("提醒"));
    }
}
