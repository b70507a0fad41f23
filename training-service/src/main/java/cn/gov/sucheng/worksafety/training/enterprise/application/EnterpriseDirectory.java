package cn.gov.sucheng.worksafety.training.enterprise.application;

import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.security.TownScope;

/** The registry of enterprises (enterprise-service), as far as training needs it. */
public interface EnterpriseDirectory {

    /**
     * The enterprise, or empty when the registry does not know it; throws
     * {@code DependencyUnavailableException} when the registry cannot answer.
     */
    Optional<EnterpriseFacts> find(UUID enterpriseId);

    /**
     * The enterprise as the caller may record against it: a town-level caller's data scope leaves another town's
     * out, so that it is answered as not there, as the registry answers such a caller.
     */
    default Optional<EnterpriseFacts> findInScope(UUID enterpriseId) {
        return find(enterpriseId).filter(e -> TownScope.allows(e.town()));
    }

    /** @param industryArea the registry's industry area name, e.g. {@code HAZARDOUS_CHEMICALS} */
    record EnterpriseFacts(UUID id, String name, String town, String industryArea) {
    }
}
