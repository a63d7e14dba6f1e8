package com.smpacademy.certification.ui;

import com.smpacademy.certification.CertificateStatus;
import com.smpacademy.certification.CertificateView;
import com.smpacademy.certification.VerificationService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.charset.StandardCharsets;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Public certificate check for clinic owners and anyone else: no login. */
@Route(value = "verify/:code?", autoLayout = false)
@PageTitle("Verify an SMP certificate")
@AnonymousAllowed
public class VerifyView extends Div implements BeforeEnterObserver {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    final TextField code = new TextField("Certificate code");
    final Button check = new Button("Check certificate", VaadinIcon.SEARCH.create());
    final Div result = new Div();
    final TextArea credentialText = new TextArea("Or paste the credential");
    final Button checkCredential = new Button("Check credential", VaadinIcon.FILE_TEXT_O.create());
    final Upload upload = new Upload();
    final Div credentialResult = new Div();
    private final VerificationService verification;

    public VerifyView(VerificationService verification) {
        this.verification = verification;
        setId("verify-view");
        addClassName("auth-page");
        code.setId("verify-code");
        code.setPlaceholder("SMP-XXXX-XXXX-X");
        code.setHelperText("Printed on the certificate under the QR code: SMP, then 9 letters and digits.");
        code.setClearButtonVisible(true);
        code.setWidthFull();
        check.setId("verify-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER);
        check.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(VerifyView.class,
                new RouteParameters("code", code.getValue().trim().isEmpty() ? "-" : code.getValue().trim()))));
        result.setId("verify-result");

        H1 brand = new H1("SMP Academy");
        brand.addClassName("auth-brand");
        H2 title = new H2("Verify a certificate");
        title.addClassName("auth-title");
        Paragraph intro = new Paragraph("Hiring a scalp micropigmentation artist? Enter the code from their "
                + "certificate, or scan its QR code, to see whether it is genuine and current.");
        HorizontalLayout form = new HorizontalLayout(code);
        form.setWidthFull();
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        Div panel = new Div(brand, title, intro, form, check, result, credentialSection());
        panel.addClassNames("auth-panel", "verify-panel");
        add(panel);
    }

    /** For a credential file (.jwt or .json) from a wallet or an applicant's e-mail: every check, one per line. */
    private Component credentialSection() {
        H3 heading = new H3("Check a credential file");
        Paragraph help = new Paragraph("Got the artist's digital credential (the .jwt or .json file)? Upload it to "
                + "check its signature, format, issuer, dates and whether it was revoked.");
        upload.setId("credential-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(64 * 1024);
        upload.setAcceptedFileTypes(".jwt", ".json", "application/json", "text/plain");
        upload.setDropLabel(new Span("Drop the .jwt or .json file here"));
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            upload.getUI().ifPresent(ui -> ui.access(() -> checkCredential(text)));
        }));
        upload.addFileRejectedListener(e -> showCredentialProblem(e.getErrorMessage()));
        credentialText.setId("credential-text");
        credentialText.setWidthFull();
        credentialText.setPlaceholder("eyJhbGciOiJSUzI1NiIs…  or  { \"@context\": … }");
        credentialText.setMaxLength(64 * 1024);
        checkCredential.setId("credential-check");
        checkCredential.addClickListener(e -> checkCredential(credentialText.getValue()));
        credentialResult.setId("credential-result");
        Div section = new Div(heading, help, upload, credentialText, checkCredential, credentialResult);
        section.addClassName("verify-credential");
        return section;
    }

    void checkCredential(String text) {
        credentialResult.removeAll();
        if (text == null || text.isBlank()) {
            showCredentialProblem("Upload the credential file, or paste its text, first.");
            return;
        }
        VerificationService.CredentialCheck check = verification.verifyCredential(text);
        Span verdict = new Span(check.valid() ? "Genuine and current" : "Not a valid current credential");
        verdict.setId("credential-verdict");
        verdict.addClassName("verify-status");
        Div card = new Div(verdict);
        card.addClassNames("verify-card", check.valid() ? "verify-valid" : "verify-revoked");
        UnorderedList list = new UnorderedList();
        list.addClassName("checklist");
        for (VerificationService.Check c : check.checks()) {
            ListItem item = new ListItem(c.passed() ? VaadinIcon.CHECK_CIRCLE.create()
                    : VaadinIcon.CLOSE_CIRCLE.create(), new Span(label(c.name()) + ": " + c.message()));
            item.setId("credential-check-" + c.name());
            item.addClassName(c.passed() ? "met" : "unmet");
            list.add(item);
        }
        card.add(list);
        if (check.certificate() != null) {
            CertificateView c = check.certificate();
            card.add(line("Holder", c.holderName()), line("Program", c.programName()), line("Code", c.code()));
        }
        credentialResult.add(card);
    }

    private void showCredentialProblem(String message) {
        credentialResult.removeAll();
        credentialResult.add(message("credential-problem", "Nothing checked", message));
    }

    private static String label(String check) {
        return switch (check) {
            case "signature" -> "Signature";
            case "schema" -> "Open Badges 3.0 format";
            case "issuer" -> "Issuer";
            case "expiry" -> "Dates";
            case "status" -> "Revocation";
            default -> check;
        };
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        result.removeAll();
        String typed = event.getRouteParameters().get("code").orElse(null);
        if (typed == null) {
            return;
        }
        code.setValue("-".equals(typed) ? "" : typed);
        switch (verification.verify("-".equals(typed) ? "" : typed)) {
            case VerificationService.Found f -> result.add(card(f.certificate()));
            case VerificationService.Unknown u -> {
                code.setInvalid(false);
                result.add(message("not-found", "No certificate found",
                        "No certificate has the code " + u.code() + ". Check it against the certificate; if it is "
                                + "right, the certificate was not issued by SMP Academy."));
            }
            case VerificationService.Malformed m -> {
                code.setErrorMessage(m.message());
                code.setInvalid(true);
            }
        }
    }

    private Component card(CertificateView c) {
        Div card = new Div();
        card.addClassNames("verify-card", "verify-" + c.status().name().toLowerCase(Locale.ROOT));
        Span status = new Span(switch (c.status()) {
            case VALID -> "Valid";
            case EXPIRED -> "Expired on " + DATE.format(c.expiresOn());
            case REVOKED -> "Revoked on " + DATE.format(c.revokedOn()) + " — " + c.revocationReason();
        });
        status.setId("verify-status");
        status.addClassName("verify-status");
        card.add(status);
        card.add(line("Holder", c.holderName()), line("Program", c.programName()), line("Issuer", c.issuer()),
                line("Issued", DATE.format(c.issuedOn())), line(c.status() == CertificateStatus.EXPIRED
                        ? "Expired" : "Valid until", DATE.format(c.expiresOn())), line("Code", c.code()));
        if (c.status() != CertificateStatus.VALID) {
            card.add(new Paragraph("This certificate is not current. Ask the artist for their current "
                    + "certificate."));
        }
        return card;
    }

    private static Component line(String label, String value) {
        Span l = new Span(label);
        l.addClassName("verify-label");
        Span v = new Span(value);
        v.addClassName("verify-value");
        Div row = new Div(l, v);
        row.addClassName("verify-row");
        return row;
    }

    private static Component message(String id, String title, String text) {
        Div box = new Div(new Span(title), new Paragraph(text));
        box.setId("verify-" + id);
        box.addClassName("verify-card");
        return box;
    }
}
