package cn.gov.sucheng.worksafety.enterprise.registry.application;

import cn.gov.sucheng.worksafety.enterprise.registry.model.IndustryArea;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The current industry area → department mapping, bound afresh whenever the environment changes (a
 * Nacos refresh publishes an {@link EnvironmentChangeEvent}), so a reorganisation takes effect for new
 * registrations without a restart. Bound by hand rather than as a {@code @ConfigurationProperties} bean
 * because Spring Cloud rebinds only mutable beans in place, and an in-place rebind of a map would keep
 * entries that were removed from the configuration.
 */
@Component
public class SupervisingDepartmentMapping {

    static final String PREFIX = "worksafety.enterprise.supervising-departments";

    private static final Logger log = LoggerFactory.getLogger(SupervisingDepartmentMapping.class);

    private final Environment environment;
    private volatile SupervisingDepartments current;

    public SupervisingDepartmentMapping(Environment environment) {
        this.environment = environment;
        this.current = bind();
    }

    public String departmentOf(IndustryArea area) {
        return current.of(area);
    }

    @EventListener(EnvironmentChangeEvent.class)
    void rebind() {
        try {
            current = bind();
        }
        catch (BindException ex) {
            // A broken edit in Nacos must not stop registrations: keep supervising by the last good mapping.
            log.error("supervising-department mapping not refreshed, keeping the previous one: {}", ex.getMessage());
        }
    }

    private SupervisingDepartments bind() {
        return Binder.get(environment).bindOrCreate(PREFIX, SupervisingDepartments.class);
    }
}
