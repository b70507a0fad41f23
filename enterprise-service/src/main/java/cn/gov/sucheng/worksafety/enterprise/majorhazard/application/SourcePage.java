package cn.gov.sucheng.worksafety.enterprise.majorhazard.application;

import java.util.List;

import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.MajorHazardSource;

/** The sources of one page and how many match in all. */
public record SourcePage(List<MajorHazardSource> items, long total) {
}
