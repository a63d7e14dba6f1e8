package com.smpacademy.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.Role;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.course.CourseService.CourseCard;
import com.smpacademy.course.CourseService.LessonPage;
import com.smpacademy.course.CourseService.ModuleStatus;
import com.smpacademy.support.SpringTest;
import com.smpacademy.support.TestUsers;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@SpringTest
class CourseServiceTest {

    static final Path COURSES_DIR = Path.of("target/test-courses-dir");

    @Autowired CourseService courses;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory emf;

    @AfterEach
    void logout() {
        users.logout();
    }

    private AccountPrincipal newTrainee() {
        AccountPrincipal trainee = users.create(Role.TRAINEE);
        users.loginAs(trainee);
        return trainee;
    }

    @Test
    void aLockedLessonComesBackWithoutItsText() {
        newTrainee();
        LessonPage page = courses.openLesson("test-basics", "next-steps", "secret");
        assertThat(page.locked()).isTrue();
        assertThat(page.html()).isNull();
        assertThat(page.lockedReason()).contains("\"First steps\"");
    }

    @Test
    void aLockedLessonCannotBeMarkedDone() {
        newTrainee();
        assertThatThrownBy(() -> courses.markDone("test-basics", "next-steps", "secret", true))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("locked");
    }

    @Test
    void finishingEveryLessonOfAModuleUnlocksTheNext() {
        newTrainee();
        assertThat(courses.coursePage("test-basics").module("next-steps").orElseThrow().status())
                .isEqualTo(ModuleStatus.LOCKED);
        courses.markDone("test-basics", "first-steps", "welcome", true);
        assertThat(courses.coursePage("test-basics").module("first-steps").orElseThrow().status())
                .isEqualTo(ModuleStatus.IN_PROGRESS);
        courses.markDone("test-basics", "first-steps", "hostile", true);
        var page = courses.coursePage("test-basics");
        assertThat(page.module("first-steps").orElseThrow().status()).isEqualTo(ModuleStatus.DONE);
        assertThat(page.module("next-steps").orElseThrow().status()).isEqualTo(ModuleStatus.AVAILABLE);
        LessonPage secret = courses.openLesson("test-basics", "next-steps", "secret");
        assertThat(secret.locked()).isFalse();
        assertThat(secret.html()).contains("The secret text of a locked lesson.");
    }

    @Test
    void markingDoneTwiceKeepsOneRecordAndCanBeUndone() {
        AccountPrincipal trainee = newTrainee();
        courses.markDone("test-basics", "first-steps", "welcome", true);
        courses.markDone("test-basics", "first-steps", "welcome", true);
        assertThat(jdbc.queryForObject("select count(*) from lesson_progress where user_id = ?", Integer.class,
                trainee.id())).isEqualTo(1);
        courses.markDone("test-basics", "first-steps", "welcome", false);
        assertThat(jdbc.queryForObject("select count(*) from lesson_progress where user_id = ?", Integer.class,
                trainee.id())).isZero();
    }

    @Test
    void theTraineesPlaceIsRemembered() {
        newTrainee();
        courses.openLesson("test-basics", "first-steps", "hostile");
        CourseCard card = courses.catalog().stream().filter(c -> c.courseId().equals("test-basics")).findFirst()
                .orElseThrow();
        assertThat(card.continueAt()).isNotNull();
        assertThat(card.continueAt().lessonId()).isEqualTo("hostile");
        assertThat(courses.coursePage("test-basics").continueAt().title()).isEqualTo("Hostile markup");
    }

    @Test
    void unknownCoursesModulesAndLessonsAreNotFound() {
        newTrainee();
        assertThatThrownBy(() -> courses.coursePage("nope")).isInstanceOf(CourseService.NotFound.class);
        assertThatThrownBy(() -> courses.openLesson("test-basics", "first-steps", "nope"))
                .isInstanceOf(CourseService.NotFound.class);
        assertThatThrownBy(() -> courses.markDone("test-basics", "ghost", "welcome", true))
                .isInstanceOf(CourseService.NotFound.class);
    }

