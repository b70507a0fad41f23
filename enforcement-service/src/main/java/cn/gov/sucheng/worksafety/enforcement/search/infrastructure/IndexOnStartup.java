package cn.gov.sucheng.worksafety.enforcement.search.infrastructure;

import cn.gov.sucheng.worksafety.enforcement.search.application.ReportIndex;
import cn.gov.sucheng.worksafety.platform.domain.DependencyUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the report index and its alias on start-up when missing. The service starts also without
 * Elasticsearch (its siblings never hold it up): the first indexing after it is back creates them.
 */
@Component
class IndexOnStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexOnStartup.class);

    private final ReportIndex index;

    IndexOnStartup(ReportIndex index) {
        this.index = index;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            if (index.ensureExists()) {
                log.info("created the inspection report index and its alias");
            }
        }
        catch (DependencyUnavailableException ex) {
            log.warn("the report index could not be checked at start-up; indexing creates it later: {}", ex.getMessage());
        }
    }
}
