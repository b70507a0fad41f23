package cn.gov.sucheng.worksafety.hazard.accident.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.gov.sucheng.worksafety.hazard.accident.model.Accident;
import cn.gov.sucheng.worksafety.hazard.accident.model.Investigation;
import cn.gov.sucheng.worksafety.hazard.accident.model.NewAccident;
import cn.gov.sucheng.worksafety.hazard.enterprise.application.EnterpriseDirectory;
import cn.gov.sucheng.worksafety.hazard.enterprise.application.EnterpriseDirectory.EnterpriseFacts;
import cn.gov.sucheng.worksafety.platform.domain.AlreadyExistsException;
import cn.gov.sucheng.worksafety.platform.domain.NotFoundException;
import cn.gov.sucheng.worksafety.platform.domain.StaleVersionException;
import cn.gov.sucheng.worksafety.platform.domain.UnprocessableException;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.security.TownScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accidents and near misses: recorded (the enterprise, when named, must be registered) and investigated. */
@Service
public class AccidentRegister {

    private final Accidents accidents;
    private final EnterpriseDirectory enterprises;
    private final AccidentProperties properties;
    private final Clock clock;

    public AccidentRegister(Accidents accidents, EnterpriseDirectory enterprises, AccidentProperties properties,
            Clock clock) {
        this.accidents = accidents;
        this.enterprises = enterprises;
        this.properties = properties;
        this.clock = clock;
    }

    /** The outcome of recording: the accident, and whether its source reference was known already. */
    public record Recorded(Accident accident, boolean existed) {
    }

    /**
     * Records it; a known source reference answers the accident recorded first and changes nothing. A town-level
     * caller records in its own town only, and never gets another town's accident back for its source reference.
     */
    public Recorded record(NewAccident request) {
        if (request.sourceRef() != null) {
            var known = accidents.bySourceRef(request.sourceRef());
            if (known.isPresent()) {
                return new Recorded(known.get(), true);
            }
        }
        EnterpriseFacts enterprise = null;
        if (request.enterpriseId() != null) {
            enterprise = enterprises.findInScope(request.enterpriseId()).orElseThrow(() -> new UnprocessableException(
                    "enterprise " + request.enterpriseId() + " is not registered"));
        }
        // Without an enterprise, the town reported says where the accident belongs: a town-level caller's own.
        NewAccident asked = enterprise == null ? request.inTown(TownScope.townFor(request.town(), "town")) : request;
        Accident accident = Accident.record(UUID.randomUUID(), asked, enterprise == null ? null : enterprise.name(),
                enterprise == null ? null : enterprise.town(), properties.reportingLimit(), OffsetDateTime.now(clock));
        if (!accidents.add(accident)) {
            return new Recorded(accidents.bySourceRef(request.sourceRef()).orElseThrow(
                    () -> new AlreadyExistsException("sourceRef " + request.sourceRef()
                            + " is taken by an accident outside the caller's town; send another")), true);
        }
        return new Recorded(accident, false);
    }

    @Transactional
    public Accident advanceInvestigation(UUID id, long basedOn, Investigation to) {
        Accident current = accidents.lockById(id).orElseThrow(() -> new NotFoundException("accident", id));
        if (current.version() != basedOn) {
            throw new StaleVersionException("accident", id, basedOn, current.version());
        }
        Accident next = current.advanceInvestigation(to);
        accidents.update(next);
        return next;
    }

    @Transactional(readOnly = true)
    public Accident get(UUID id) {
        return accidents.byId(id).orElseThrow(() -> new NotFoundException("accident", id));
    }

    @Transactional(readOnly = true)
    public Page<Accident> find(AccidentQuery query, PageRequest page) {
        return accidents.find(query, page);
    }

    @Transactional(readOnly = true)
    public AccidentFigures figuresOf(UUID enterpriseId) {
        return accidents.figuresOf(enterpriseId);
    }

    /** The year's accidents as the plan's indicators count them. */
    @Transactional(readOnly = true)
    public YearTotals totalsOf(int year) {
        return accidents.totalsOf(year);
    }
}
