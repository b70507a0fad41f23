/**
 * The enterprise registry: who the supervised enterprises are, and the attributes of their record that other
 * features set (the risk colour, the dual-prevention flag).
 *
 * <p>The registry is at the bottom of the service's features: licence, standardization, credit, emergency plan,
 * major hazard and risk depend on it (to check an enterprise exists, or to change the attributes they keep on
 * its record), and it depends on none of them, so the features form no cycle. Two ports keep it that way:
 * <ul>
 * <li>Attributes other features keep on the record change only through {@code EnterpriseRegistry}
 * ({@code lockForChange}, then {@code assignRiskColour} or {@code recordDualPrevention}), which moves the
 * enterprise's version and update time, so the ETag and the change feed see every change. The features keep
 * the history behind an attribute (risk assessments, flag changes) in their own tables.</li>
 * <li>List filters on what other features record (licence state, grade, blacklist) are
 * {@link cn.gov.sucheng.worksafety.enterprise.registry.application.StandingCriterion} beans that those features
 * implement on the SQL predicates they export for their own lists. The registry composes the conditions by
 * name and never names another feature's table or restates its rules.</li>
 * </ul>
 * In the other direction the registry exports
 * {@link cn.gov.sucheng.worksafety.enterprise.registry.infrastructure.EnterpriseSql} for other features' SQL
 * filters on enterprises.
 */
package cn.gov.sucheng.worksafety.enterprise.registry;
