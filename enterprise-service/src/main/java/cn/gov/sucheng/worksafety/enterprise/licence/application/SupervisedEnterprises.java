package cn.gov.sucheng.worksafety.enterprise.licence.application;

import java.util.UUID;

/** The registry as licensing sees it: only whether an enterprise is there to hold a licence. */
public interface SupervisedEnterprises {

    /** Whether a live (not deleted) enterprise has this id. */
    boolean exists(UUID enterpriseId);
}
