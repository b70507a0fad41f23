package cn.gov.sucheng.worksafety.enterprise.credit.application;

import java.util.UUID;

/** Whether the registry knows an enterprise, asked without reaching into the registry's code. */
public interface KnownEnterprises {

    /** True for a registered enterprise that is not deleted. */
    boolean exists(UUID enterpriseId);
}
