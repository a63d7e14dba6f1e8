package com.smpacademy.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.CohortService;
import com.smpacademy.account.CohortSummary;
import com.smpacademy.account.Role;
import com.smpacademy.common.InvalidInputException;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.practice.PracticeEnums.Decision;
import com.smpacademy.practice.PracticeEnums.Setting;
import com.smpacademy.practice.PracticeEnums.Skill;
import com.smpacademy.practice.PracticeEnums.Status;
import com.smpacademy.support.SpringTest;
import com.smpacademy.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@SpringTest
class PracticeServiceTest {

    @Autowired PracticeService practice;
    @Autowired CohortService cohorts;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;

    AccountPrincipal trainee;
    AccountPrincipal instructor;
    static final Rubric GOOD = new Rubric(4, 4, 5, 4, 5);

    @BeforeEach
    void cohortOfOne() {
        trainee = users.create(Role.TRAINEE);
        instructor = users.create(Role.INSTRUCTOR);
        users.loginAs(TestUsers.ADMIN);
        CohortSummary cohort = cohorts.create("Practice " + UUID.randomUUID().toString().substring(0, 8), null);
        cohorts.addMember(cohort.id(), trainee.id());
        cohorts.addMember(cohort.id(), instructor.id());
        users.loginAs(trainee);
    }

