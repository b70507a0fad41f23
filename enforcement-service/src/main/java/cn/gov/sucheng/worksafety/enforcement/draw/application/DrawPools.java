package cn.gov.sucheng.worksafety.enforcement.draw.application;

import java.time.LocalDate;
import java.util.List;

import cn.gov.sucheng.worksafety.enforcement.draw.model.PoolOfficer;

/**
 * The pools of a draw, from the siblings that own them: enterprises from the registry (filtered), officers with a
 * valid enforcement credential from training-service. Throws {@code DependencyUnavailableException} when a sibling
 * cannot answer.
 */
public interface DrawPools {

    /** Live enterprises of the registry matching the filter (null for any). */
    List<Candidate> enterprises(String town, String industryArea);

    List<PoolOfficer> officers(LocalDate asOf);

    record Candidate(String id, String name, String town) {
    }
}
