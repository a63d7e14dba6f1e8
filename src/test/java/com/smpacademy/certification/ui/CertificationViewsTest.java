package com.smpacademy.certification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.smpacademy.support.Ui.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.smpacademy.support.KaribuTest;
import com.smpacademy.support.TestUsers;
import com.smpacademy.ui.AccessDeniedView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class CertificationViewsTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;

    @Autowired com.smpacademy.certification.CertificationTestAccess access;

    private List<String> codesOf(String email) {
        return jdbc.queryForList("select c.code from certificate c join user_account u on u.id = c.holder_id "
                + "where u.email = ? order by c.issued_on desc", String.class, email);
    }

    private String validCodeOf(String email) {
        return jdbc.queryForList("select c.code from certificate c join user_account u on u.id = c.holder_id "
                + "where u.email = ? and c.revoked_at is null and c.expires_on >= current_date "
                + "order by c.issued_on desc", String.class, email).get(0);
    }

    @Test
    void anAnonymousVisitorVerifiesAValidCode() {
        String code = validCodeOf(TestUsers.TRAINEE);
        UI.getCurrent().navigate(VerifyView.class, new RouteParameters("code", code));
        assertThat(_get(Span.class, s -> s.withId("verify-status")).getText()).isEqualTo("Valid");
        String text = _get(VerifyView.class).getElement().getTextRecursively();
        assertThat(text).contains("Sam Carter", "SMP Academy", code).doesNotContain("@academy.test");
    }

    @Test
    void aMistypedCodeIsToldTheCheckCharacterDoesNotMatch() {
        String code = validCodeOf(TestUsers.TRAINEE);
        String typo = code.substring(0, code.length() - 1) + (code.endsWith("0") ? "1" : "0");
        UI.getCurrent().navigate(VerifyView.class, new RouteParameters("code", typo));
        VerifyView view = _get(VerifyView.class);
        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).contains("check character does not match");
    }

    @Test
    void theVerifyPageShowsExpiredAndRevokedPlainly() {
        String statuses = "";
        for (String code : jdbc.queryForList("select c.code from certificate c join user_account u on u.id = "
                + "c.holder_id where u.email = 'trainee2@academy.test' and (c.revoked_at is not null or c.expires_on "
                + "< current_date)", String.class)) {
            UI.getCurrent().navigate(VerifyView.class, new RouteParameters("code", code));
            statuses += _get(Span.class, s -> s.withId("verify-status")).getText() + "|";
        }
        assertThat(statuses).contains("Expired on ", "Revoked on ", "Issued in error");
    }

    @Test
    void theHolderSeesTheirCertificateAndChecklist() {
        login(TestUsers.TRAINEE);
        UI.getCurrent().navigate(MyCertificatesView.class);
        String code = validCodeOf(TestUsers.TRAINEE);
        assertThat(_get(Card.class, s -> s.withId("certificate-" + code)).getElement().getTextRecursively())
                .contains("Valid", "Download PDF", "Credential (.jwt)", "Credential (.json)", "/verify/" + code);
        assertThat(_get(Card.class, s -> s.withId("checklist-smp-practitioner")).getElement()
                .getTextRecursively()).contains("Modules complete", "Supervised live model hours (approved): 0 / 20",
                "Practical assessment: not taken / passed");
    }

    @Test
    void theAdminRevokesACertificateAndVerificationShowsItAtOnce() {
        // a certificate of its own, so revoking it leaves the demo certificates other tests look at alone
        String code = access.issueWithoutChecks(TestUsers.TRAINEE);
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(CertificationAdminView.class);
        CertificationAdminView view = _get(CertificationAdminView.class);
        var sam = view.trainee.getDataProvider().fetch(new com.vaadin.flow.data.provider.Query<>(0, 10, null, null,
                null)).filter(u -> u.getEmail().equals(TestUsers.TRAINEE)).findFirst().orElseThrow();
        type(view.trainee, sam);
        assertThat(view.issue.isEnabled()).isFalse();

        @SuppressWarnings("unchecked")
        Select<String> reason = _get(Select.class, s -> s.withId("revoke-reason-" + code));
        _click(_get(Button.class, s -> s.withId("revoke-" + code)));
        assertThat(reason.isInvalid()).isTrue();
        type(reason, "Holder's request");
        _click(_get(Button.class, s -> s.withId("revoke-" + code)));

        UI.getCurrent().navigate(VerifyView.class, new RouteParameters("code", code));
        assertThat(_get(Span.class, s -> s.withId("verify-status")).getText()).startsWith("Revoked on")
                .contains("Holder's request");
    }

    @Test
    void anInstructorRecordsAPracticalAssessmentAndAnErrorShowsOnTheNotes() {
        login(TestUsers.INSTRUCTOR);
        UI.getCurrent().navigate(CertificationAdminView.class);
        CertificationAdminView view = _get(CertificationAdminView.class);
        var priya = view.trainee.getListDataView().getItems().filter(u -> u.getEmail()
                .equals("trainee2@academy.test")).findFirst().orElseThrow();
        type(view.trainee, priya);
        type(view.outcome, Boolean.TRUE);
        _click(view.record);
        assertThat(view.notes.isInvalid()).isTrue();
        type(view.notes, "Confident hairline work; hygiene flawless.");
        _click(view.record);
        assertThat(view.details.getElement().getTextRecursively()).contains("Last recorded: passed");
    }

    @Test
    void anInstructorIssuesTheCertificateOnceEveryRequirementIsMet() throws Exception {
        var eligible = access.eligibleTrainee();
        login(eligible.instructorEmail());
        UI.getCurrent().navigate(CertificationAdminView.class);
        CertificationAdminView view = _get(CertificationAdminView.class);
        var trainee = view.trainee.getListDataView().getItems().filter(u -> u.getId() == eligible.traineeId())
                .findFirst().orElseThrow();
        type(view.trainee, trainee);
        type(view.program, view.program.getListDataView().getItems()
                .filter(p -> p.courseId().equals(eligible.courseId())).findFirst().orElseThrow());
        assertThat(view.details.getElement().getTextRecursively()).contains("Every requirement is met");
        assertThat(view.issue.isEnabled()).isTrue();
        _click(view.issue);
        assertThat(jdbc.queryForObject("select count(*) from certificate where holder_id = ? and course_id = ?",
                Integer.class, eligible.traineeId(), eligible.courseId())).isEqualTo(1);
        assertThat(view.details.getElement().getTextRecursively()).contains("Certified lab practitioner", "Valid");
    }

    @Test
    void traineesCannotOpenTheCertificationAdminPage() {
        login(TestUsers.TRAINEE);
        UI.getCurrent().navigate(CertificationAdminView.class);
        NavigatorKt.expectView(AccessDeniedView.class);
    }
}
