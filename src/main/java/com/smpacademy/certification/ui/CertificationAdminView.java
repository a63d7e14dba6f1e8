package com.smpacademy.certification.ui;

import com.smpacademy.account.AccountService;
import com.smpacademy.account.CohortService;
import com.smpacademy.account.CurrentUser;
import com.smpacademy.account.Role;
import com.smpacademy.account.UserAccount;
import com.smpacademy.certification.CertificateStatus;
import com.smpacademy.certification.CertificateView;
import com.smpacademy.certification.CertificationService;
import com.smpacademy.certification.Program;
import com.smpacademy.common.InvalidInputException;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.ui.FieldErrors;
import com.smpacademy.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Instructors record practical assessments and issue certificates when every requirement is met; admins also
 * revoke them.
 */
@Route("instructor/certification")
@PageTitle("Certification")
@Menu(order = 28, icon = "vaadin:diploma-scroll", title = "Certification")
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
public class CertificationAdminView extends Div {

    final ComboBox<UserAccount> trainee = new ComboBox<>("Trainee");
    final Select<Program> program = new Select<>();
    final Div details = new Div();
    final RadioButtonGroup<Boolean> outcome = new RadioButtonGroup<>("Practical assessment result");
    final TextArea notes = new TextArea("Assessment notes");
    final Button record = new Button("Record assessment");
    final Button issue = new Button("Issue certificate");
    private final FieldErrors errors = new FieldErrors();
    private final CertificationService certification;
    private final boolean admin;

    public CertificationAdminView(CertificationService certification, CohortService cohorts,
                                  AccountService accounts, CurrentUser currentUser) {
        this.certification = certification;
        this.admin = currentUser.require().role() == Role.ADMIN;
        setId("certification-admin-view");
        addClassNames("view", "narrow");
        trainee.setId("cert-trainee");
        trainee.setItemLabelGenerator(u -> u.getDisplayName() + " · " + u.getEmail());
        if (admin) {
            trainee.setItems(q -> accounts.search(q.getFilter().orElse(""), Set.of(Role.TRAINEE), q.getPage(),
                    q.getPageSize()).stream());
        } else {
            trainee.setItems(cohorts.myTrainees());
        }
        trainee.setWidthFull();
        List<Program> programs = certification.programs();
        program.setLabel("Program");
        program.setItems(programs);
        program.setItemLabelGenerator(Program::name);
        if (!programs.isEmpty()) {
            program.setValue(programs.get(0));
        }
        trainee.addValueChangeListener(e -> refresh());
        program.addValueChangeListener(e -> refresh());
        outcome.setItems(Boolean.TRUE, Boolean.FALSE);
        outcome.setItemLabelGenerator(b -> b ? "Passed" : "Not passed");
        outcome.setId("cert-outcome");
        notes.setId("cert-notes");
        notes.setWidthFull();
        record.setId("cert-record");
        record.addClickListener(e -> recordAssessment());
        issue.setId("cert-issue");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.addClickListener(e -> issueCertificate());
        errors.bind("passed", outcome).bind("notes", notes);
        add(new HorizontalLayout(trainee, program), details);
        if (admin) {
            Button rotate = new Button("Rotate signing key", e -> {
                String kid = certification.rotateSigningKey();
                Notifications.success("New signing key " + kid + ". Credentials signed before stay verifiable: "
                        + "the old public key stays published.");
            });
            rotate.setId("cert-rotate-key");
            rotate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(rotate);
        }
        Paragraph hint = new Paragraph(admin ? "Choose a trainee to see their record."
                : "Choose one of your cohorts' trainees to see their record.");
        hint.addClassName("empty-state");
        details.add(hint);
    }

    private @Nullable UserAccount selected() {
        return trainee.getValue();
    }

