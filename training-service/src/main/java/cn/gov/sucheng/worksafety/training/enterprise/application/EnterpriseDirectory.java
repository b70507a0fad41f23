package cn.gov.sucheng.worksafety.training.enterprise.application;

import java.util.Optional;
import java.util.UUID;

/** The registry of enterprises (enterprise-service), as far as training needs it. */
public interface EnterpriseDirectory {

    /**
     * The enterprise, or empty when the registry does not know it; throws
     * {@code DependencyUnavailableException} when the registry cannot answer.
     */
    Optional<EnterpriseFacts> find(UUID enterpriseId);

    /** @param industryArea the registry's industry area name, e.g. {@code HAZARDOUS_CHEMICALS} */
    record EnterpriseFacts(UUID id, String name, String town, String industryArea) {
    }
}
