package cn.gov.sucheng.worksafety.hazard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Hazards (事故隐患) from report to close-out, major-hazard supervision, risk reports and accidents. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class HazardServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(HazardServiceApplication.class, args);
    }
}
