package cn.gov.sucheng.worksafety.enforcement.search.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A search over inspection reports. Every whitespace-separated part of {@code text} must occur in a report's
 * text, character for character (so a report that contains the query words is always found); filters are exact;
 * dates are inclusive days in the district's time zone.
 *
 * @param scopeTown the town a town-level caller is confined to (its data scope), on top of the {@code town}
 *                  filter it may give; null for a district-level caller
 */
public record ReportQuery(String text, String town, String industryArea, String mode, String enterpriseId,
        LocalDate from, LocalDate to, ReportSort sort, int page, int size, String scopeTown) {

    /** The parts of the text that must each occur, in the order given; empty for a filter-only search. */
    public List<String> phrases() {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.trim().split("\\s+")).distinct().toList();
    }
}
