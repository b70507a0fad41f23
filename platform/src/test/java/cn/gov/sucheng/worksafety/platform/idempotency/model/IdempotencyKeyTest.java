package cn.gov.sucheng.worksafety.platform.idempotency.model;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotencyKeyTest {

    @Test
    void acceptsABareKeyAndTheQuotedStructuredFieldString() {
        assertThat(IdempotencyKey.parse("8e03978e-40d5-43e8-bc93-6894a57f9324").value())
                .isEqualTo("8e03978e-40d5-43e8-bc93-6894a57f9324");
        assertThat(IdempotencyKey.parse("\"8e03978e-40d5-43e8-bc93-6894a57f9324\"").value())
                .isEqualTo("8e03978e-40d5-43e8-bc93-6894a57f9324");
        assertThat(IdempotencyKey.parse("\"say \\\"hi\\\" \\\\ bye\"").value()).isEqualTo("say \"hi\" \\ bye");
        assertThat(IdempotencyKey.parse(" order 17 ").value()).isEqualTo("order 17");
    }

    @Test
    void acceptsUpTo255Characters() {
        assertThat(IdempotencyKey.parse("k".repeat(255)).value()).hasSize(255);
        assertRefused("k".repeat(256), "at most 255");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   ", "\"\"" })
    void refusesAnEmptyKey(String header) {
        assertRefused(header, "must not be empty");
    }

    @ParameterizedTest
    @ValueSource(strings = { "订单-17", "tab\there", "bell\u0007", "del\u007f" })
    void refusesWhatIsNotPrintableAscii(String header) {
        assertRefused(header, "printable ASCII");
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"open", "a\"b", "\"a\"b\"", "\"back\\slash\"" })
    void refusesBrokenQuoting(String header) {
        assertThatThrownBy(() -> IdempotencyKey.parse(header)).isInstanceOf(InvalidException.class);
    }

    static void assertRefused(String header, String message) {
        assertThatThrownBy(() -> IdempotencyKey.parse(header))
                .isInstanceOfSatisfying(InvalidException.class, ex -> {
                    assertThat(ex.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("Idempotency-Key");
                        assertThat(v.message()).contains(message);
                    });
                });
    }
}