    @Test
    void clinicOwnersDoNotStudyAndOnlyAdminsReload() {
        users.loginAs(users.create(Role.CLINIC_OWNER));
        assertThatThrownBy(() -> courses.catalog()).isInstanceOf(AccessDeniedException.class);
        users.loginAs(users.create(Role.TRAINEE));
        assertThatThrownBy(() -> courses.reloadPacks()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void progressOnAnUnchangedLessonSurvivesAContentUpdate() {
        String folder = "update-" + UUID.randomUUID().toString().substring(0, 8);
        TestPacks pack = TestPacks.valid(folder);
        pack.writeTo(COURSES_DIR);
        users.loginAs(TestUsers.ADMIN);
        courses.reloadPacks();
        String firstHash = courses.findCourse(folder).orElseThrow().contentHash();

        AccountPrincipal trainee = newTrainee();
        courses.markDone(folder, "alpha", "one", true);

        pack.file("01-alpha/01-one.md", "---\ntitle: One, revised\n---\nRewritten text.\n")
                .file("01-alpha/02-extra.md", "---\ntitle: Extra\n---\nA new lesson.\n").writeTo(COURSES_DIR);
        users.loginAs(TestUsers.ADMIN);
        courses.reloadPacks();
        users.loginAs(trainee);

        var page = courses.coursePage(folder);
        assertThat(page.course().contentHash()).isNotEqualTo(firstHash);
        assertThat(page.module("alpha").orElseThrow().lessonsDone()).containsExactly("one");
        assertThat(page.module("alpha").orElseThrow().status()).isEqualTo(ModuleStatus.IN_PROGRESS);
        assertThat(jdbc.queryForObject("select count(*) from course_version where course_id = ?", Integer.class,
                folder)).isEqualTo(2);
    }

    @Test
    void aBrokenUpdateIsRefusedAndThePreviousVersionStaysInService() {
        String folder = "refuse-" + UUID.randomUUID().toString().substring(0, 8);
        TestPacks pack = TestPacks.valid(folder);
        pack.writeTo(COURSES_DIR);
        users.loginAs(TestUsers.ADMIN);
        courses.reloadPacks();

        pack.file("02-beta/module.yaml", "id: beta\ntitle: Beta\nprerequisites: [nowhere]\n").writeTo(COURSES_DIR);
        CourseCatalog.LoadSummary summary = courses.reloadPacks();

        assertThat(summary.refused()).isGreaterThanOrEqualTo(1);
        assertThat(courses.findCourse(folder)).isPresent();
        CourseCatalog.PackReport report = courses.packReports().stream().filter(r -> r.folder().equals(folder))
                .findFirst().orElseThrow();
        assertThat(report.loaded()).isFalse();
        assertThat(report.servingPrevious()).isTrue();
        assertThat(report.problems()).extracting(Problem::toString)
                .contains(folder + "/02-beta/module.yaml:3: unknown prerequisite 'nowhere': no module of this "
                        + "course has that id");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'COURSE_PACKS_RELOADED'",
                Integer.class)).isPositive();
    }

    @Test
    void catalogAndCoursePageRunAFixedNumberOfStatementsWhateverTheProgressAndTrainees() {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        AccountPrincipal fresh = newTrainee();
        long catalogEmpty = statements(stats, () -> courses.catalog());
        long pageEmpty = statements(stats, () -> courses.coursePage("smp-practitioner"));

        // many other trainees with progress, and this trainee with every lesson of the first module done
        for (int i = 0; i < 5; i++) {
            users.loginAs(users.create(Role.TRAINEE));
            courses.markDone("test-basics", "first-steps", "welcome", true);
        }
        users.loginAs(fresh);
        var foundations = courses.findCourse("smp-practitioner").orElseThrow().module("foundations").orElseThrow();
        foundations.lessons().forEach(l -> courses.markDone("smp-practitioner", "foundations", l.id(), true));
        courses.openLesson("smp-practitioner", "safety", "bloodborne-pathogens");

        long catalogFull = statements(stats, () -> courses.catalog());
        long pageFull = statements(stats, () -> courses.coursePage("smp-practitioner"));
        assertThat(catalogFull).isEqualTo(catalogEmpty).isLessThanOrEqualTo(2);
        assertThat(pageFull).isEqualTo(pageEmpty).isLessThanOrEqualTo(3);
    }

    private static long statements(Statistics stats, Runnable action) {
        stats.clear();
        action.run();
        return stats.getPrepareStatementCount();
    }
}
