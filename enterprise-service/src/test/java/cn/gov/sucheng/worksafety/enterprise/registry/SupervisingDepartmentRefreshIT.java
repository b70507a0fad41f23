package cn.gov.sucheng.worksafety.enterprise.registry;

import java.util.Map;

import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.context.refresh.ContextRefresher;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import static cn.gov.sucheng.worksafety.enterprise.registry.Registrations.enterprise;
import static cn.gov.sucheng.worksafety.enterprise.registry.Registrations.json;
import static cn.gov.sucheng.worksafety.enterprise.registry.Registrations.newCode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The industry area → department mapping follows a configuration refresh without a restart: what a Nacos
 * change does (a new property source, then {@link ContextRefresher#refresh()}), done here by hand.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.nacos.discovery.enabled=false", "spring.cloud.nacos.config.enabled=false",
        "spring.grpc.server.port=0" })
class SupervisingDepartmentRefreshIT {

    static final String CHEMICALS = "worksafety.enterprise.supervising-departments.by-industry-area.HAZARDOUS_CHEMICALS";

    @LocalServerPort
    int port;

    @Autowired
    ConfigurableEnvironment environment;

    @Autowired
    ContextRefresher refresher;

    Answer register() {
        JsonHttp http = new JsonHttp("http://127.0.0.1:" + port);
        return http.post("/api/v1/enterprises", json(enterprise(newCode(), "宿迁市恒安化工有限公司", "耿车镇",
                "HAZARDOUS_CHEMICALS")));
    }

    @Test
    void aChangedMappingAppliesToNewRegistrationsWhileExistingEnterprisesKeepTheirDepartment() {
        Answer before = register();
        assertThat(before.json().path("supervisingDepartment").asString()).isEqualTo("区应急管理局");

        environment.getPropertySources().addFirst(new MapPropertySource("edited-in-nacos",
                Map.of(CHEMICALS, "区危险化学品安全监管局")));
        try {
            refresher.refresh();

            assertThat(register().json().path("supervisingDepartment").asString()).isEqualTo("区危险化学品安全监管局");
            JsonHttp http = new JsonHttp("http://127.0.0.1:" + port);
            assertThat(http.get("/api/v1/enterprises/" + before.json().path("id").asString()).json()
                    .path("supervisingDepartment").asString()).isEqualTo("区应急管理局");
        }
        finally {
            environment.getPropertySources().remove("edited-in-nacos");
            refresher.refresh();
        }
        assertThat(register().json().path("supervisingDepartment").asString()).isEqualTo("区应急管理局");
    }

    @Test
    void keepsTheLastGoodMappingWhenAnEditCannotBeRead() {
        environment.getPropertySources().addFirst(new MapPropertySource("broken-in-nacos",
                Map.of("worksafety.enterprise.supervising-departments.by-industry-area.MINING", "区矿山安全局")));
        try {
            refresher.refresh();

            assertThat(register().json().path("supervisingDepartment").asString()).isEqualTo("区应急管理局");
        }
        finally {
            environment.getPropertySources().remove("broken-in-nacos");
            refresher.refresh();
        }
    }
}
