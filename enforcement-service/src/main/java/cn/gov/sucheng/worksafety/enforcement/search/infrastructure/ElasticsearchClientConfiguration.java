package cn.gov.sucheng.worksafety.enforcement.search.infrastructure;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.conn.ssl.NoopHostnameVerifier;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.RestClient;

import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchProperties;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The 8.19 client for an 8.19 server (Boot 4 manages the 9.x client, which 8.x servers refuse; see STACK.md):
 * a low-level {@link RestClient} from Boot's connection details and timeouts, and the transport over it. Boot
 * then builds the {@code ElasticsearchClient} on this transport. TLS trusts the SSL bundle named by
 * {@code spring.elasticsearch.restclient.ssl.bundle} (in Kubernetes: the CA that ECK writes).
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchClientConfiguration {

    @Bean(destroyMethod = "close")
    RestClient elasticsearchLowLevelClient(ElasticsearchConnectionDetails connection, ElasticsearchProperties properties) {
        HttpHost[] hosts = connection.getNodes().stream()
                .map(n -> new HttpHost(n.hostname(), n.port(), n.protocol().name().toLowerCase()))
                .toArray(HttpHost[]::new);
        return RestClient.builder(hosts)
                .setRequestConfigCallback(config -> config
                        .setConnectTimeout((int) properties.getConnectionTimeout().toMillis())
                        .setSocketTimeout((int) properties.getSocketTimeout().toMillis()))
                .setHttpClientConfigCallback(http -> {
                    if (connection.getUsername() != null) {
                        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                        credentials.setCredentials(AuthScope.ANY,
                                new UsernamePasswordCredentials(connection.getUsername(), connection.getPassword()));
                        http.setDefaultCredentialsProvider(credentials);
                    }
                    SslBundle ssl = connection.getSslBundle();
                    if (ssl != null) {
                        http.setSSLContext(ssl.createSslContext());
                        if (!properties.getRestclient().getSsl().isVerifyHostname()) {
                            http.setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE);
                        }
                    }
                    return http;
                })
                .build();
    }

    @Bean
    ElasticsearchTransport elasticsearchTransport(RestClient client, JsonpMapper mapper) {
        return new RestClientTransport(client, mapper);
    }
}
