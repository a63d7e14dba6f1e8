package com.smpacademy.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CohortRepository extends JpaRepository<Cohort, Long> {

    boolean existsByNameIgnoreCase(String name);

    @Query("""
            select new com.smpacademy.account.CohortSummary(c.id, c.name, c.description,
                sum(case when m.role = com.smpacademy.account.Role.TRAINEE then 1 else 0 end),
                sum(case when m.role = com.smpacademy.account.Role.INSTRUCTOR then 1 else 0 end))
            from Cohort c left join c.members m
            group by c.id, c.name, c.description
            order by c.name
            """)
    List<CohortSummary> summaries();

    @Query("""
            select new com.smpacademy.account.CohortSummary(c.id, c.name, c.description,
                sum(case when m.role = com.smpacademy.account.Role.TRAINEE then 1 else 0 end),
                sum(case when m.role = com.smpacademy.account.Role.INSTRUCTOR then 1 else 0 end))
            from Cohort c left join c.members m
            where c.id in (select c2.id from Cohort c2 join c2.members me where me.id = :userId)
            group by c.id, c.name, c.description
            order by c.name
            """)
    List<CohortSummary> summariesFor(@Param("userId") long userId);

    @Query("select m from Cohort c join c.members m where c.id = :cohortId order by m.role, m.displayName")
    List<UserAccount> members(@Param("cohortId") long cohortId);

    @Query("select c from Cohort c left join fetch c.members where c.id = :cohortId")
    Optional<Cohort> findWithMembers(@Param("cohortId") long cohortId);

    @Query("""
            select count(c) > 0 from Cohort c join c.members i join c.members t
            where i.id = :instructorId and i.role = com.smpacademy.account.Role.INSTRUCTOR and t.id = :traineeId
              and t.role = com.smpacademy.account.Role.TRAINEE
            """)
    boolean sharesCohort(@Param("instructorId") long instructorId, @Param("traineeId") long traineeId);

    @Query("""
            select distinct o from Cohort c join c.members me join c.members o
            where me.id = :userId and o.role = :role and o.id <> :userId
            order by o.displayName
            """)
    List<UserAccount> cohortPeers(@Param("userId") long userId, @Param("role") Role role);
}
