package cn.gov.sucheng.worksafety.platform.testing;

import java.util.List;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ClassUtils;

/**
 * Makes every Spring test context trust the test issuer ({@link TestTokens}) instead of the suite's real
 * one: its JWT decoders take the place of Spring Boot's (which back off when a decoder exists). Registered
 * in this test-jar's META-INF/spring.factories, so a service's tests need nothing of their own.
 */
class TestIssuerContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        return new TestIssuer();
    }

    private static final class TestIssuer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            if (context.getBeanFactory() instanceof BeanDefinitionRegistry registry) {
                RootBeanDefinition servlet = new RootBeanDefinition(JwtDecoder.class,
                        () -> NimbusJwtDecoder.withPublicKey(TestTokens.publicKey()).build());
                registry.registerBeanDefinition("testIssuerJwtDecoder", servlet);
                if (ClassUtils.isPresent("reactor.core.publisher.Mono", context.getClassLoader())) {
                    RootBeanDefinition reactive = new RootBeanDefinition(ReactiveJwtDecoder.class,
                            () -> NimbusReactiveJwtDecoder.withPublicKey(TestTokens.publicKey()).build());
                    registry.registerBeanDefinition("testIssuerReactiveJwtDecoder", reactive);
                }
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestIssuer;
        }

        @Override
        public int hashCode() {
            return TestIssuer.class.hashCode();
        }
    }
}
