package cn.gov.sucheng.worksafety.enforcement.draw.model;

import java.util.List;

import org.jspecify.annotations.NullMarked;

/**
 * An enterprise of the draw pool as it stood when drawn.
 *
 * @param lastOfficerIds the officers drawn for it the last time it was drawn (recused now); empty if never
 */
@NullMarked
public record PoolEnterprise(String id, String name, String town, List<String> lastOfficerIds) {

    public PoolEnterprise {
        lastOfficerIds = List.copyOf(lastOfficerIds);
    }
}
