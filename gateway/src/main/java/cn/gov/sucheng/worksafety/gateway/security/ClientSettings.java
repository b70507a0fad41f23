package cn.gov.sucheng.worksafety.gateway.security;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code worksafety.gateway.security.*}: settings about calling systems that change without a redeploy (publish
 * them in Nacos, data id {@code gateway.yaml}; the gateway rebinds them on change). A disabled client's tokens
 * are refused with 401 at once, even those its issuer handed out before.
 */
@ConfigurationProperties("worksafety.gateway.security")
public class ClientSettings {

    /** Client ids (the token's {@code sub}) that may not call the suite. */
    private Set<String> disabledClients = new LinkedHashSet<>();

    public Set<String> getDisabledClients() {
        return disabledClients;
    }

    public void setDisabledClients(Set<String> disabledClients) {
        this.disabledClients = disabledClients == null ? new LinkedHashSet<>() : disabledClients;
    }
}
