package cn.gov.sucheng.worksafety.enforcement.search;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.FakeSiblings;
import cn.gov.sucheng.worksafety.enforcement.ServiceIT;
import cn.gov.sucheng.worksafety.enforcement.search.application.ReportIndex;
import cn.gov.sucheng.worksafety.enforcement.search.model.ReportDocument;
import cn.gov.sucheng.worksafety.enforcement.search.model.ReportQuery;
import cn.gov.sucheng.worksafety.enforcement.search.model.ReportSort;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Search must not miss: over a generated corpus of realistic inspection reports (industries, places, hazards,
 * dates, punctuation and word-boundary variety such as 应急照明 inside 应急照明灯, a phrase before a comma), each
 * query's hits are compared with a plain substring count. Prints recall per query; fails below 100%.
 */
@ServiceIT
class SearchRecallIT {

    static final int CORPUS = 3000;

    @DynamicPropertySource
    static void siblings(DynamicPropertyRegistry registry) {
        FakeSiblings.register(registry);
    }

    @Autowired
    ReportIndex index;

    static final String[] TOWNS = { "耿车镇", "蔡集镇", "王官集镇", "龙河镇", "洋北镇", "埠子镇", "罗圩乡", "屠园镇", "中扬镇", "陈集镇" };
    static final String[] AREAS = { "HAZARDOUS_CHEMICALS", "CONSTRUCTION", "METALLURGY_INDUSTRY_TRADE", "TOWN_GAS",
            "FIRE_SAFETY", "SPECIAL_EQUIPMENT", "HAZARDOUS_WASTE" };
    static final String[] PLACES = { "甲类仓库", "储罐区", "喷涂车间", "木工车间", "配电房", "锅炉房", "液氨制冷机房", "粉碎车间",
            "抛光车间", "危废暂存间", "食堂后厨", "员工宿舍", "塔吊作业区", "基坑周边", "燃气调压站" };
    static final String[] FINDINGS = { "应急照明灯损坏", "应急照明不亮", "应急照明", "可燃气体报警器失效", "可燃气体报警器未定期检定",
            "安全出口被锁闭", "疏散通道堆放杂物", "消防通道被占用", "灭火器过期", "灭火器压力不足", "配电箱未接地",
            "电线私拉乱接", "动火作业未办理审批手续", "动火作业现场无监护人", "特种作业人员无证上岗", "有限空间作业未检测",
            "粉尘清扫记录缺失", "粉尘清扫记录不全", "除尘系统未设置泄爆装置", "防爆电气设备损坏", "安全警示标志缺失",
            "劳动防护用品配备不足", "安全生产责任制未落实", "隐患排查台账不全", "应急预案未演练", "脚手架连墙件缺失",
            "临边防护缺失", "塔吊限位器失灵", "燃气管道锈蚀", "液氨管道阀门泄漏" };
    static final String[] JOINERS = { "，", "；", "。", "、", "，经查", "；另外", " ", "：" };
    static final String[] OPENINGS = { "检查组对%s进行了现场检查，发现", "执法人员在%s检查时发现", "经查，%s存在以下问题：",
            "现场检查%s，", "四不两直暗访%s，发现" };
    static final String[] CLOSINGS = { "已责令限期整改。", "要求企业立即整改，逾期将依法处理。", "现场责令改正。",
            "已下达责令限期整改指令书。", "" };
    static final String[] QUERIES = { "应急照明", "应急照明灯", "粉尘清扫记录缺失", "可燃气体报警器", "安全出口", "动火作业",
            "特种作业人员", "有限空间", "灭火器", "配电箱未接地", "疏散通道", "消防通道被占用", "防爆电气", "隐患排查台账",
            "液氨", "脚手架", "记录缺失", "报警器失效", "未办理审批手续", "应急预案" };

    static List<ReportDocument> corpus(String enterpriseId) {
        Random random = new Random(20240512);
        List<ReportDocument> documents = new ArrayList<>();
        OffsetDateTime first = OffsetDateTime.of(2021, 1, 4, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        for (int n = 0; n < CORPUS; n++) {
            String place = PLACES[random.nextInt(PLACES.length)];
            StringBuilder text = new StringBuilder(String.format(OPENINGS[random.nextInt(OPENINGS.length)], place));
            int findings = 1 + random.nextInt(4);
            for (int f = 0; f < findings; f++) {
                if (f > 0) {
                    text.append(JOINERS[random.nextInt(JOINERS.length)]);
                }
                text.append(FINDINGS[random.nextInt(FINDINGS.length)]);
            }
            text.append(random.nextBoolean() ? "，" : "。").append(CLOSINGS[random.nextInt(CLOSINGS.length)]);
            documents.add(new ReportDocument(UUID.randomUUID().toString(), enterpriseId, "宿迁市宿城区测试企业" + (n % 50),
                    TOWNS[random.nextInt(TOWNS.length)], AREAS[random.nextInt(AREAS.length)], "RANDOM", place,
                    first.plusHours(random.nextInt(5 * 365 * 24)), "责令限期整改", findings, text.toString()));
        }
        return documents;
    }

    long hits(String text, String enterpriseId) {
        return index.search(new ReportQuery(text, null, null, null, enterpriseId, null, null, ReportSort.RELEVANCE, 0, 1, null))
                .total();
    }

    @Test
    void everyReportContainingTheQueryIsFound() {
        // One enterprise id for the whole corpus keeps the counts apart from other tests' reports.
        String enterpriseId = UUID.randomUUID().toString();
        List<ReportDocument> documents = corpus(enterpriseId);
        index.ensureExists();
        for (int from = 0; from < documents.size(); from += 500) {
            index.put(documents.subList(from, Math.min(documents.size(), from + 500)));
        }
        await("corpus searchable").atMost(Duration.ofSeconds(90)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200)).until(() -> hits(null, enterpriseId), total -> total >= CORPUS);

        List<String> misses = new ArrayList<>();
        System.out.printf("%-12s %9s %9s %8s%n", "query", "contain", "found", "recall");
        for (String query : QUERIES) {
            long containing = documents.stream().filter(d -> d.reportText().contains(query)).count();
            long found = hits(query, enterpriseId);
            double recall = containing == 0 ? 1.0 : Math.min(found, containing) / (double) containing;
            System.out.printf("%-12s %9d %9d %7.1f%%%n", query, containing, found, recall * 100);
            assertThat(containing).as("the corpus contains " + query).isPositive();
            if (found < containing) {
                misses.add(query + ": " + found + " of " + containing);
            }
        }
        assertThat(misses).as("queries whose search misses reports containing them").isEmpty();
    }
}
