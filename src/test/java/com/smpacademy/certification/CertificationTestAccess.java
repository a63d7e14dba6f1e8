package com.smpacademy.certification;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** For view tests: a fresh certificate without going through every requirement first. */
@TestComponent
public class CertificationTestAccess {

    private final CertificationService certification;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    CertificationTestAccess(CertificationService certification, JdbcTemplate jdbc, TransactionTemplate tx) {
        this.certification = certification;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Ids of a trainee who meets every requirement of the lab course's program, and of their instructor. */
    public record Eligible(String courseId, long traineeId, long instructorId, String instructorEmail) {
    }

    @org.springframework.beans.factory.annotation.Autowired
    private com.smpacademy.course.CourseService courses;
    @org.springframework.beans.factory.annotation.Autowired
    private com.smpacademy.quiz.QuizService quizzes;
    @org.springframework.beans.factory.annotation.Autowired
    private com.smpacademy.practice.PracticeService practice;
    @org.springframework.beans.factory.annotation.Autowired
    private com.smpacademy.account.CohortService cohorts;
    @org.springframework.beans.factory.annotation.Autowired
    private com.smpacademy.support.TestUsers users;

    public Eligible eligibleTrainee() throws Exception {
        String lab = CertificationServiceTest.writeLab();
        users.loginAs(com.smpacademy.support.TestUsers.ADMIN);
        courses.reloadPacks();
        var trainee = users.create(com.smpacademy.account.Role.TRAINEE);
        var instructor = users.create(com.smpacademy.account.Role.INSTRUCTOR);
        var cohort = cohorts.create("Eligible " + java.util.UUID.randomUUID().toString().substring(0, 8), null);
        cohorts.addMember(cohort.id(), trainee.id());
        cohorts.addMember(cohort.id(), instructor.id());
        users.loginAs(trainee);
        courses.markDone(lab, "m1", "read", true);
        var attempt = quizzes.start(lab, "m1");
        quizzes.saveAnswer(attempt.attemptId(), 0, com.smpacademy.quiz.Answer.truth(true));
        quizzes.submit(attempt.attemptId());
        for (var setting : java.util.List.of(com.smpacademy.practice.PracticeEnums.Setting.SYNTHETIC_SKIN,
                com.smpacademy.practice.PracticeEnums.Setting.LIVE_MODEL)) {
            users.loginAs(trainee);
            long id = practice.save(null, new com.smpacademy.practice.EntryForm(LocalDate.now(ZoneOffset.UTC)
                    .minusDays(1), 60, setting, com.smpacademy.practice.PracticeEnums.Skill.DENSITY_FILL, null, null,
                    null, null, null, setting == com.smpacademy.practice.PracticeEnums.Setting.LIVE_MODEL
                    ? instructor.id() : null, null));
            practice.submit(id);
            users.loginAs(instructor);
            practice.decide(id, com.smpacademy.practice.PracticeEnums.Decision.APPROVE,
                    new com.smpacademy.practice.Rubric(4, 4, 4, 4, 4), null);
        }
        certification.recordPracticalAssessment(trainee.id(), lab, true, "Passed the supervised session.");
        users.logout();
        return new Eligible(lab, trainee.id(), instructor.id(), instructor.email());
    }

    public String issueWithoutChecks(String email) {
        Map<String, Object> row = jdbc.queryForMap("select id, display_name from user_account where email = ?",
                email);
        Program program = certification.programs().stream().filter(p -> p.courseId().equals("smp-practitioner"))
                .findFirst().orElseThrow();
        return tx.execute(status -> certification.create(((Number) row.get("id")).longValue(),
                (String) row.get("display_name"), program, LocalDate.now(ZoneOffset.UTC), null, null).code());
    }
}
