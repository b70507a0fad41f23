package cn.gov.sucheng.worksafety.hazard.enterprise.application;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What hazard-service asks the enterprise registry. */
public interface EnterpriseDirectory {

    /**
     * The registered enterprise, or empty if the registry has none with this id.
     * @throws cn.gov.sucheng.worksafety.platform.domain.DependencyUnavailableException when the registry cannot be asked
     */
    Optional<EnterpriseFacts> find(UUID enterpriseId);

    /** The registered ones among {@code ids}, in one call; ids the registry does not know are left out. */
    Map<UUID, EnterpriseFacts> findAll(Collection<UUID> ids);

    /** @param industryArea the registry's industry area (e.g. HAZARDOUS_CHEMICALS) */
    record EnterpriseFacts(UUID id, String name, String town, String industryArea, String supervisingDepartment) {
    }
}
