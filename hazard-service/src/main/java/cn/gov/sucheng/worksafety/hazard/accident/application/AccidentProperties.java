package cn.gov.sucheng.worksafety.hazard.accident.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param reportingLimit how soon after an accident the unit must report it; later is flagged as a late report */
@ConfigurationProperties("worksafety.hazard.accident")
public record AccidentProperties(@DefaultValue("PT1H") Duration reportingLimit) {
}
