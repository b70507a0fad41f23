package cn.gov.sucheng.worksafety.gateway.openapi;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param fetchTimeout    how long one fetch of a service's document may take. A call to the merged document
 *                        waits this long only for a service whose document the gateway never got: a cold
 *                        service builds its document on the first request, which takes seconds on a busy machine
 * @param refreshInterval how often every routed service's document is fetched again in the background
 */
@ConfigurationProperties("worksafety.gateway.openapi")
public record ApiDocsSettings(Duration fetchTimeout, Duration refreshInterval) {

    public ApiDocsSettings {
        fetchTimeout = fetchTimeout == null ? Duration.ofSeconds(60) : fetchTimeout;
        refreshInterval = refreshInterval == null ? Duration.ofSeconds(30) : refreshInterval;
    }
}
