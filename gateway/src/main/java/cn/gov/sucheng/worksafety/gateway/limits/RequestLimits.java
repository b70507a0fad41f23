package cn.gov.sucheng.worksafety.gateway.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The largest request the gateway passes on. Netty's own limits (server.netty.max-initial-line-length,
 * server.max-http-request-header-size) sit well above these, since Netty refuses with an empty answer
 * before any handler runs; these are enforced by {@link RequestLimitsFilter} with a problem+json answer.
 *
 * @param maxUriLength  the request target, path and query string, as sent
 * @param maxHeaderSize all header names and values together
 */
@ConfigurationProperties("worksafety.gateway.limits")
public record RequestLimits(DataSize maxUriLength, DataSize maxHeaderSize) {

    public RequestLimits {
        maxUriLength = maxUriLength == null ? DataSize.ofKilobytes(4) : maxUriLength;
        maxHeaderSize = maxHeaderSize == null ? DataSize.ofKilobytes(8) : maxHeaderSize;
    }
}
