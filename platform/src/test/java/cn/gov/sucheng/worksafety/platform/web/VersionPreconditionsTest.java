package cn.gov.sucheng.worksafety.platform.web;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionPreconditionsTest {

    @Test
    void readsTheVersionFromAStrongETag() {
        assertThat(VersionPreconditions.ifMatch("\"3\"")).isEqualTo(3L);
        assertThat(VersionPreconditions.ifMatch(" \"0\" ")).isZero();
        assertThat(VersionPreconditions.ifMatch(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "*", "W/\"3\"", "3", "\"3\", \"4\"", "\"x\"" })
    void refusesWhatIsNotOneStrongETagNamingTheHeader(String header) {
        assertThatThrownBy(() -> VersionPreconditions.ifMatch(header))
                .isInstanceOfSatisfying(InvalidException.class, ex -> assertThat(ex.field()).isEqualTo("If-Match"));
    }

    @Test
    void basesTheUpdateOnWhicheverVersionIsGiven() {
        assertThat(VersionPreconditions.basedOn(3L, null)).isEqualTo(3);
        assertThat(VersionPreconditions.basedOn(null, 4L)).isEqualTo(4);
        assertThat(VersionPreconditions.basedOn(5L, 5L)).isEqualTo(5);
    }

    @Test
    void wantsAVersionAndRefusesTwoThatDisagree() {
        assertThatThrownBy(() -> VersionPreconditions.basedOn(null, null))
                .isInstanceOfSatisfying(InvalidException.class, ex -> assertThat(ex.field()).isEqualTo("version"));
        assertThatThrownBy(() -> VersionPreconditions.basedOn(3L, 4L))
                .isInstanceOfSatisfying(InvalidException.class, ex -> assertThat(ex.field()).isEqualTo("version"));
    }
}
