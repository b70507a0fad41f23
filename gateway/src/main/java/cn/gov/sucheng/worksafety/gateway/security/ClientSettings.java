package cn.gov.sucheng.worksafety.gateway.security;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code worksafety.gateway.security.*}: settings about calling systems that change without a redeploy (publish
 * them in Nacos, data id {@code gateway.yaml}; the gateway rebinds them on change). A disabled client's tokens
 * are refused with 401 at once, even those its issuer handed out before.
 */
@ConfigurationProperties("worksafety.gateway.security")
public class ClientSettings implements InitializingBean {

    /** Client ids (the token's {@code sub}) that may not call the suite. */
    private Set<String> disabledClients = new LinkedHashSet<>();

    /**
     * What requests read: taken once binding is complete. A refresh first resets this bean to its defaults and
     * then binds it again; a request in between must still find a disabled client disabled.
     */
    private volatile Set<String> disabledInEffect = Set.of();

    @Override
    public void afterPropertiesSet() {
        disabledInEffect = Set.copyOf(disabledClients);
    }

    /** Whether {@code client} is refused now. */
    public boolean isDisabled(String client) {
        return disabledInEffect.contains(client);
    }

    public Set<String> getDisabledClients() {
        return disabledClients;
    }

    public void setDisabledClients(Set<String> disabledClients) {
        this.disabledClients = disabledClients == null ? new LinkedHashSet<>() : disabledClients;
    }
}
