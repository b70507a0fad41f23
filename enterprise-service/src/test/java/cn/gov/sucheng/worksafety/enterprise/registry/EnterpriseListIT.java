package cn.gov.sucheng.worksafety.enterprise.registry;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static cn.gov.sucheng.worksafety.enterprise.registry.Registrations.enterprise;
import static cn.gov.sucheng.worksafety.enterprise.registry.Registrations.json;
import static cn.gov.sucheng.worksafety.enterprise.registry.Registrations.newCode;
import static cn.gov.sucheng.worksafety.enterprise.registry.Registrations.newTown;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list with its filters and search, and the lookup by credit code. Each test registers its enterprises
 * in a town of its own and filters by it, so other rows in the table do not matter.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.nacos.discovery.enabled=false", "spring.cloud.nacos.config.enabled=false",
        "spring.grpc.server.port=0" })
class EnterpriseListIT {

    @LocalServerPort
    int port;

    JsonHttp http;
    String town;

    @BeforeEach
    void setUp() {
        http = new JsonHttp("http://127.0.0.1:" + port);
        town = newTown();
    }

    String register(String code, String name, String area, String village, String grid) {
        Map<String, Object> body = enterprise(code, name, town, area);
        body.put("village", village);
        body.put("grid", grid);
        Answer created = http.post("/api/v1/enterprises", json(body));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    Answer list(String query) {
        return http.get("/api/v1/enterprises?town=" + enc(town) + query);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static List<String> names(Answer page) {
        List<String> names = new ArrayList<>();
        page.json().path("items").forEach(item -> names.add(item.path("name").asString()));
        return names;
    }

    @Test
    void listsByTownSortedByNameInPages() {
        register(newCode(), "丙化工", "HAZARDOUS_CHEMICALS", null, null);
        register(newCode(), "甲建材", "CONSTRUCTION", null, null);
        register(newCode(), "乙物流", "ROAD_TRANSPORT", null, null);

        Answer first = list("&size=2");
        Answer second = list("&size=2&page=1");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("total").asLong()).isEqualTo(3);
        assertThat(first.json().path("size").asInt()).isEqualTo(2);
        List<String> all = new ArrayList<>(names(first));
        all.addAll(names(second));
        assertThat(all).hasSize(3).isSorted();
        assertThat(second.json().path("page").asInt()).isEqualTo(1);
    }

    @Test
    void filtersByVillageGridIndustryAreaAndDepartment() {
        register(newCode(), "宏达化工", "HAZARDOUS_CHEMICALS", "双庄村", "网格1");
        register(newCode(), "宏达建设", "CONSTRUCTION", "双庄村", "网格2");
        // Sent with stray spaces (the ideographic one of Chinese input too): kept stripped, so still found.
        String gas = register(newCode(), "宏达燃气", "TOWN_GAS", " 罗圩村\u3000", "网格2 ");

        assertThat(http.get("/api/v1/enterprises/" + gas).json().path("village").asString()).isEqualTo("罗圩村");
        assertThat(names(list("&village=" + enc("罗圩村")))).containsExactly("宏达燃气");
        assertThat(names(list("&village=" + enc("双庄村")))).containsExactlyInAnyOrder("宏达化工", "宏达建设");
        assertThat(names(list("&grid=" + enc("网格2")))).containsExactlyInAnyOrder("宏达建设", "宏达燃气");
        assertThat(names(list("&industryArea=HAZARDOUS_CHEMICALS"))).containsExactly("宏达化工");
        // Construction and town gas are both supervised by the housing bureau.
        assertThat(names(list("&supervisingDepartment=" + enc("区住房和城乡建设局"))))
                .containsExactlyInAnyOrder("宏达建设", "宏达燃气");
        assertThat(names(list("&village=" + enc("双庄村") + "&grid=" + enc("网格2")))).containsExactly("宏达建设");
    }

    @Test
    void searchesNamesCaseInsensitivelyAndCodesByPrefix() {
        String code = newCode();
        register(code, "宿迁ABC新材料有限公司", "OTHER", null, null);
        register(newCode(), "宿迁恒安化工有限公司", "HAZARDOUS_CHEMICALS", null, null);

        assertThat(names(list("&q=abc"))).containsExactly("宿迁ABC新材料有限公司");
        assertThat(names(list("&q=" + enc("恒安")))).containsExactly("宿迁恒安化工有限公司");
        assertThat(names(list("&q=" + code.substring(0, 14).toLowerCase()))).containsExactly("宿迁ABC新材料有限公司");
        // A code fragment that is not its start finds nothing; wildcards are taken literally.
        assertThat(names(list("&q=" + code.substring(4, 14)))).isEmpty();
        assertThat(names(list("&q=" + enc("%")))).isEmpty();
    }

    @Test
    void leavesDeletedEnterprisesOut() {
        String id = register(newCode(), "已注销企业", "OTHER", null, null);
        register(newCode(), "在册企业", "OTHER", null, null);

        http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/enterprises/" + id)).DELETE());

        assertThat(names(list(""))).containsExactly("在册企业");
        assertThat(list("").json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void refusesBadListParametersNamingThem() {
        assertThat(list("&industryArea=MINING").invalidFields()).containsExactly("industryArea");
        assertThat(list("&size=0").invalidFields()).containsExactly("size");
        assertThat(list("&page=-1").invalidFields()).containsExactly("page");
        assertThat(list("&q=" + "a".repeat(101)).invalidFields()).containsExactly("q");
    }

    @Test
    void looksUpByCreditCode() {
        String code = newCode();
        String id = register(code, "宿迁市宏达木业有限公司", "METALLURGY_INDUSTRY_TRADE", null, null);

        Answer found = http.get("/api/v1/enterprises/by-credit-code/" + code.toLowerCase());

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().path("id").asString()).isEqualTo(id);
        assertThat(found.header("ETag")).isEqualTo("\"0\"");
        assertThat(http.get("/api/v1/enterprises/by-credit-code/" + newCode()).status()).isEqualTo(404);
        Answer malformed = http.get("/api/v1/enterprises/by-credit-code/91A21302");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.invalidFields()).containsExactly("creditCode");
    }

    @Test
    void anAnswerThatFitsTheBufferCarriesItsLengthAndALargerPageStillArrivesWhole() {
        String id = null;
        for (int i = 0; i < 30; i++) {
            id = register(newCode(), "宿迁市宿城区第" + i + "号安全生产示范企业有限公司", "HAZARDOUS_CHEMICALS", "示范村", "第一网格");
        }

        Answer one = http.get("/api/v1/enterprises/" + id);
        Answer page = list("&size=30");

        assertThat(one.status()).isEqualTo(200);
        assertThat(one.header("Transfer-Encoding")).isNull();
        assertThat(one.header("Content-Length"))
                .isEqualTo(String.valueOf(one.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(8192);
        assertThat(names(page)).hasSize(30);
    }
}
