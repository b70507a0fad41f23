package cn.gov.sucheng.worksafety.enterprise.registry.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.registry.application.DuplicateCreditCodeException;
import cn.gov.sucheng.worksafety.enterprise.registry.application.Enterprises;
import cn.gov.sucheng.worksafety.enterprise.registry.model.CreditCode;
import cn.gov.sucheng.worksafety.enterprise.registry.model.Enterprise;
import cn.gov.sucheng.worksafety.enterprise.registry.model.IndustryArea;
import cn.gov.sucheng.worksafety.enterprise.registry.model.Place;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcEnterprises implements Enterprises {

    private static final String COLUMNS = """
            id, credit_code, name, town, village, grid, address, latitude, longitude, industry_area,
            supervising_department, version, created_at, updated_at""";

    private final JdbcClient jdbc;

    JdbcEnterprises(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Enterprise e) {
        Place p = e.place();
        try {
            jdbc.sql("INSERT INTO enterprise (" + COLUMNS + """
                    ) VALUES (:id, :creditCode, :name, :town, :village, :grid, :address, :latitude, :longitude,
                    :industryArea, :department, :version, :createdAt, :updatedAt)""")
                    .param("id", e.id())
                    .param("creditCode", e.creditCode().value())
                    .param("name", e.name())
                    .param("town", p.town())
                    .param("village", p.village())
                    .param("grid", p.grid())
                    .param("address", p.address())
                    .param("latitude", p.latitude())
                    .param("longitude", p.longitude())
                    .param("industryArea", e.industryArea().name())
                    .param("department", e.supervisingDepartment())
                    .param("version", e.version())
                    .param("createdAt", e.createdAt())
                    .param("updatedAt", e.updatedAt())
                    .update();
        }
        catch (DuplicateKeyException ex) {
            throw new DuplicateCreditCodeException(e.creditCode().value());
        }
    }

    @Override
    public Optional<Enterprise> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM enterprise WHERE id = :id AND NOT deleted")
                .param("id", id)
                .query(JdbcEnterprises::map)
                .optional();
    }

    @Override
    public List<Enterprise> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM enterprise WHERE id = ANY(:ids) AND NOT deleted")
                .param("ids", ids.toArray(UUID[]::new))
                .query(JdbcEnterprises::map)
                .list();
    }

    private static Enterprise map(ResultSet rs, int row) throws SQLException {
        Place place = new Place(rs.getString("town"), rs.getString("village"), rs.getString("grid"),
                rs.getString("address"), rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class));
        return new Enterprise(rs.getObject("id", UUID.class), CreditCode.parse(rs.getString("credit_code")),
                rs.getString("name"), place, IndustryArea.valueOf(rs.getString("industry_area")),
                rs.getString("supervising_department"), rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
