package cn.gov.sucheng.worksafety.enforcement.draw.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.draw.model.Draw;
import cn.gov.sucheng.worksafety.enforcement.draw.model.DrawnPair;
import cn.gov.sucheng.worksafety.enforcement.draw.model.InspectionPlan;
import cn.gov.sucheng.worksafety.enforcement.draw.model.PoolEnterprise;
import cn.gov.sucheng.worksafety.enforcement.draw.model.PoolOfficer;
import cn.gov.sucheng.worksafety.enforcement.draw.model.RandomDraw;
import cn.gov.sucheng.worksafety.enforcement.trail.application.Trail;
import cn.gov.sucheng.worksafety.platform.domain.NotFoundException;
import cn.gov.sucheng.worksafety.platform.domain.StaleVersionException;
import cn.gov.sucheng.worksafety.platform.domain.Texts;
import cn.gov.sucheng.worksafety.platform.security.TownScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspection plans and their random draws (双随机、一公开). A draw takes both pools from their owners, records them
 * with the seed, who drew and when, and appends itself to the enforcement trail; anyone can ask for it to be run
 * again from what it recorded. Draws may not take more inspection days than the plan has (see
 * {@link InspectionPlan#checkCapacity}). A town-level caller draws over its own town and sees only the draws made
 * for it.
 */
@Service
public class RandomDraws {

    public static final String PLAN_SUBJECT = "PLAN";
    public static final String DRAW_SUBJECT = "DRAW";

    private final Draws draws;
    private final DrawPools pools;
    private final Trail trail;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    public RandomDraws(Draws draws, DrawPools pools, Trail trail, Clock clock) {
        this.draws = draws;
        this.pools = pools;
        this.trail = trail;
        this.clock = clock;
    }

    @Transactional
    public InspectionPlan createPlan(int year, String title, int workingDays, int officers, int otherDays,
            int nonEnforcementDays, List<UUID> keyUnits, List<String> checklist, String actor) {
        InspectionPlan plan = new InspectionPlan(UUID.randomUUID(), year, title.trim(), workingDays, officers, otherDays,
                nonEnforcementDays, keyUnits, checklist, actor, OffsetDateTime.now(clock), 0);
        plan.checkCapacity(0, 0);
        draws.addPlan(plan);
        trail.append(PLAN_SUBJECT, plan.id(), "PLAN_CREATED", actor, Map.of("year", year,
                "inspectionDays", plan.inspectionDays(), "keyUnits", keyUnits.size()));
        return plan;
    }

    /**
     * Revises a plan (its figures, key units, checklist). The plan is locked first; with {@code basedOn} (If-Match)
     * a plan changed since is refused as stale. The key units and what the plan's draws have taken must still fit in
     * the revised capacity.
     */
    @Transactional
    public InspectionPlan revisePlan(UUID id, Long basedOn, int year, String title, int workingDays, int officers,
            int otherDays, int nonEnforcementDays, List<UUID> keyUnits, List<String> checklist, String actor) {
        InspectionPlan current = draws.lockPlan(id).orElseThrow(() -> new NotFoundException("inspection plan", id));
        if (basedOn != null && current.version() != basedOn) {
            throw new StaleVersionException("inspection plan", id, basedOn, current.version());
        }
        InspectionPlan revised = current.revise(year, title.trim(), workingDays, officers, otherDays,
                nonEnforcementDays, keyUnits, checklist);
        revised.checkCapacity(draws.drawnDays(id), 0);
        draws.updatePlan(revised);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("year", year);
        details.put("inspectionDays", revised.inspectionDays());
        details.put("previousInspectionDays", current.inspectionDays());
        details.put("keyUnits", keyUnits.size());
        details.put("checklist", checklist.size());
        trail.append(PLAN_SUBJECT, id, "PLAN_REVISED", actor, details);
        return revised;
    }

    @Transactional(readOnly = true)
    public InspectionPlan plan(UUID id) {
        return draws.plan(id).orElseThrow(() -> new NotFoundException("inspection plan", id));
    }

    @Transactional(readOnly = true)
    public List<InspectionPlan> plans(Integer year) {
        return draws.plans(year);
    }

    /**
     * Draws {@code enterpriseCount} enterprises of the filtered pool and {@code officersPerEnterprise} officers for
     * each; the seed is the caller's or a fresh random one, recorded either way. Key units of the plan are inspected
     * in full, so they are left out of the pool.
     */
    @Transactional
    public Draw draw(UUID planId, Long seed, String town, String industryArea, int enterpriseCount,
            int officersPerEnterprise, String actor) {
        // A town-level caller draws over its own town.
        String inTown = TownScope.townFor(Texts.given(town), "town");
        // Locked so that two draws of one plan cannot both take its last inspection days.
        InspectionPlan plan = draws.lockPlan(planId).orElseThrow(() -> new NotFoundException("inspection plan", planId));
        plan.checkCapacity(draws.drawnDays(planId), enterpriseCount * officersPerEnterprise);
        LocalDate asOf = LocalDate.now(clock);
        List<DrawPools.Candidate> candidates = pools.enterprises(inTown, industryArea).stream()
                .filter(c -> !plan.keyUnitIds().contains(UUID.fromString(c.id()))).toList();
        List<PoolOfficer> officers = pools.officers(asOf);
        Map<String, List<String>> last = draws.lastOfficers(candidates.stream().map(DrawPools.Candidate::id).toList());
        List<PoolEnterprise> enterprisePool = candidates.stream()
                .map(c -> new PoolEnterprise(c.id(), c.name(), c.town(), last.getOrDefault(c.id(), List.of()))).toList();
        long usedSeed = seed != null ? seed : seeds.nextLong();
        List<DrawnPair> pairs = RandomDraw.run(usedSeed, enterprisePool, officers, enterpriseCount, officersPerEnterprise);
        Draw draw = new Draw(UUID.randomUUID(), planId, usedSeed, inTown, Texts.given(industryArea),
                enterpriseCount, officersPerEnterprise, asOf, enterprisePool, officers, pairs, actor,
                OffsetDateTime.now(clock));
        Map<String, String> names = new LinkedHashMap<>();
        candidates.forEach(c -> names.put(c.id(), c.name()));
        draws.add(draw, names);
        trail.append(DRAW_SUBJECT, draw.id(), "DRAWN", actor, Map.of("planId", planId.toString(), "seed", usedSeed,
                "enterprisePool", enterprisePool.size(), "officerPool", officers.size(), "drawn", pairs.size()));
        return asSeen(draw);
    }

    // A town-level caller sees the officers' ties to its own draw's enterprises only; the pairs run again the same.
    private static Draw asSeen(Draw draw) {
        return TownScope.current().isPresent() ? draw.tiesWithinPool() : draw;
    }

    /**
     * A draw of the plan: one of another plan is not found under this one, nor, for a town-level caller, one not made
     * for its town.
     */
    @Transactional(readOnly = true)
    public Draw get(UUID planId, UUID drawId) {
        return draws.byId(drawId).filter(draw -> draw.planId().equals(planId) && TownScope.allows(draw.town()))
                .map(RandomDraws::asSeen).orElseThrow(() -> new NotFoundException("draw", drawId));
    }

    /** The plan's draws, newest first; a town-level caller's, those made for its town. */
    @Transactional(readOnly = true)
    public List<Draw> ofPlan(UUID planId) {
        plan(planId);
        return draws.ofPlan(planId).stream().map(RandomDraws::asSeen).toList();
    }

    @Transactional(readOnly = true)
    public List<Draw> recent(int limit) {
        return draws.recent(limit);
    }
}
