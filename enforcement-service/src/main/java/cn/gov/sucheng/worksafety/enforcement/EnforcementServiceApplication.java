package cn.gov.sucheng.worksafety.enforcement;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Inspection plans and auditable random draws (双随机), inspections and their reports, cases, discretion-based penalties (自由裁量) and the enforcement trail (执法全过程记录). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EnforcementServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(EnforcementServiceApplication.class, args);
    }
}
