package cn.gov.sucheng.worksafety.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds the suite's shared defaults (discovery, actuator exposure, log pattern, gRPC health) with the
 * lowest precedence, so each service's own configuration, the environment and Nacos all override them.
 */
public class PlatformDefaultsPostProcessor implements EnvironmentPostProcessor {

    static final String RESOURCE = "worksafety-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource("worksafetyDefaults",
                    new ClassPathResource(RESOURCE, PlatformDefaultsPostProcessor.class.getClassLoader())));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
