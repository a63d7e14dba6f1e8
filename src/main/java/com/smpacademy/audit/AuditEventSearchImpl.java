package com.smpacademy.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Filtered, paged reads done in the database: one query for the page, one for the count. */
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
    public long count(AuditFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEvent> root = query.from(AuditEvent.class);
        query.select(cb.count(root)).where(predicates(cb, root, filter).toArray(Predicate[]::new));
        return em.createQuery(query).getSingleResult();
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
            String pattern = "%" + filter.actor().trim().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            predicates.add(cb.like(cb.lower(root.get("actorEmail")), pattern, '\\'));
        }
        if (filter.action() != null) {
            predicates.add(cb.equal(root.get("action"), filter.action()));
        }
        return predicates;
    }
}
