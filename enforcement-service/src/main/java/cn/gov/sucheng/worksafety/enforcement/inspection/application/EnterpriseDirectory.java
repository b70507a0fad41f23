package cn.gov.sucheng.worksafety.enforcement.inspection.application;

import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.inspection.model.EnterpriseFacts;
import cn.gov.sucheng.worksafety.platform.security.TownScope;

/**
 * The enterprise registry as enforcement sees it. Empty means the registry does not know the enterprise; a
 * registry that cannot answer throws {@code DependencyUnavailableException}.
 */
public interface EnterpriseDirectory {

    Optional<EnterpriseFacts> find(UUID enterpriseId);

    /**
     * The enterprise as the caller may act on it: a town-level caller's data scope leaves another town's out, so
     * that it is answered as not registered, as the registry answers such a caller.
     */
    default Optional<EnterpriseFacts> findInScope(UUID enterpriseId) {
        return find(enterpriseId).filter(e -> TownScope.allows(e.town()));
    }
}
