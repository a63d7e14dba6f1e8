package com.smpacademy.lti;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Reads and writes platform registrations and their deployment ids. Two statements for any list. */
@Component
class PlatformStore {

    private static final String COLUMNS = "id, name, issuer, client_id, auth_url, token_url, jwks_url, "
            + "frame_origins, allow_admin, sample";

    private final JdbcTemplate jdbc;

    PlatformStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<LtiPlatform> all() {
        Map<Long, List<String>> deployments = new HashMap<>();
        jdbc.query("select platform_id, deployment_id from lti_deployment order by deployment_id", rs -> {
            deployments.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        return jdbc.query("select " + COLUMNS + " from lti_platform order by name, id",
                (rs, n) -> map(rs, deployments.getOrDefault(rs.getLong("id"), List.of())));
    }

    Optional<LtiPlatform> find(long id) {
        List<String> deployments = jdbc.queryForList(
                "select deployment_id from lti_deployment where platform_id = ? order by deployment_id",
                String.class, id);
        return jdbc.query("select " + COLUMNS + " from lti_platform where id = ?", (rs, n) -> map(rs, deployments), id)
                .stream().findFirst();
    }

    /** The registrations of an issuer: one issuer may register the tool several times, with other client ids. */
    List<LtiPlatform> byIssuer(String issuer) {
        return all().stream().filter(p -> p.issuer().equals(issuer)).toList();
    }

    boolean exists(String issuer, String clientId, long exceptId) {
        Integer n = jdbc.queryForObject("select count(*) from lti_platform where issuer = ? and client_id = ? "
                + "and id <> ?", Integer.class, issuer, clientId, exceptId);
        return n != null && n > 0;
    }

    long insert(LtiPlatform p, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into lti_platform (name, issuer, client_id, auth_url, token_url, "
                    + "jwks_url, frame_origins, allow_admin, sample, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            bind(ps, p);
            ps.setBoolean(9, p.sample());
            ps.setTimestamp(10, Timestamp.from(now));
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        writeDeployments(id, p.deploymentIds());
        return id;
    }

    void update(LtiPlatform p) {
        jdbc.update(con -> {
            var ps = con.prepareStatement("update lti_platform set name = ?, issuer = ?, client_id = ?, auth_url = ?, "
                    + "token_url = ?, jwks_url = ?, frame_origins = ?, allow_admin = ? where id = ?");
            bind(ps, p);
            ps.setLong(9, p.id());
            return ps;
        });
        jdbc.update("delete from lti_deployment where platform_id = ?", p.id());
        writeDeployments(p.id(), p.deploymentIds());
    }

    void delete(long id) {
        jdbc.update("delete from lti_platform where id = ?", id);
    }

    private void writeDeployments(long id, List<String> deploymentIds) {
        for (String d : deploymentIds) {
            jdbc.update("insert into lti_deployment (platform_id, deployment_id) values (?, ?)", id, d);
        }
    }

    private static void bind(java.sql.PreparedStatement ps, LtiPlatform p) throws SQLException {
        ps.setString(1, p.name());
        ps.setString(2, p.issuer());
        ps.setString(3, p.clientId());
        ps.setString(4, p.authUrl());
        ps.setString(5, p.tokenUrl());
        ps.setString(6, p.jwksUrl());
        ps.setString(7, String.join("\n", p.frameOrigins()));
        ps.setBoolean(8, p.allowAdmin());
    }

    private static LtiPlatform map(ResultSet rs, List<String> deployments) throws SQLException {
        String frames = rs.getString("frame_origins");
        return new LtiPlatform(rs.getLong("id"), rs.getString("name"), rs.getString("issuer"),
                rs.getString("client_id"), List.copyOf(deployments), rs.getString("auth_url"),
                rs.getString("token_url"), rs.getString("jwks_url"),
                frames.isBlank() ? List.of() : Arrays.asList(frames.split("\n")), rs.getBoolean("allow_admin"),
                rs.getBoolean("sample"));
    }
}
