package cn.gov.sucheng.worksafety.platform.security;

import java.time.Instant;
import java.util.Map;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TownScopeTest {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    static void callerOf(String town) {
        Jwt.Builder token = Jwt.withTokenValue("t").header("alg", "RS256").subject("client")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        if (town != null) {
            token.claims(claims -> claims.putAll(Map.of(TownScope.CLAIM, town)));
        }
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(token.build()));
    }

    @Test
    void aDistrictCallerWritesForTheTownItNamesOrNone() {
        callerOf(null);

        assertThat(TownScope.townFor("埠子镇", "town")).isEqualTo("埠子镇");
        assertThat(TownScope.townFor(null, "town")).isNull();
    }

    @Test
    void aTownCallerWritesForItsOwnTownWhetherItNamesItOrNot() {
        callerOf("耿车镇");

        assertThat(TownScope.townFor("耿车镇", "town")).isEqualTo("耿车镇");
        assertThat(TownScope.townFor(null, "town")).isEqualTo("耿车镇");
    }

    @Test
    void aTownCallerNamingAnotherTownIsRefusedNamingTheField() {
        callerOf("耿车镇");

        InvalidException refused = catchThrowableOfType(InvalidException.class,
                () -> TownScope.townFor("埠子镇", "town"));

        assertThat(refused.field()).isEqualTo("town");
        assertThat(refused).hasMessageContaining("耿车镇");
    }

    @Test
    void internalWorkWithoutACallerWritesForTheTownItNames() {
        assertThat(TownScope.townFor("埠子镇", "town")).isEqualTo("埠子镇");
    }
}
