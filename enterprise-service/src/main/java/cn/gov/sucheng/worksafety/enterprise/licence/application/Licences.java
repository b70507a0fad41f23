package cn.gov.sucheng.worksafety.enterprise.licence.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.licence.model.Licence;
import cn.gov.sucheng.worksafety.enterprise.licence.model.LicenceEvent;
import cn.gov.sucheng.worksafety.enterprise.licence.model.LicenceTerms;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;

/** Where licences and their history are kept. */
public interface Licences {

    /** Stores a new licence; fails with {@link DuplicateLicenceNumberException} if its number is taken. */
    void add(Licence licence);

    Optional<Licence> byId(UUID id);

    /** The licence, locked until the transaction ends so that two actions on it cannot interleave. */
    Optional<Licence> lockById(UUID id);

    /** Stores the new standing, expiry, version and update time of a licence. */
    void update(Licence licence);

    /** The licences matching {@code query} on {@code today}, soonest expiry first. */
    Page<Licence> find(LicenceQuery query, LocalDate today, LicenceTerms terms, PageRequest page);

    /** Every licence of one enterprise, the latest issued first. */
    List<Licence> ofEnterprise(UUID enterpriseId);

    void record(LicenceEvent event);

    /** A licence's history, oldest first. */
    Page<LicenceEvent> events(UUID licenceId, PageRequest page);
}
