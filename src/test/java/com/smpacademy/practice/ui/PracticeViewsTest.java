package com.smpacademy.practice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.smpacademy.support.Ui.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.CohortService;
import com.smpacademy.account.CohortSummary;
import com.smpacademy.account.Role;
import com.smpacademy.practice.PracticeEnums.Setting;
import com.smpacademy.practice.PracticeEnums.Skill;
import com.smpacademy.support.KaribuTest;
import com.smpacademy.support.TestUsers;
import com.smpacademy.ui.AccessDeniedView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class PracticeViewsTest extends KaribuTest {

    @Autowired CohortService cohorts;
    @Autowired JdbcTemplate jdbc;
    AccountPrincipal trainee;
    AccountPrincipal instructor;

    @BeforeEach
    void cohort() {
        trainee = users.create(Role.TRAINEE);
        instructor = users.create(Role.INSTRUCTOR);
        users.loginAs(TestUsers.ADMIN);
        CohortSummary c = cohorts.create("Views " + UUID.randomUUID().toString().substring(0, 8), null);
        cohorts.addMember(c.id(), trainee.id());
        cohorts.addMember(c.id(), instructor.id());
        login(trainee);
    }

    private EntryView newEntry() {
        UI.getCurrent().navigate(EntryView.class);
        return _get(EntryView.class);
    }

    private void fill(EntryView view, LocalDate date, Setting setting) {
        type(view.date, date);
        type(view.hours, 2);
        type(view.minutes, 30);
        type(view.setting, setting);
        type(view.skill, Skill.DENSITY_FILL);
        type(view.needleGrouping, "3RL");
        type(view.needleDiameter, 0.30);
    }

    private long latestEntry() {
        return jdbc.queryForObject("select max(id) from practice_entry where trainee_id = ?", Long.class,
                trainee.id());
    }

    @Test
    void aTraineeLogsASessionAddsAPhotoAndSubmitsIt() {
        EntryView view = newEntry();
        fill(view, LocalDate.now(ZoneOffset.UTC).minusDays(2), Setting.MANNEQUIN);
        _click(view.save);
        long id = latestEntry();
        NavigatorKt.expectView(EntryView.class);
        EntryView saved = _get(EntryView.class);
        assertThat(saved.entryId()).isEqualTo(id);

        saved.receivePhoto("scalp.png", com.smpacademy.practice.TestPhotosAccess.png());
        assertThat(saved.photoIds()).hasSize(1);
        saved.receivePhoto("notes.jpg", "not a photo".getBytes(StandardCharsets.UTF_8));
        assertThat(saved.photoError.isVisible()).isTrue();
        assertThat(saved.photoError.getText()).contains("is not a JPEG or PNG photo");
        assertThat(saved.photoIds()).hasSize(1);

        _click(saved.submit);
        NavigatorKt.expectView(LogbookView.class);
        LogbookView logbook = _get(LogbookView.class);
        assertThat(GridKt._size(logbook.entries)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(logbook.entries, 0)).contains("Mannequin or latex scalp", "2 h 30 min");
        assertThat(jdbc.queryForObject("select status from practice_entry where id = ?", String.class, id))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void aFutureDateAndAMissingSupervisorAreShownOnTheirFields() {
        EntryView view = newEntry();
        view.date.setMax(null);
        fill(view, LocalDate.now(ZoneOffset.UTC).plusDays(3), Setting.LIVE_MODEL);
        _click(view.save);
        assertThat(view.date.isInvalid()).isTrue();
        assertThat(view.date.getErrorMessage()).contains("in the future");
        assertThat(view.supervisor.isInvalid()).isTrue();
        assertThat(view.supervisor.getErrorMessage()).contains("supervised");
        assertThat(jdbc.queryForObject("select count(*) from practice_entry where trainee_id = ?", Integer.class,
                trainee.id())).isZero();
    }

    @Test
    void theLogbookShowsAnEmptyStateAndTheRequirement() {
        UI.getCurrent().navigate(LogbookView.class);
        LogbookView view = _get(LogbookView.class);
        assertThat(view.entries.getEmptyStateText()).contains("Log your first practice session");
        assertThat(view.getElement().getTextRecursively()).contains("Supervised live model 0 h / 20 h",
                "Nothing waiting for review");
        com.vaadin.flow.component.html.Image chart = _get(com.vaadin.flow.component.html.Image.class,
                s -> s.withId("weekly-chart"));
        assertThat(chart.getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat(chart.getAlt()).hasValueSatisfying(alt -> assertThat(alt).contains("0 hours in all"));
    }

    @Test
    void theInstructorFindsTheEntryInTheQueueAndApprovesItWithTheRubric() {
        EntryView view = newEntry();
        fill(view, LocalDate.now(ZoneOffset.UTC).minusDays(1), Setting.SYNTHETIC_SKIN);
        _click(view.submit);
        long id = latestEntry();

        login(instructor);
        UI.getCurrent().navigate(ReviewQueueView.class);
        ReviewQueueView queue = _get(ReviewQueueView.class);
        assertThat(queue.waiting.getText()).isEqualTo("1 entry waiting for review");
        assertThat(GridKt._get(queue.grid, 0).entryId()).isEqualTo(id);

        UI.getCurrent().navigate(ReviewView.class, new RouteParameters("entryId", Long.toString(id)));
        ReviewView review = _get(ReviewView.class);
        // approving without the rubric is refused
        _click(review.approve);
        assertThat(jdbc.queryForObject("select status from practice_entry where id = ?", String.class, id))
                .isEqualTo("SUBMITTED");
        // requesting changes without a comment is refused on the comment field
        _click(review.requestChanges);
        assertThat(review.comment.isInvalid()).isTrue();

        review.scores.forEach(s -> type(s, 4));
        _click(review.approve);
        NavigatorKt.expectView(ReviewQueueView.class);
        assertThat(jdbc.queryForObject("select status from practice_entry where id = ?", String.class, id))
                .isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("select depth from practice_review where entry_id = ?", Integer.class, id))
                .isEqualTo(4);
    }

    @Test
    void anotherTraineesEntryByUrlShowsNoDetails() {
        EntryView view = newEntry();
        fill(view, LocalDate.now(ZoneOffset.UTC).minusDays(1), Setting.SYNTHETIC_SKIN);
        _click(view.save);
        long id = latestEntry();
        login(users.create(Role.TRAINEE));
        UI.getCurrent().navigate(EntryView.class, new RouteParameters("entryId", Long.toString(id)));
        String text = _get(EntryView.class).getElement().getTextRecursively();
        assertThat(text).contains("You may not open this practice entry").doesNotContain("3RL");
    }

    @Test
    void traineesCannotOpenTheReviewQueueAndInstructorsCannotLogPractice() {
        UI.getCurrent().navigate(ReviewQueueView.class);
        NavigatorKt.expectView(AccessDeniedView.class);
        login(instructor);
        UI.getCurrent().navigate(LogbookView.class);
        NavigatorKt.expectView(AccessDeniedView.class);
    }
}
