package cn.gov.sucheng.worksafety.platform.grpc;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GrpcCallLogTest {

    @Test
    void aCallsDurationIsWrittenInMillisecondsWithOneDecimalRounded() {
        assertThat(GrpcCallLog.millis(0)).isEqualTo("0.0");
        assertThat(GrpcCallLog.millis(49_999)).isEqualTo("0.0");
        assertThat(GrpcCallLog.millis(50_000)).isEqualTo("0.1");
        assertThat(GrpcCallLog.millis(5_640_000)).isEqualTo("5.6");
        assertThat(GrpcCallLog.millis(9_960_000)).isEqualTo("10.0");
        assertThat(GrpcCallLog.millis(1_234_567_890)).isEqualTo("1234.6");
    }
}
