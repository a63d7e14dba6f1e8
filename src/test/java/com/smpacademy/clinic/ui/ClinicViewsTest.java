package com.smpacademy.clinic.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.smpacademy.support.Ui.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.Role;
import com.smpacademy.certification.CertificationTestAccess;
import com.smpacademy.clinic.ClinicService;
import com.smpacademy.clinic.ClinicService.ClinicSummary;
import com.smpacademy.clinic.ClinicService.RosterRow;
import com.smpacademy.clinic.RosterStatus;
import com.smpacademy.support.KaribuTest;
import com.smpacademy.support.TestUsers;
import com.smpacademy.ui.AccessDeniedView;
import com.smpacademy.ui.DashboardView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The clinic owner's pages through Karibu: the demo clinic, happy paths, error paths and typed foreign ids. */
class ClinicViewsTest extends KaribuTest {

    @Autowired ClinicService clinics;
    @Autowired CertificationTestAccess access;
    @Autowired JdbcTemplate jdbc;
    @Autowired AlertsBadge badge;

    private ClinicSummary demoClinic() {
        users.loginAs(TestUsers.CLINIC);
        return clinics.myClinics().get(0);
    }

    private ClinicSummary otherClinic() {
        AccountPrincipal other = users.create(Role.CLINIC_OWNER);
        users.loginAs(TestUsers.ADMIN);
        return clinics.createClinic("Other " + UUID.randomUUID().toString().substring(0, 6), "Leeds",
                "o@clinic.example", null, other.email()).clinic();
    }

    private String freshCode() {
        return access.issueWithoutChecks(users.create(Role.TRAINEE).email());
    }

    private String text() {
        return UI.getCurrent().getCurrentView().getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private List<RosterRow> rosterRows() {
        var grid = (com.vaadin.flow.component.grid.Grid<RosterRow>) _get(com.vaadin.flow.component.grid.Grid.class,
                s -> s.withId("roster-grid"));
        return GridKt._findAll(grid);
    }

    @Test
    void theDemoOwnerSeesTheRosterWithLiveStatusesNeedingAttentionFirst() {
        login(TestUsers.CLINIC);
        UI.getCurrent().navigate(RosterView.class);
        List<RosterRow> rows = rosterRows();
        assertThat(rows).extracting(RosterRow::status).contains(RosterStatus.VALID, RosterStatus.EXPIRED,
                RosterStatus.REVOKED, RosterStatus.EXPIRING);
        assertThat(rows.get(0).status()).isEqualTo(RosterStatus.REVOKED);
        assertThat(rows.get(rows.size() - 1).status()).isEqualTo(RosterStatus.VALID);
        assertThat(rows).anySatisfy(r -> assertThat(r.statusText()).matches("Expires in \\d+ days"));
        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("roster-summary"))
                .getElement().getTextRecursively()).contains("Artists", "Revoked");

