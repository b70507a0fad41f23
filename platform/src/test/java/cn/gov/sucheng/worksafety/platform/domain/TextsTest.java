package cn.gov.sucheng.worksafety.platform.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {

    @Test
    void blankTextIsNotGivenAndGivenTextLosesItsSurroundingWhiteSpaceChineseSpacesIncluded() {
        assertThat(Texts.given(null)).isNull();
        assertThat(Texts.given("")).isNull();
        assertThat(Texts.given(" \t\n")).isNull();
        assertThat(Texts.given("\u3000")).isNull();
        assertThat(Texts.given("  耿车镇 ")).isEqualTo("耿车镇");
        assertThat(Texts.given("\u3000耿车镇\u3000")).isEqualTo("耿车镇");
        assertThat(Texts.given("宿城区 应急管理局")).isEqualTo("宿城区 应急管理局");
    }
}
