package cn.gov.sucheng.worksafety.enterprise.registry.application;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.registry.model.CreditCode;
import cn.gov.sucheng.worksafety.enterprise.registry.model.Enterprise;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;

/** Where registered enterprises are kept. Deleted enterprises are kept too, but no method returns them. */
public interface Enterprises {

    /**
     * Stores a new enterprise, and the record of its code-check override if it has one; fails with
     * {@link DuplicateCreditCodeException} if a live enterprise has its code.
     */
    void add(Enterprise enterprise);

    Optional<Enterprise> byId(UUID id);

    /** The live enterprise, locked until the transaction ends so that changes of it run one after the other. */
    Optional<Enterprise> lockById(UUID id);

    /** Whether a live (not deleted) enterprise has this id. */
    boolean exists(UUID id);

    List<Enterprise> byIds(Collection<UUID> ids);

    Optional<Enterprise> byCreditCode(CreditCode code);

    /** The current version of a live enterprise, or empty when there is none with this id. */
    OptionalLong versionOf(UUID id);

    /** Stores {@code revised} if the stored one is still at {@code basedOn}; false when it is not (or gone). */
    boolean update(Enterprise revised, long basedOn);

    /**
     * Marks a live enterprise deleted, if it is at {@code basedOn} (any version when null); false when
     * there is no such live enterprise.
     */
    boolean delete(UUID id, Long basedOn, OffsetDateTime now);

    /** One page of the live enterprises that match, sorted by name. */
    Page<Enterprise> list(EnterpriseFilter filter, PageRequest page);

    /** Up to {@code limit} live enterprises that match, in id order, with ids after {@code after} (from the start when null). */
    List<Enterprise> idOrdered(EnterpriseFilter filter, UUID after, int limit);

    long count(EnterpriseFilter filter);

    /** Every live enterprise with coordinates that matches, sorted by name. */
    List<Enterprise> located(EnterpriseFilter filter);
}
