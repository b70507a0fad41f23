package cn.gov.sucheng.worksafety.training.coverage.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.training.coverage.model.Coverage;
import cn.gov.sucheng.worksafety.training.coverage.model.PersonStanding;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Key-post certificate coverage and high-risk training, per enterprise, town or industry area. */
@Service
public class KeyPostCoverage {

    private final PersonStandings standings;
    private final Clock clock;

    public KeyPostCoverage(PersonStandings standings, Clock clock) {
        this.standings = standings;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The groups, the lowest certified share first (where follow-up is due), then by key. */
    @Transactional(readOnly = true)
    public Report report(CoverageGrouping grouping, LocalDate day, UUID enterpriseId, String town, PageRequest page) {
        Map<String, Coverage> groups = new LinkedHashMap<>();
        Coverage total = Coverage.empty("ALL", "全区");
        for (PersonStanding p : standings.on(day, enterpriseId, town)) {
            String key = switch (grouping) {
                case ENTERPRISE -> p.enterpriseId().toString();
                case TOWN -> p.town();
                case INDUSTRY_AREA -> p.industryArea();
            };
            String label = grouping == CoverageGrouping.ENTERPRISE ? p.enterpriseName() : key;
            groups.compute(key, (k, c) -> (c == null ? Coverage.empty(k, label) : c).plus(p));
            total = total.plus(p);
        }
        List<Coverage> sorted = groups.values().stream()
                .sorted(Comparator.comparingDouble(Coverage::certifiedShare).thenComparing(Coverage::key)).toList();
        int from = (int) Math.min(page.offset(), sorted.size());
        int to = Math.min(from + page.size(), sorted.size());
        return new Report(day, total, Page.of(sorted.subList(from, to), page, sorted.size()));
    }

    /** One enterprise's coverage on {@code day}. */
    @Transactional(readOnly = true)
    public Coverage ofEnterprise(UUID enterpriseId, LocalDate day) {
        Coverage c = Coverage.empty(enterpriseId.toString(), null);
        for (PersonStanding p : standings.on(day, enterpriseId, null)) {
            c = c.plus(p);
        }
        return c;
    }

    /** The figures of the whole selection and its groups. */
    public record Report(LocalDate day, Coverage total, Page<Coverage> groups) {
    }
}
