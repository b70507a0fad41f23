package cn.gov.sucheng.worksafety.enterprise.registry.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.registry.model.Enterprise;

/** Where registered enterprises are kept. */
public interface Enterprises {

    /** Stores a new enterprise; fails with {@link DuplicateCreditCodeException} if its code is taken. */
    void add(Enterprise enterprise);

    Optional<Enterprise> byId(UUID id);

    List<Enterprise> byIds(Collection<UUID> ids);
}
