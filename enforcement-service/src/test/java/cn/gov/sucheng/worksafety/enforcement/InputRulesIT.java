package cn.gov.sucheng.worksafety.enforcement;

import cn.gov.sucheng.worksafety.platform.testing.InputRulesContract;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** NUL characters and far-off dates in every body and query parameter of enforcement-service answer 400. */
@ServiceIT
class InputRulesIT extends InputRulesContract {

    @DynamicPropertySource
    static void siblings(DynamicPropertyRegistry registry) {
        FakeSiblings.register(registry);
    }
}
