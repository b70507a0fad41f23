package cn.gov.sucheng.worksafety.enforcement.search.infrastructure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * {@code worksafety.enforcement.search.*}: the alias searches and writes go through, the versioned index it points
 * at when first created, and that index's settings and mapping. A mapping change is a new file and index
 * ({@code -v2}) and a rebuild, which swaps the alias.
 */
@ConfigurationProperties("worksafety.enforcement.search")
record SearchProperties(@DefaultValue("inspection-reports") String alias,
        @DefaultValue("inspection-reports-v1") String index,
        @DefaultValue("classpath:elasticsearch/inspection-reports-v1.json") Resource mapping) {
}
