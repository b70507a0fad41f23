package cn.gov.sucheng.worksafety.platform.security;

import java.util.Optional;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The data scope of the calling system: a town-level client's token carries its town in the {@code town}
 * claim, and such a caller sees only records of that town; a district-level client (no claim) sees all.
 * Read it where a request is served (the security context is per request) and filter with
 * {@link #sqlPredicate(String)}, so a town's caller never even loads another town's rows.
 */
public final class TownScope {

    /** The JWT claim that names a town-level client's town. */
    public static final String CLAIM = "town";

    private TownScope() {
    }

    /** The caller's town, or empty for a district-level caller (or no caller: internal work, gRPC). */
    public static Optional<String> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof JwtAuthenticationToken jwt) {
            String town = jwt.getToken().getClaimAsString(CLAIM);
            return town == null || town.isBlank() ? Optional.empty() : Optional.of(town);
        }
        return Optional.empty();
    }

    /** Whether the caller may see a record of {@code town}. */
    public static boolean allows(String town) {
        return current().map(t -> t.equals(town)).orElse(true);
    }

    /**
     * The town a record is written for, from the one the caller named in {@code field} (or null): a district-level
     * caller's as given; a town-level caller's own town when it named none or its own, and a refusal (400 naming
     * {@code field}) when it named another, since what it wrote would leave its sight.
     */
    public static String townFor(String named, String field) {
        Optional<String> own = current();
        if (own.isEmpty() || own.get().equals(named) || named == null) {
            return own.orElse(named);
        }
        throw new InvalidException(field, field + " must be the caller's own town, " + own.get() + ", or absent");
    }

    /**
     * An SQL condition on {@code column} for the caller's town, to AND into a WHERE clause with named
     * parameters: {@code "(:scopeTown IS NULL OR <column> = :scopeTown)"}; bind {@link #PARAMETER} to
     * {@link #parameterValue()}.
     */
    public static String sqlPredicate(String column) {
        return "(CAST(:" + PARAMETER + " AS text) IS NULL OR " + column + " = :" + PARAMETER + ")";
    }

    /**
     * The same condition for rows that belong to the town of another record: the row of {@code owner} (a table with
     * {@code id} and {@code town} columns) that {@code ownerIdColumn} references, e.g. a licence through its
     * enterprise: {@code sqlPredicateThrough("enterprise", "licence.enterprise_id")}. District callers skip the look-up.
     */
    public static String sqlPredicateThrough(String owner, String ownerIdColumn) {
        return "(CAST(:" + PARAMETER + " AS text) IS NULL OR EXISTS (SELECT 1 FROM " + owner + " scope_owner"
                + " WHERE scope_owner.id = " + ownerIdColumn + " AND scope_owner.town = :" + PARAMETER + "))";
    }

    public static final String PARAMETER = "scopeTown";

    /** The value for {@link #PARAMETER}: the caller's town, or null for all towns. */
    public static String parameterValue() {
        return current().orElse(null);
    }
}
