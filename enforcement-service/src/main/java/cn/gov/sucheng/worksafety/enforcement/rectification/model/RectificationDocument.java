package cn.gov.sucheng.worksafety.enforcement.rectification.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.cases.model.DocumentKind;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException.Violation;

/**
 * An order to correct within a deadline (责令限期整改指令书) or a re-inspection opinion (整改复查意见书) on such an
 * order, with its number, the day it was issued and the inspection or case it belongs to.
 *
 * @param correctBy     an order's deadline; null for an opinion
 * @param requirements  what an order requires corrected; empty for an opinion
 * @param orderId       the order an opinion reviews; null for an order
 * @param reinspectedOn the day of the re-inspection; null for an order
 * @param corrected     whether the re-inspection found everything corrected; null for an order
 * @param opinion       the opinion's text; null for an order
 */
public record RectificationDocument(UUID id, DocumentKind kind, String number, Origin origin, LocalDate issuedOn,
        String issuedBy, LocalDate correctBy, List<String> requirements, UUID orderId, LocalDate reinspectedOn,
        Boolean corrected, String opinion) {

    public RectificationDocument {
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
    }

    /** An order to correct by {@code correctBy}, which must come after the day of issue. */
    public static RectificationDocument order(UUID id, String number, Origin origin, LocalDate issuedOn,
            LocalDate correctBy, List<String> requirements, String issuedBy) {
        List<Violation> violations = new ArrayList<>();
        if (!correctBy.isAfter(issuedOn)) {
            violations.add(new Violation("correctBy", "correctBy must be after the day of issue (" + issuedOn + ")"));
        }
        if (requirements.stream().allMatch(String::isBlank)) {
            violations.add(new Violation("requirements", "an order must require at least one correction"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidException(violations);
        }
        return new RectificationDocument(id, DocumentKind.ORDER_TO_CORRECT, number, origin, issuedOn, issuedBy,
                correctBy, requirements.stream().map(String::trim).filter(r -> !r.isEmpty()).toList(), null, null,
                null, null);
    }

    /**
     * A re-inspection opinion on {@code order}, an order to correct of the same inspection or case; the
     * re-inspection took place between the order's issue and today ({@code issuedOn}).
     */
    public static RectificationDocument opinion(UUID id, String number, Origin origin, LocalDate issuedOn,
            RectificationDocument order, LocalDate reinspectedOn, boolean corrected, String opinion, String issuedBy) {
        if (order.kind() != DocumentKind.ORDER_TO_CORRECT || !order.origin().id().equals(origin.id())) {
            throw new InvalidException("orderId", "orderId must be an order to correct issued from this "
                    + origin.kind().name().toLowerCase());
        }
        if (reinspectedOn.isBefore(order.issuedOn())) {
            throw new InvalidException("reinspectedOn", "reinspectedOn must not be before the order "
                    + order.number() + " was issued (" + order.issuedOn() + ")");
        }
        if (reinspectedOn.isAfter(issuedOn)) {
            throw new InvalidException("reinspectedOn", "reinspectedOn must not be after the day of issue (" + issuedOn + ")");
        }
        return new RectificationDocument(id, DocumentKind.REINSPECTION_OPINION, number, origin, issuedOn, issuedBy,
                null, List.of(), order.id(), reinspectedOn, corrected, opinion.trim());
    }
}
