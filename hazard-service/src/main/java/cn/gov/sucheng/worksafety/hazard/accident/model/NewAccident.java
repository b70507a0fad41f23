package cn.gov.sucheng.worksafety.hazard.accident.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An accident or near miss as reported; the enterprise may be unknown (a road accident, a household), and then the
 * town, if given, says where it happened.
 */
public record NewAccident(AccidentKind kind, OffsetDateTime occurredAt, OffsetDateTime reportedAt, UUID enterpriseId,
        String town, String industryArea, String place, String description, int deaths, int injuries, BigDecimal directLossCny,
        boolean concealed, String sourceRef) {

    public NewAccident inTown(String town) {
        return new NewAccident(kind, occurredAt, reportedAt, enterpriseId, town, industryArea, place, description,
                deaths, injuries, directLossCny, concealed, sourceRef);
    }
}
