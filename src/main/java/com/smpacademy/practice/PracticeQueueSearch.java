package com.smpacademy.practice;

import com.smpacademy.practice.PracticeEnums.Setting;
import com.smpacademy.practice.PracticeEnums.Skill;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The review queue in the database: submitted entries, oldest first, of the instructor's cohorts' trainees (or of
 * everybody, for an admin), optionally by trainee, setting and skill. One query for the page, one for the count,
 * whatever the number of entries.
 */
@Component
class PracticeQueueSearch {

    /** A row of the queue. */
    record Row(long entryId, long traineeId, String traineeName, LocalDate date, int minutes, Setting setting,
               Skill skill, Instant submittedAt, long photos) {
    }

    @PersistenceContext
    private EntityManager em;

    List<Row> page(@Nullable Long instructorId, @Nullable Long traineeId, @Nullable Setting setting,
                   @Nullable Skill skill, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(instructorId, traineeId, setting, skill, params);
        TypedQuery<Row> query = em.createQuery("""
                select new com.smpacademy.practice.PracticeQueueSearch$Row(e.id, e.traineeId, u.displayName,
                    e.date, e.minutes, e.setting, e.skill, e.submittedAt,
                    (select count(p) from PracticePhoto p where p.entryId = e.id))
                from PracticeEntry e, com.smpacademy.account.UserAccount u
                where u.id = e.traineeId and %s
                order by e.submittedAt, e.id
                """.formatted(where), Row.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    long count(@Nullable Long instructorId, @Nullable Long traineeId, @Nullable Setting setting,
               @Nullable Skill skill) {
        Map<String, Object> params = new HashMap<>();
        String where = where(instructorId, traineeId, setting, skill, params);
        TypedQuery<Long> query = em.createQuery("select count(e) from PracticeEntry e where " + where, Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    record WaitingRow(long instructorId, long entries, Instant oldest) {
    }

    /** Per instructor, the submitted entries of their cohorts' trainees (never their own), as {@link #where} scopes. */
    List<WaitingRow> waitingByInstructor() {
        return em.createQuery("""
                select new com.smpacademy.practice.PracticeQueueSearch$WaitingRow(i.id, count(distinct e.id),
                    min(e.submittedAt))
                from PracticeEntry e, com.smpacademy.account.Cohort c join c.members i join c.members t
                where e.status = com.smpacademy.practice.PracticeEnums.Status.SUBMITTED and t.id = e.traineeId
                  and t.role = com.smpacademy.account.Role.TRAINEE
                  and i.role = com.smpacademy.account.Role.INSTRUCTOR and i.enabled = true and i.id <> e.traineeId
                group by i.id order by i.id
                """, WaitingRow.class).getResultList();
    }

    private static String where(@Nullable Long instructorId, @Nullable Long traineeId, @Nullable Setting setting,
                                @Nullable Skill skill, Map<String, Object> params) {
        StringBuilder sb = new StringBuilder("e.status = com.smpacademy.practice.PracticeEnums.Status.SUBMITTED");
        if (instructorId != null) {
            // only trainees of the instructor's cohorts, never the instructor's own entries
            sb.append(" and e.traineeId <> :instructorId and e.traineeId in (select t.id from "
                    + "com.smpacademy.account.Cohort c join c.members i join c.members t where i.id = :instructorId "
                    + "and t.role = com.smpacademy.account.Role.TRAINEE)");
            params.put("instructorId", instructorId);
        }
        if (traineeId != null) {
            sb.append(" and e.traineeId = :traineeId");
            params.put("traineeId", traineeId);
        }
        if (setting != null) {
            sb.append(" and e.setting = :setting");
            params.put("setting", setting);
        }
        if (skill != null) {
            sb.append(" and e.skill = :skill");
            params.put("skill", skill);
        }
        return sb.toString();
    }
}
