package cn.gov.sucheng.worksafety.enforcement.search.application;

import java.util.List;

import cn.gov.sucheng.worksafety.enforcement.search.model.ReportDocument;
import cn.gov.sucheng.worksafety.enforcement.search.model.ReportQuery;
import cn.gov.sucheng.worksafety.enforcement.search.model.ReportResults;

/**
 * The search index of inspection reports. Every method throws {@code DependencyUnavailableException} when the
 * search engine cannot be reached.
 */
public interface ReportIndex {

    /** Creates the index and its alias from the mapping file unless the alias exists; answers whether it did. */
    boolean ensureExists();

    /** Adds or replaces documents (by id) in the index the alias points at. */
    void put(List<ReportDocument> documents);

    ReportResults search(ReportQuery query);

    /** Creates a fresh index for a rebuild and answers its name; the alias still points at the old one. */
    String createRebuildTarget();

    void put(String index, List<ReportDocument> documents);

    /** Points the alias at {@code index} in one step and deletes the index it pointed at; answers the old name. */
    String swapAliasTo(String index);
}
