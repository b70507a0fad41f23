package cn.gov.sucheng.worksafety.enterprise.registry.application;

import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.registry.model.Enterprise;

/**
 * One page of the pool for random inspection draws (双随机抽查), in id order.
 *
 * @param enterprises this page
 * @param total the size of the whole pool
 * @param next the id to continue after, or null on the last page
 */
public record DrawPoolPage(List<Enterprise> enterprises, long total, UUID next) {
}
