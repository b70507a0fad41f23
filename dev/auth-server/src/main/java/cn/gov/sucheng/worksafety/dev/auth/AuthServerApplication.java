package cn.gov.sucheng.worksafety.dev.auth;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * The local stand-in for the district's identity provider: Spring Authorization Server issuing JWT access
 * tokens to calling systems by OAuth2 client credentials. Clients, their bcrypt-hashed secrets and scopes are
 * Spring Boot's {@code spring.security.oauth2.authorizationserver.client.*} properties (application.yml);
 * a town-level client's town rides in the token as the {@code town} claim.
 */
@SpringBootApplication
@EnableConfigurationProperties(AuthServerApplication.Towns.class)
public class AuthServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(AuthServerApplication.class, args);
    }

    /** {@code worksafety.auth.towns.<client id>=<town>}: the data scope of town-level clients. */
    @ConfigurationProperties("worksafety.auth")
    public record Towns(Map<String, String> towns) {

        public Towns {
            towns = towns == null ? Map.of() : Map.copyOf(towns);
        }
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> townClaim(Towns towns) {
        return context -> {
            if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                String town = towns.towns().get(context.getRegisteredClient().getClientId());
                if (town != null) {
                    context.getClaims().claim("town", town);
                }
            }
        };
    }
}
