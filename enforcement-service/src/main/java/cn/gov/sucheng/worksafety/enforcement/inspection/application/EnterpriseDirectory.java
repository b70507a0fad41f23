package cn.gov.sucheng.worksafety.enforcement.inspection.application;

import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.inspection.model.EnterpriseFacts;

/**
 * The enterprise registry as enforcement sees it. Empty means the registry does not know the enterprise; a
 * registry that cannot answer throws {@code DependencyUnavailableException}.
 */
public interface EnterpriseDirectory {

    Optional<EnterpriseFacts> find(UUID enterpriseId);
}