        var filter = (com.vaadin.flow.component.select.Select<RosterView.Filter>) _get(
                com.vaadin.flow.component.select.Select.class, s -> s.withId("roster-filter"));
        type(filter, RosterView.Filter.REVOKED);
        assertThat(rosterRows()).extracting(RosterRow::status).containsOnly(RosterStatus.REVOKED);
        type(filter, RosterView.Filter.ATTENTION);
        assertThat(rosterRows()).extracting(RosterRow::status).doesNotContain(RosterStatus.VALID);
    }

    @Test
    void addingAnArtistByCodeShowsThemAndAMistypedCodePointsAtTheCheckCharacter() {
        String code = freshCode();
        login(TestUsers.CLINIC);
        UI.getCurrent().navigate(RosterView.class);
        TextField field = _get(TextField.class, s -> s.withId("roster-code"));
        String typo = code.substring(0, code.length() - 1) + (code.endsWith("0") ? "1" : "0");
        type(field, typo);
        _click(_get(Button.class, s -> s.withId("roster-add")));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("check character");

        type(field, code);
        type(_get(TextField.class, s -> s.withId("roster-note")), "Weekend cover");
        _click(_get(Button.class, s -> s.withId("roster-add")));
        assertThat(field.isInvalid()).isFalse();
        assertThat(rosterRows()).anySatisfy(r -> {
            assertThat(r.code()).isEqualTo(code);
            assertThat(r.note()).isEqualTo("Weekend cover");
        });
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .anySatisfy(t -> assertThat(t).contains("added"));

        // a scanned QR (the verify URL) goes the same way
        String scanned = freshCode();
        login(TestUsers.CLINIC);
        UI.getCurrent().navigate(RosterView.class);
        com.vaadin.flow.component.ComponentUtil.fireEvent(_get(RosterView.class).scanner,
                new QrScanner.Scanned(_get(RosterView.class).scanner, true, "http://localhost:8080/verify/"
                        + scanned));
        assertThat(rosterRows()).extracting(RosterRow::code).contains(scanned);
    }

    @Test
    void typingAnotherClinicsIdShowsNothingOfIt() {
        ClinicSummary other = otherClinic();
        login(TestUsers.CLINIC);
        for (Class<? extends com.vaadin.flow.component.Component> view : List.of(RosterView.class,
                BulkCheckView.class, AlertsView.class, SponsoredTraineesView.class, ClinicTeamView.class)) {
            UI.getCurrent().navigate(view, QueryParameters.of("clinic", Long.toString(other.id())));
            assertThat(_find(Paragraph.class, s -> s.withId("not-your-clinic"))).as(view.getSimpleName())
                    .hasSize(1);
            assertThat(text()).doesNotContain(other.name());
        }
        UI.getCurrent().navigate(RosterReportView.class, new RouteParameters("clinicId",
                Long.toString(other.id())));
        assertThat(_find(Paragraph.class, s -> s.withId("not-your-clinic"))).hasSize(1);
    }

    @Test
    void theBulkCheckReportsEachRowAndAMalformedFileGetsAMessage() {
        ClinicSummary clinic = demoClinic();
        String valid = freshCode();
        login(TestUsers.CLINIC);
        UI.getCurrent().navigate(BulkCheckView.class);
        BulkCheckView view = _get(BulkCheckView.class);
        type(_get(TextArea.class, s -> s.withId("bulk-pasted")), "code\n" + valid + "\nSMP-0000-0000-0\n\nnope\n");
        _click(_get(Button.class, s -> s.withId("bulk-check")));
        assertThat(view.result().rows()).extracting(r -> r.outcome()).containsExactly(
                ClinicService.CheckOutcome.VALID, ClinicService.CheckOutcome.UNKNOWN,
                ClinicService.CheckOutcome.MISTYPED);
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("bulk-download")).isVisible())
                .isTrue();

        _click(_get(Button.class, s -> s.withId("bulk-add")));
        Span error = _get(Span.class, s -> s.withId("bulk-file-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("Nothing was added: 2 rows");
        users.loginAs(TestUsers.CLINIC);
        assertThat(clinics.roster(clinic.id()).rows()).extracting(RosterRow::code).doesNotContain(valid);

        view.acceptFile("photo.jpg", new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1});
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("not a CSV or text file");

        view.acceptFile("codes.csv", (valid + "\n" + valid + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(error.isVisible()).isFalse();
        _click(_get(Button.class, s -> s.withId("bulk-add")));
        users.loginAs(TestUsers.CLINIC);
        assertThat(clinics.roster(clinic.id()).rows()).extracting(RosterRow::code).contains(valid);
    }

    @Test
    void alertsShowWithAnUnreadCountAndCanBeMarkedRead() {
        String code = freshCode();
        ClinicSummary clinic = demoClinic();
        clinics.addToRoster(clinic.id(), code, null);
        users.loginAs(TestUsers.ADMIN);
        ctx.getBean(com.smpacademy.certification.CertificationService.class).revoke(code, "Other", "test");
        login(TestUsers.CLINIC);
        long before = badge.count();
        assertThat(before).isPositive();
        UI.getCurrent().navigate(AlertsView.class);
        assertThat(text()).contains(code, "Revoked");
        Button markRead = _find(Button.class, s -> s.withText("Mark as read")).get(0);
        _click(markRead);
        assertThat(badge.count()).isEqualTo(before - 1);
        _click(_get(Button.class, s -> s.withId("alerts-mark-all")));
        assertThat(badge.count()).isZero();
        assertThat(_find(Button.class, s -> s.withText("Mark as read"))).isEmpty();
    }

    @Test
    void theOwnerSeesTheSponsoredTraineesProgressAndInvitesAnother() {
        login(TestUsers.CLINIC);
        UI.getCurrent().navigate(SponsoredTraineesView.class);
        assertThat(_find(Card.class, s -> s.withClasses("sponsored-card"))).isNotEmpty();
        assertThat(text()).contains("Sam Carter", "modules complete", "Best quiz scores", "hours (approved)");
        EmailField email = _get(EmailField.class, s -> s.withId("trainee-email"));
        type(email, "not an email");
        _click(_get(Button.class, s -> s.withId("trainee-invite")));
        assertThat(email.isInvalid()).isTrue();
        type(email, "new-staff@demo-clinic.test");
        _click(_get(Button.class, s -> s.withId("trainee-invite")));
        TextField link = _get(TextField.class, s -> s.withId("trainee-link"));
        assertThat(link.isVisible()).isTrue();
        assertThat(link.getValue()).contains("/clinic/invitation/");
        assertThat(text()).contains("new-staff@demo-clinic.test");
    }

    @Test
    void aTraineeOpensTheInvitationLinkAcceptsAndCanLeave() {
        AccountPrincipal trainee = users.create(Role.TRAINEE);
        ClinicSummary clinic = demoClinic();
        String link = clinics.inviteTrainee(clinic.id(), trainee.email()).link();
        String token = link.substring(link.lastIndexOf('/') + 1);
        users.logout();

        UI.getCurrent().navigate(InvitationView.class, new RouteParameters("token", token));
        assertThat(text()).contains("Train with Demo Clinic", "never your photos", "Log in");
        login(trainee);
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(_find(Card.class, s -> s.withId("trainee-clinic-card"))).hasSize(1);
        UI.getCurrent().navigate(InvitationView.class, new RouteParameters("token", token));
        _click(_get(Button.class, s -> s.withId("invitation-accept")));
        NavigatorKt.expectView(DashboardView.class);

        UI.getCurrent().navigate(MyClinicsView.class);
        assertThat(text()).contains("Demo Clinic");
        _click(_get(Button.class, s -> s.withId("leave-" + clinic.id())));
        assertThat(text()).contains("No clinic sponsors your training.");

        UI.getCurrent().navigate(InvitationView.class, new RouteParameters("token", token));
        assertThat(text()).contains("already been used");
        UI.getCurrent().navigate(InvitationView.class, new RouteParameters("token", "made-up"));
        assertThat(text()).contains("Invitation not found");
    }

    @Test
    void theOwnerInvitesACoOwnerAndSeesTheOwners() {
        login(TestUsers.CLINIC);
        UI.getCurrent().navigate(ClinicTeamView.class);
        assertThat(text()).contains("Demo Clinic", "Jordan Reyes");
        type(_get(EmailField.class, s -> s.withId("owner-email")), "partner@demo-clinic.test");
        _click(_get(Button.class, s -> s.withId("owner-invite")));
        assertThat(_get(TextField.class, s -> s.withId("owner-link")).getValue()).contains("/clinic/invitation/");
    }

    @Test
    void thePrintableReportListsEachArtistWithStatusAsOfToday() {
        ClinicSummary clinic = demoClinic();
        login(TestUsers.CLINIC);
        UI.getCurrent().navigate(RosterReportView.class, new RouteParameters("clinicId",
                Long.toString(clinic.id())));
        String report = text();
        assertThat(report).contains("Roster of certified SMP artists", "Demo Clinic", "Status of each certificate "
                + "as of", "Valid", "Expired", "Revoked", "/verify/SMP-");
    }

    @Test
    void theDashboardShowsTheRosterAlertsAndTraineesInsteadOfAPromise() {
        login(TestUsers.CLINIC);
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(_find(Card.class, s -> s.withId("clinic-roster-card"))).hasSize(1);
        assertThat(_find(Card.class, s -> s.withId("clinic-alerts-card"))).hasSize(1);
        assertThat(_find(Card.class, s -> s.withId("clinic-trainees-card"))).hasSize(1);
        assertThat(text()).contains("Needs attention", "Sam Carter").doesNotContain("Hiring an SMP artist?",
                "keep track of the artists you hire");
    }

    @Test
    void anAdminCreatesAClinicAndBadInputIsShownByTheField() {
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(ClinicsAdminView.class);
        _click(_get(Button.class, s -> s.withId("clinic-create")));
        assertThat(_get(TextField.class, s -> s.withId("clinic-name")).isInvalid()).isTrue();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        type(_get(TextField.class, s -> s.withId("clinic-name")), "Hairline Studio " + suffix);
        type(_get(TextField.class, s -> s.withId("clinic-city")), "Glasgow");
        type(_get(EmailField.class, s -> s.withId("clinic-contact")), "desk@hairline.example");
        type(_get(TextField.class, s -> s.withId("clinic-owner-name")), "Robin Hay");
        type(_get(EmailField.class, s -> s.withId("clinic-owner-email")), "robin-" + suffix + "@hairline.example");
        _click(_get(Button.class, s -> s.withId("clinic-create")));
        assertThat(_get(Paragraph.class, s -> s.withId("clinic-created")).getText()).contains("e-mailed a link to choose a password");
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<ClinicService.ClinicAdminRow>) _get(
                com.vaadin.flow.component.grid.Grid.class, s -> s.withId("clinics-grid"));
        assertThat(GridKt._findAll(grid)).anySatisfy(r -> {
            assertThat(r.clinic().name()).isEqualTo("Hairline Studio " + suffix);
            assertThat(r.owners()).containsExactly("Robin Hay");
        });
    }

    @Test
    void otherRolesCannotOpenTheClinicPages() {
        login(TestUsers.TRAINEE);
        for (String url : List.of("clinic/roster", "clinic/alerts", "clinic/bulk-check", "clinic/trainees",
                "clinic/team", "admin/clinics")) {
            UI.getCurrent().navigate(url);
            NavigatorKt.expectView(AccessDeniedView.class);
        }
        login(TestUsers.CLINIC);
        UI.getCurrent().navigate("admin/clinics");
        NavigatorKt.expectView(AccessDeniedView.class);
        UI.getCurrent().navigate("my-clinics");
        NavigatorKt.expectView(AccessDeniedView.class);
    }
}
