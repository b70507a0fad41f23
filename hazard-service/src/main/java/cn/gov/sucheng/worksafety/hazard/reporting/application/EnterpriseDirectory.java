package cn.gov.sucheng.worksafety.hazard.reporting.application;

import java.util.Optional;
import java.util.UUID;

/** What hazard-service asks the enterprise registry. */
public interface EnterpriseDirectory {

    /**
     * The registered enterprise, or empty if the registry has none with this id.
     * @throws cn.gov.sucheng.worksafety.platform.domain.DependencyUnavailableException when the registry cannot be asked
     */
    Optional<EnterpriseFacts> find(UUID enterpriseId);

    record EnterpriseFacts(UUID id, String name, String town, String supervisingDepartment) {
    }
}
