package cn.gov.sucheng.worksafety.enterprise.credit.infrastructure;

import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.credit.application.KnownEnterprises;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Asks the registry's table directly: same service and database, and no need to load the enterprise. */
@Repository
class JdbcKnownEnterprises implements KnownEnterprises {

    private final JdbcClient jdbc;

    JdbcKnownEnterprises(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean exists(UUID enterpriseId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM enterprise WHERE id = :id AND NOT deleted)")
                .param("id", enterpriseId)
                .query(Boolean.class)
                .single();
    }
}