    void refresh() {
        details.removeAll();
        UserAccount t = selected();
        Program p = program.getValue();
        if (t == null || p == null) {
            return;
        }
        var eligibility = certification.eligibility(t.getId(), p.courseId());
        details.add(MyCertificatesView.checklist(eligibility));

        Card assessment = new Card();
        assessment.setTitle(new H3("Practical assessment"));
        certification.latestAssessment(t.getId(), p.courseId()).ifPresent(a -> assessment.add(new Paragraph(
                "Last recorded: " + (a.passed() ? "passed" : "not passed") + " by " + a.assessor() + ", "
                        + MyCertificatesView.DATE.format(a.assessedAt().atZone(java.time.ZoneOffset.UTC)) + ". "
                        + (a.notes() == null ? "" : a.notes()))));
        assessment.add(new Paragraph("After a supervised practical session, record whether the trainee passed."),
                outcome, notes, record);
        details.add(assessment);

        Card certificates = new Card();
        certificates.setTitle(new H3("Certificates"));
        issue.setEnabled(eligibility.eligible());
        certificates.add(new Paragraph(eligibility.eligible() ? "Every requirement is met."
                : "The certificate can be issued once every requirement above is met."), issue);
        for (CertificateView c : certification.certificatesOf(t.getId())) {
            Div row = new Div(new Span(c.code() + " · " + c.programName() + " · until "
                    + MyCertificatesView.DATE.format(c.expiresOn()) + " "), MyCertificatesView.badge(c));
            row.addClassName("certificate-row");
            if (c.status() != CertificateStatus.REVOKED && (c.expiringSoon()
                    || c.status() == CertificateStatus.EXPIRED)) {
                Button renew = new Button("Renew", e -> renew(c));
                renew.setId("renew-" + c.code());
                row.add(renew);
            }
            if (admin && c.status() != CertificateStatus.REVOKED) {
                row.add(revokeControls(c));
            }
            certificates.add(row);
        }
        details.add(certificates);
    }

    private Div revokeControls(CertificateView c) {
        Select<String> reason = new Select<>();
        reason.setPlaceholder("Reason");
        reason.setItems(CertificationService.REVOCATION_REASONS);
        reason.setId("revoke-reason-" + c.code());
        TextArea note = new TextArea();
        note.setPlaceholder("Note (optional)");
        Button revoke = new Button("Revoke", e -> {
            try {
                certification.revoke(c.code(), reason.getValue(), note.getValue());
                Notifications.success(c.code() + " is revoked; verification shows it at once.");
                refresh();
            } catch (InvalidInputException ex) {
                reason.setErrorMessage(ex.getMessage());
                reason.setInvalid(true);
            } catch (RuleViolationException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        revoke.setId("revoke-" + c.code());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div box = new Div(reason, note, revoke);
        box.addClassName("revoke-box");
        return box;
    }

    void renew(CertificateView c) {
        try {
            CertificateView renewed = certification.renew(c.code());
            Notifications.success("Renewed: new certificate " + renewed.code() + ", valid until "
                    + MyCertificatesView.DATE.format(renewed.expiresOn()) + ".");
            refresh();
        } catch (RuleViolationException e) {
            Notifications.error(e.getMessage());
        }
    }

    void recordAssessment() {
        UserAccount t = selected();
        Program p = program.getValue();
        if (t == null || p == null) {
            return;
        }
        try {
            certification.recordPracticalAssessment(t.getId(), p.courseId(), outcome.getValue(), notes.getValue());
            errors.clear();
            outcome.clear();
            notes.clear();
            Notifications.success("Practical assessment recorded.");
            refresh();
        } catch (InvalidInputException e) {
            errors.show(e);
        }
    }

    void issueCertificate() {
        UserAccount t = selected();
        Program p = program.getValue();
        if (t == null || p == null) {
            return;
        }
        try {
            CertificateView c = certification.issue(t.getId(), p.courseId());
            Notifications.success("Certificate " + c.code() + " issued to " + c.holderName() + ".");
            refresh();
        } catch (RuleViolationException e) {
            Notifications.error(e.getMessage());
        }
    }
}
