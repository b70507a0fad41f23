package cn.gov.sucheng.worksafety.enterprise.registry.application;

import java.util.List;

import cn.gov.sucheng.worksafety.enterprise.registry.model.Enterprise;

/**
 * One slice of a filtered list and how many match in all. (The platform's PageView lives in its web package,
 * which the application layer may not use; the controller turns this into one.)
 */
public record EnterpriseListing(List<Enterprise> items, long total) {
}
