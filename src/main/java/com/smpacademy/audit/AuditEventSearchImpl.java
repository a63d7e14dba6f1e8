package com.smpacademy.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Filtered, paged reads done in the database: one query for the page, one for the count. The count stops at a cap:
 * an exact {@code count(*)} over hundreds of thousands of events is a full scan on PostgreSQL (it keeps no row
 * count), and "10,000+ events" tells an admin as much as the exact figure.
 */
class AuditEventSearchImpl implements AuditEventSearch {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<AuditEvent> search(AuditFilter filter, int offset, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> root = query.from(AuditEvent.class);
        query.where(predicates(cb, root, filter).toArray(Predicate[]::new));
        query.orderBy(cb.desc(root.get("occurredAt")), cb.desc(root.get("id")));
        return em.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countUpTo(AuditFilter filter, int cap) {
        // a derived table with a limit (HQL wants an order by with it): the database stops after cap rows
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder();
        if (filter.from() != null) {
            and(where, "e.occurredAt >= :from");
            parameters.put("from", filter.from().atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            and(where, "e.occurredAt < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            and(where, "lower(e.actorEmail) like :actor escape '\\'");
            parameters.put("actor", actorPattern(filter.actor()));
        }
        if (filter.action() != null) {
            and(where, "e.action = :action");
            parameters.put("action", filter.action());
        }
        TypedQuery<Long> query = em.createQuery("select count(*) from (select e.id as id from AuditEvent e"
                + where + " order by e.id limit :cap) matching", Long.class);
        parameters.forEach(query::setParameter);
        query.setParameter("cap", cap);
        return query.getSingleResult();
    }

    private static void and(StringBuilder where, String condition) {
        where.append(where.isEmpty() ? " where " : " and ").append(condition);
    }

    private static String actorPattern(String actor) {
        return "%" + actor.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static List<Predicate> predicates(CriteriaBuilder cb, Root<AuditEvent> root, AuditFilter filter) {
        List<Predicate> predicates = new ArrayList<>();
        if (filter.from() != null) {
            predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"),
                    filter.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (filter.to() != null) {
            predicates.add(cb.lessThan(root.get("occurredAt"),
                    filter.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            predicates.add(cb.like(cb.lower(root.get("actorEmail")), actorPattern(filter.actor()), '\\'));
        }
        if (filter.action() != null) {
            predicates.add(cb.equal(root.get("action"), filter.action()));
        }
        return predicates;
    }
}
