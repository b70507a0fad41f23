package cn.gov.sucheng.worksafety.enterprise.majorhazard.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.registry.application.EnterpriseRegistry;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.HazardousSubstance;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.MajorHazardSource;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.SourceChiefs;
import cn.gov.sucheng.worksafety.platform.domain.NotFoundException;
import cn.gov.sucheng.worksafety.platform.domain.StaleVersionException;
import cn.gov.sucheng.worksafety.platform.domain.UnprocessableException;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers the major hazard sources (重大危险源) of enterprises, keeps them current and takes them off. */
@Service
public class MajorHazardSourceRegister {

    private final MajorHazardSources sources;
    private final EnterpriseRegistry enterprises;
    private final Clock clock;

    public MajorHazardSourceRegister(MajorHazardSources sources, EnterpriseRegistry enterprises, Clock clock) {
        this.sources = sources;
        this.enterprises = enterprises;
        this.clock = clock;
    }

    /** Registers a source; 422 when the enterprise does not exist. */
    @Transactional
    public MajorHazardSource register(UUID enterpriseId, String name, List<HazardousSubstance> substances,
            BigDecimal exposureCorrection, SourceChiefs chiefs) {
        MajorHazardSource source = MajorHazardSource.register(enterpriseId, name, substances, exposureCorrection,
                chiefs, OffsetDateTime.now(clock));
        if (!enterprises.isRegistered(enterpriseId)) {
            throw new UnprocessableException("enterprise " + enterpriseId + " does not exist");
        }
        sources.add(source);
        return source;
    }

    @Transactional(readOnly = true)
    public MajorHazardSource get(UUID id) {
        return sources.byId(id).orElseThrow(() -> new NotFoundException("major hazard source", id));
    }

    @Transactional(readOnly = true)
    public Page<MajorHazardSource> list(SourceFilter filter, PageRequest page) {
        return sources.list(filter, page);
    }

    @Transactional
    public MajorHazardSource changeSubstances(UUID id, List<HazardousSubstance> substances,
            BigDecimal exposureCorrection, long version) {
        return store(get(id).changeSubstances(substances, exposureCorrection, version, OffsetDateTime.now(clock)),
                version);
    }

    @Transactional
    public MajorHazardSource changeChiefs(UUID id, SourceChiefs chiefs, long version) {
        return store(get(id).changeChiefs(chiefs, version, OffsetDateTime.now(clock)), version);
    }

    /**
     * Takes a source off the register (核销); 409 when it is off already.
     *
     * @param basedOn the version the change is based on (If-Match), or null to take off the current one
     */
    @Transactional
    public MajorHazardSource deregister(UUID id, Long basedOn, String actor, String reason) {
        MajorHazardSource current = get(id);
        long from = basedOn == null ? current.version() : basedOn;
        if (current.version() != from) {
            throw new StaleVersionException("major hazard source", id, from, current.version());
        }
        return store(current.deregister(actor, reason, OffsetDateTime.now(clock)), from);
    }

    /** The registered sources of an enterprise, for its profile (一企一档). */
    @Transactional(readOnly = true)
    public List<MajorHazardSource> sourcesOf(UUID enterpriseId) {
        return sources.registeredOf(enterpriseId);
    }

    // The domain refuses a stale version it can see; the conditional write catches one that changed since the read.
    private MajorHazardSource store(MajorHazardSource changed, long fromVersion) {
        if (!sources.replace(changed, fromVersion)) {
            long current = sources.byId(changed.id()).map(MajorHazardSource::version).orElseThrow();
            throw new StaleVersionException("major hazard source", changed.id(), fromVersion, current);
        }
        return changed;
    }
}
