package com.smpacademy.quiz;

import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QuizAttemptRepository extends JpaRepository<QuizAttempt, Long> {

    /** One trainee's attempts at one quiz, oldest first: the whole history in one query. */
    @Query("""
            select a from QuizAttempt a where a.userId = :userId and a.courseId = :courseId
              and a.moduleId = :moduleId order by a.startedAt, a.id
            """)
    List<QuizAttempt> history(@Param("userId") long userId, @Param("courseId") String courseId,
                              @Param("moduleId") String moduleId);

    @Query("""
            select distinct a.moduleId from QuizAttempt a
            where a.userId = :userId and a.courseId = :courseId and a.passed = true
            """)
    Set<String> passedModules(@Param("userId") long userId, @Param("courseId") String courseId);

    @Query("""
            select a.moduleId, max(a.scorePercent) from QuizAttempt a
            where a.userId = :userId and a.courseId = :courseId
              and a.status <> com.smpacademy.quiz.QuizAttempt.Status.IN_PROGRESS
            group by a.moduleId
            """)
    List<Object[]> bestScores(@Param("userId") long userId, @Param("courseId") String courseId);

    @Query("""
            select a from QuizAttempt a where a.courseId = :courseId and a.moduleId = :moduleId
              and a.status <> com.smpacademy.quiz.QuizAttempt.Status.IN_PROGRESS
            """)
    List<QuizAttempt> closedAttempts(@Param("courseId") String courseId, @Param("moduleId") String moduleId);

    @Query("""
            select a from QuizAttempt a where a.status = com.smpacademy.quiz.QuizAttempt.Status.IN_PROGRESS
              and a.deadline < :now
            """)
    List<QuizAttempt> overdue(@Param("now") java.time.Instant now);
}
