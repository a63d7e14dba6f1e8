package com.smpacademy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.smpacademy.certification.CertificationService;
import com.smpacademy.practice.PracticeEnums.Status;
import com.smpacademy.practice.PracticeService;
import com.smpacademy.quiz.QuizService;
import com.smpacademy.quiz.QuizStatistics;
import com.smpacademy.support.TestConfig;
import com.smpacademy.support.TestUsers;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** A fresh demo start gives every role work to do, all made through the services. */
@SpringBootTest(properties = {"academy.demo-data.history=true", "spring.datasource.url=jdbc:h2:mem:demo-history;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
@Import({TestConfig.class, TestUsers.class})
class DemoHistoryTest {

    @Autowired
    TestUsers users;
    @Autowired
    PracticeService practice;
    @Autowired
    QuizService quizzes;
    @Autowired
    CertificationService certification;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void theInstructorHasEntriesToReviewWithPhotos() {
        users.loginAs(TestUsers.INSTRUCTOR);
        assertThat(practice.queueCount(PracticeService.QueueFilter.none())).isGreaterThanOrEqualTo(5);
        PracticeService.QueueItem first = practice.queue(PracticeService.QueueFilter.none(), 0, 1).get(0);
        assertThat(practice.entry(first.entryId()).photoIds()).isNotEmpty();
    }

    @Test
    void theCertificateHoldersChecklistIsAllMet() {
        users.loginAs(TestUsers.TRAINEE);
        assertThat(certification.myCertificates()).isNotEmpty();
        assertThat(certification.myEligibility()).isNotEmpty().allSatisfy(e -> assertThat(e.requirements())
                .allSatisfy(r -> assertThat(r.met()).as(r.label() + " " + r.current() + " / " + r.target())
                        .isTrue()));
    }

    @Test
    void theSecondTraineeHasEntriesInEveryState() {
        users.loginAs("trainee2@academy.test");
        Set<Status> states = practice.myEntries().stream().map(PracticeService.EntrySummary::status)
                .collect(Collectors.toSet());
        assertThat(states).containsAll(EnumSet.allOf(Status.class));
        assertThat(certification.myEligibility().get(0).requirements()).anySatisfy(r -> assertThat(r.met())
                .isFalse());
    }

    @Test
    void quizStatisticsHaveEnoughAttemptsToMeanSomething() {
        users.loginAs(TestUsers.INSTRUCTOR);
        QuizStatistics foundations = quizzes.statistics("smp-practitioner", "foundations");
        assertThat(foundations.attempts()).isGreaterThanOrEqualTo(12);
        assertThat(foundations.passRate()).isBetween(0.2, 0.95);
    }
}
