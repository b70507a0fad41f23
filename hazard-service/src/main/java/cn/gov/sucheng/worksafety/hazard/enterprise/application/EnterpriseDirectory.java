package cn.gov.sucheng.worksafety.hazard.enterprise.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.security.TownScope;

/** What hazard-service asks the enterprise registry. */
public interface EnterpriseDirectory {

    /**
     * The registered enterprise, or empty if the registry has none with this id.
     * @throws cn.gov.sucheng.worksafety.platform.domain.DependencyUnavailableException when the registry cannot be asked
     */
    Optional<EnterpriseFacts> find(UUID enterpriseId);

    /** The registered ones among {@code ids}, in one call; ids the registry does not know are left out. */
    Map<UUID, EnterpriseFacts> findAll(Collection<UUID> ids);

    /**
     * The enterprise as the caller may record against it: a town-level caller's data scope leaves another town's
     * out, so that it is answered as not registered, as the registry answers such a caller.
     */
    default Optional<EnterpriseFacts> findInScope(UUID enterpriseId) {
        return find(enterpriseId).filter(e -> TownScope.allows(e.town()));
    }

    /** {@link #findAll} within the caller's data scope, as {@link #findInScope}. */
    default Map<UUID, EnterpriseFacts> findAllInScope(Collection<UUID> ids) {
        Map<UUID, EnterpriseFacts> found = new HashMap<>(findAll(ids));
        found.values().removeIf(e -> !TownScope.allows(e.town()));
        return found;
    }

    /** @param industryArea the registry's industry area (e.g. HAZARDOUS_CHEMICALS) */
    record EnterpriseFacts(UUID id, String name, String town, String industryArea, String supervisingDepartment) {
    }
}
