package cn.gov.sucheng.worksafety.enterprise.licence.infrastructure;

import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.licence.application.SupervisedEnterprises;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSupervisedEnterprises implements SupervisedEnterprises {

    private final JdbcClient jdbc;

    JdbcSupervisedEnterprises(JdbcClient jdbc) {
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
