package cn.gov.sucheng.worksafety.enterprise;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The enterprise registry: who is supervised, where, in which industry, by which department. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EnterpriseServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(EnterpriseServiceApplication.class, args);
    }
}
