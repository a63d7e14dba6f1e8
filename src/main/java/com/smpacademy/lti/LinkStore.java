package com.smpacademy.lti;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** LMS users, courses (contexts) and resource links as linked to ours. */
@Component
class LinkStore {

    record Context(long id, long platformId, String contextId, String title, long cohortId,
                   @Nullable String membershipsUrl, @Nullable String lineItemsUrl, @Nullable Instant lastSyncedAt) {
    }

    record ResourceLink(long id, long platformId, String resourceLinkId, @Nullable Long contextPk, String target,
                        @Nullable String lineItemUrl) {
    }

    private final JdbcTemplate jdbc;

    LinkStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> linkedAccount(long platformId, String subject) {
        return jdbc.queryForList("select account_id from lti_user_link where platform_id = ? and subject = ?",
                Long.class, platformId, subject).stream().findFirst();
    }

    void link(long platformId, String subject, long accountId, Instant now) {
        jdbc.update("insert into lti_user_link (platform_id, subject, account_id, created_at) values (?, ?, ?, ?)",
                platformId, subject, accountId, Timestamp.from(now));
    }

    /** The LMS user ids of an account on a platform (one, in practice). */
    List<String> subjects(long platformId, long accountId) {
        return jdbc.queryForList("select subject from lti_user_link where platform_id = ? and account_id = ?",
                String.class, platformId, accountId);
    }

    Optional<Context> context(long platformId, String contextId) {
        return jdbc.query("select * from lti_context where platform_id = ? and context_id = ?", (rs, n) -> mapContext(rs),
                platformId, contextId).stream().findFirst();
    }

    Optional<Context> context(long id) {
        return jdbc.query("select * from lti_context where id = ?", (rs, n) -> mapContext(rs), id).stream().findFirst();
    }

    List<Context> contexts() {
        return jdbc.query("select * from lti_context order by title, id", (rs, n) -> mapContext(rs));
    }

    long insertContext(long platformId, String contextId, String title, long cohortId, @Nullable String memberships,
                       @Nullable String lineItems, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into lti_context (platform_id, context_id, title, cohort_id, "
                    + "memberships_url, lineitems_url, created_at) values (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setLong(1, platformId);
            ps.setString(2, contextId);
            ps.setString(3, title);
            ps.setLong(4, cohortId);
            ps.setString(5, memberships);
            ps.setString(6, lineItems);
            ps.setTimestamp(7, Timestamp.from(now));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    void updateContextServices(long id, String title, @Nullable String memberships, @Nullable String lineItems) {
        jdbc.update("update lti_context set title = ?, memberships_url = coalesce(?, memberships_url), "
                + "lineitems_url = coalesce(?, lineitems_url) where id = ?", title, memberships, lineItems, id);
    }

    void markSynced(long id, Instant at) {
        jdbc.update("update lti_context set last_synced_at = ? where id = ?", Timestamp.from(at), id);
    }

    Optional<ResourceLink> resourceLink(long platformId, String resourceLinkId) {
        return jdbc.query("select * from lti_resource_link where platform_id = ? and resource_link_id = ?",
                (rs, n) -> mapLink(rs), platformId, resourceLinkId).stream().findFirst();
    }

    void saveResourceLink(long platformId, String resourceLinkId, @Nullable Long contextPk, String target,
                          @Nullable String lineItemUrl, Instant now) {
        int updated = jdbc.update("update lti_resource_link set context_pk = ?, target = ?, "
                + "lineitem_url = coalesce(?, lineitem_url) where platform_id = ? and resource_link_id = ?",
                contextPk, target, lineItemUrl, platformId, resourceLinkId);
        if (updated == 0) {
            jdbc.update("insert into lti_resource_link (platform_id, resource_link_id, context_pk, target, "
                    + "lineitem_url, created_at) values (?, ?, ?, ?, ?, ?)", platformId, resourceLinkId, contextPk,
                    target, lineItemUrl, Timestamp.from(now));
        }
    }

    /** The resource links that open this target and have a line item to post scores to. */
    List<ResourceLink> gradedLinks(String target) {
        return jdbc.query("select * from lti_resource_link where target = ? and lineitem_url is not null",
                (rs, n) -> mapLink(rs), target);
    }

    void createHandoff(String token, long accountId, String target, Instant expires) {
        jdbc.update("delete from lti_handoff where expires_at < ?", Timestamp.from(Instant.now()));
        jdbc.update("insert into lti_handoff (token, account_id, target, expires_at) values (?, ?, ?, ?)", token,
                accountId, target, Timestamp.from(expires));
    }

    record Handoff(long accountId, String target) {
    }

    /** Takes a hand-off out if it exists and has not expired; it works once. */
    Optional<Handoff> consumeHandoff(String token, Instant now) {
        List<Handoff> found = jdbc.query("select account_id, target from lti_handoff where token = ? and expires_at > ?",
                (rs, n) -> new Handoff(rs.getLong(1), rs.getString(2)), token, Timestamp.from(now));
        if (found.isEmpty() || jdbc.update("delete from lti_handoff where token = ?", token) != 1) {
            return Optional.empty();
        }
        return Optional.of(found.get(0));
    }

    private static Context mapContext(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp synced = rs.getTimestamp("last_synced_at");
        return new Context(rs.getLong("id"), rs.getLong("platform_id"), rs.getString("context_id"),
                rs.getString("title"), rs.getLong("cohort_id"), rs.getString("memberships_url"),
                rs.getString("lineitems_url"), synced == null ? null : synced.toInstant());
    }

    private static ResourceLink mapLink(java.sql.ResultSet rs) throws java.sql.SQLException {
        long ctx = rs.getLong("context_pk");
        return new ResourceLink(rs.getLong("id"), rs.getLong("platform_id"), rs.getString("resource_link_id"),
                rs.wasNull() ? null : ctx, rs.getString("target"), rs.getString("lineitem_url"));
    }
}
