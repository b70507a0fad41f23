package cn.gov.sucheng.worksafety.platform.grpc;

import java.util.regex.Pattern;

/** gRPC answers name fields as the proto contract spells them, whatever the domain calls them. */
public final class ProtoFieldNames {

    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");

    private ProtoFieldNames() {
    }

    /** {@code startDate} → {@code start_date}; {@code override.reason} and {@code end_date} stay as they are. */
    public static String of(String domainField) {
        return CAMEL_HUMP.matcher(domainField).replaceAll("$1_$2").toLowerCase();
    }
}
