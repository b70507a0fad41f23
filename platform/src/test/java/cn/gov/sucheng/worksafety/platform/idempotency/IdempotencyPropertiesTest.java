package cn.gov.sucheng.worksafety.platform.idempotency;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotencyPropertiesTest {

    static IdempotencyProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("worksafety.idempotency", IdempotencyProperties.class);
    }

    @Test
    void keepsKeysForADayByDefault() {
        IdempotencyProperties defaults = bind(Map.of());

        assertThat(defaults.enabled()).isTrue();
        assertThat(defaults.retention()).isEqualTo(Duration.ofHours(24));
        assertThat(defaults.purgeInterval()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void takesTheRetentionFromConfiguration() {
        assertThat(bind(Map.of("worksafety.idempotency.retention", "72h")).retention()).isEqualTo(Duration.ofDays(3));
    }

    @Test
    void refusesANonPositiveRetention() {
        assertThatThrownBy(() -> bind(Map.of("worksafety.idempotency.retention", "0s")))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }
}
