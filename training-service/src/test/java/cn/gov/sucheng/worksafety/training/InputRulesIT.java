package cn.gov.sucheng.worksafety.training;

import cn.gov.sucheng.worksafety.platform.testing.InputRulesContract;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** NUL characters and far-off dates in every body and query parameter of training-service answer 400. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.nacos.discovery.enabled=false", "spring.grpc.server.port=0" })
class InputRulesIT extends InputRulesContract {
}