    @AfterEach
    void logout() {
        users.logout();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    EntryForm form(LocalDate date, int minutes, Setting setting, Long supervisor) {
        return new EntryForm(date, minutes, setting, Skill.HAIRLINE_DESIGN, "3RL", 0.30, "SMP carbon black",
                "1:3", "Norwood 4", supervisor, "Practised a soft frontal edge.");
    }

    long submitted(Setting setting, int minutes) {
        long id = practice.save(null, form(today().minusDays(1), minutes, setting,
                setting == Setting.LIVE_MODEL ? instructor.id() : null));
        practice.submit(id);
        return id;
    }

    @Test
    void aFutureDateIsRefusedOnTheDateField() {
        assertThatThrownBy(() -> practice.save(null, form(today().plusDays(1), 60, Setting.MANNEQUIN, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("date", "The date is in the future. Log sessions after they happen."));
        assertThatThrownBy(() -> practice.save(null, form(today().minusYears(1).minusDays(1), 60,
                Setting.MANNEQUIN, null))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void durationsOutsideFifteenMinutesToTwelveHoursAreRefused() {
        assertThatThrownBy(() -> practice.save(null, form(today(), 10, Setting.MANNEQUIN, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("minutes"));
        assertThatThrownBy(() -> practice.save(null, form(today(), 12 * 60 + 1, Setting.MANNEQUIN, null)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void moreThanSixteenHoursInOneDayIsRefused() {
        practice.save(null, form(today(), 9 * 60, Setting.SYNTHETIC_SKIN, null));
        assertThatThrownBy(() -> practice.save(null, form(today(), 8 * 60, Setting.MANNEQUIN, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("minutes"))
                        .contains("at most 16 hours", "9 h already"));
        practice.save(null, form(today(), 7 * 60, Setting.MANNEQUIN, null));
    }

    @Test
    void aLiveModelEntryNeedsASupervisorFromTheCohort() {
        assertThatThrownBy(() -> practice.save(null, form(today(), 60, Setting.LIVE_MODEL, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("supervisorId", "A live-model session needs the instructor who supervised it."));
        AccountPrincipal stranger = users.create(Role.INSTRUCTOR);
        users.loginAs(trainee);
        assertThatThrownBy(() -> practice.save(null, form(today(), 60, Setting.LIVE_MODEL, stranger.id())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("supervisorId"));
        assertThat(practice.save(null, form(today(), 60, Setting.LIVE_MODEL, instructor.id()))).isPositive();
    }

    @Test
    void theWorkflowRunsFromDraftToApprovedAndLocksTheEntry() {
        long id = submitted(Setting.LIVE_MODEL, 120);
        users.loginAs(instructor);
        assertThat(practice.queueCount(PracticeService.QueueFilter.none())).isEqualTo(1);
        practice.decide(id, Decision.APPROVE, GOOD, "Even depth.");
        assertThat(practice.entry(id).status()).isEqualTo(Status.APPROVED);
        assertThat(practice.queueCount(PracticeService.QueueFilter.none())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PRACTICE_APPROVED' and "
                + "target_id = ?", Integer.class, Long.toString(id))).isEqualTo(1);

        // approving an approved entry, or the trainee editing it, is refused
        assertThatThrownBy(() -> practice.decide(id, Decision.APPROVE, GOOD, null))
                .isInstanceOf(RuleViolationException.class);
        users.loginAs(trainee);
        assertThatThrownBy(() -> practice.save(id, form(today(), 60, Setting.MANNEQUIN, null)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("approved and locked");
        assertThatThrownBy(() -> practice.addPhoto(id, "late.jpg", TestPhotos.jpeg(100, 100)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(practice.totalsFor(trainee.id()).approvedMinutes()).containsEntry(Setting.LIVE_MODEL, 120);
        assertThat(practice.totalsFor(trainee.id()).liveModelRubricAverage()).isEqualTo(4.4);
    }

    @Test
    void aTraineeCannotApproveAnything() {
        long id = submitted(Setting.MANNEQUIN, 60);
        assertThatThrownBy(() -> practice.decide(id, Decision.APPROVE, GOOD, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void requestedChangesGoBackToTheTraineeAndEditsKeepTheirHistory() {
        long id = submitted(Setting.MANNEQUIN, 60);
        users.loginAs(instructor);
        assertThatThrownBy(() -> practice.decide(id, Decision.REQUEST_CHANGES, null, ""))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("comment"));
        practice.decide(id, Decision.REQUEST_CHANGES, null, "Add the needle size you used.");
        users.loginAs(trainee);
        practice.save(id, form(today().minusDays(1), 75, Setting.MANNEQUIN, null));
        practice.submit(id);
        users.loginAs(instructor);
        PracticeService.EntryDetail detail = practice.entry(id);
        assertThat(detail.revisions()).hasSize(1);
        assertThat(detail.revisions().get(0).summary()).contains("60 min");
        assertThat(detail.reviews()).extracting(PracticeService.ReviewView::comment)
                .containsExactly("Add the needle size you used.");
        assertThat(detail.status()).isEqualTo(Status.SUBMITTED);
    }

    @Test
    void approvingNeedsEveryRubricScore() {
        long id = submitted(Setting.MANNEQUIN, 60);
        users.loginAs(instructor);
        assertThatThrownBy(() -> practice.decide(id, Decision.APPROVE, new Rubric(4, 4, 0, 4, 4), null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("rubric"));
    }

    @Test
    void instructorsReviewOnlyTheirCohortsAndNeverTheirOwnEntries() {
        long id = submitted(Setting.MANNEQUIN, 60);
        AccountPrincipal outsider = users.create(Role.INSTRUCTOR);
        users.loginAs(outsider);
        assertThat(practice.queueCount(PracticeService.QueueFilter.none())).isZero();
        assertThatThrownBy(() -> practice.entry(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practice.decide(id, Decision.APPROVE, GOOD, null))
                .isInstanceOf(AccessDeniedException.class);
        users.loginAs(TestUsers.ADMIN);
        assertThat(practice.entry(id).id()).isEqualTo(id);
    }

    @Test
    void aTraineeCannotOpenAnotherTraineesEntryOrPhoto() throws Exception {
        long id = practice.save(null, form(today(), 60, Setting.MANNEQUIN, null));
        long photo = practice.addPhoto(id, "scalp.jpg", TestPhotos.jpeg(640, 480));
        users.loginAs(users.create(Role.TRAINEE));
        assertThatThrownBy(() -> practice.entry(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practice.photo(photo, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practice.submit(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTextFileNamedJpgIsRefusedAndTheEntryIsKept() {
        long id = practice.save(null, form(today(), 60, Setting.MANNEQUIN, null));
        assertThatThrownBy(() -> practice.addPhoto(id, "notes.jpg",
                "these are not pixels".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .contains("\"notes.jpg\" is not a JPEG or PNG photo"));
        assertThat(practice.entry(id).photoIds()).isEmpty();
        assertThat(practice.entry(id).form().minutes()).isEqualTo(60);
    }

    @Test
    void aJpegWithGpsExifIsStoredWithoutIt() throws Exception {
        long id = practice.save(null, form(today(), 60, Setting.MANNEQUIN, null));
        byte[] original = TestPhotos.jpegWithGpsExif();
        assertThat(TestPhotos.contains(original, "Exif".getBytes(StandardCharsets.US_ASCII))).isTrue();
        long photo = practice.addPhoto(id, "phone.jpg", original);
        byte[] stored = practice.photo(photo, false).bytes();
        assertThat(TestPhotos.contains(stored, "Exif".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(TestPhotos.contains(stored, TestPhotos.GPS_MARKER.getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(stored)).getWidth()).isEqualTo(800);
    }

    @Test
    void anElevenMegabyteFileIsRefused() {
        long id = practice.save(null, form(today(), 60, Setting.MANNEQUIN, null));
        byte[] big = new byte[11 * 1024 * 1024];
        assertThatThrownBy(() -> practice.addPhoto(id, "huge.jpg", big))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .contains("at most 10 MB"));
    }

    @Test
    void largePhotosAreDownscaledWithAThumbnailAndSixIsTheLimit() throws Exception {
        long id = practice.save(null, form(today(), 60, Setting.MANNEQUIN, null));
        long photo = practice.addPhoto(id, "wide.png", TestPhotos.png(3000, 1500));
        var stored = ImageIO.read(new java.io.ByteArrayInputStream(practice.photo(photo, false).bytes()));
        assertThat(stored.getWidth()).isEqualTo(2048);
        assertThat(stored.getHeight()).isEqualTo(1024);
        var thumb = ImageIO.read(new java.io.ByteArrayInputStream(practice.photo(photo, true).bytes()));
        assertThat(Math.max(thumb.getWidth(), thumb.getHeight())).isEqualTo(320);
        for (int i = 0; i < 5; i++) {
            practice.addPhoto(id, "p" + i + ".jpg", TestPhotos.jpeg(200, 200));
        }
        assertThatThrownBy(() -> practice.addPhoto(id, "seventh.jpg", TestPhotos.jpeg(200, 200)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .contains("at most 6 photos"));
    }

    @Test
    void theDashboardShowsApprovedHoursAgainstTheRequirementAndPendingHours() {
        long approved = submitted(Setting.SYNTHETIC_SKIN, 90);
        submitted(Setting.MANNEQUIN, 45);
        users.loginAs(instructor);
        practice.decide(approved, Decision.APPROVE, GOOD, null);
        users.loginAs(trainee);
        PracticeService.Dashboard dashboard = practice.myDashboard();
        assertThat(dashboard.settings()).filteredOn(s -> s.setting() == Setting.SYNTHETIC_SKIN).singleElement()
                .satisfies(s -> {
                    assertThat(s.approvedMinutes()).isEqualTo(90);
                    assertThat(s.requiredMinutes()).isEqualTo(20 * 60);
                });
        assertThat(dashboard.pendingMinutes()).isEqualTo(45);
        assertThat(dashboard.weeks()).hasSize(12);
        assertThat(dashboard.weeks().stream().mapToDouble(PracticeService.WeekHours::hours).sum()).isEqualTo(1.5);
        assertThat(practice.myLogbookCsv()).contains("Synthetic practice skin", "\"Approved\"", "\"1:3\"");
    }
}
