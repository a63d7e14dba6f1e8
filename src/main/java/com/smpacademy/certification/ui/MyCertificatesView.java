package com.smpacademy.certification.ui;

import com.smpacademy.account.Role;
import com.smpacademy.certification.CertificateStatus;
import com.smpacademy.certification.CertificateView;
import com.smpacademy.certification.HolderLinks;
import com.smpacademy.certification.CertificationService;
import com.smpacademy.certification.CertificationService.Eligibility;
import com.smpacademy.certification.CertificationService.Requirement;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The trainee's certification checklist and certificates: status, PDF, credential, verification link. */
@Route("certificates")
@PageTitle("My certificates")
@Menu(order = 22, icon = "vaadin:diploma", title = "My certificates")
@RolesAllowed(Role.TRAINEE_NAME)
public class MyCertificatesView extends Div {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public MyCertificatesView(CertificationService certification) {
        setId("my-certificates-view");
        addClassNames("view", "narrow");
        List<CertificateView> mine = certification.myCertificates();
        mine.stream().filter(CertificateView::expiringSoon).forEach(c -> {
            Paragraph soon = new Paragraph("Your certificate " + c.code() + " expires on " + DATE.format(
                    c.expiresOn()) + ". Keep logging approved practice to renew it.");
            soon.addClassName("locked-note");
            soon.setId("expiring-soon");
            add(soon);
        });
        Div list = new Div();
        list.addClassName("card-grid");
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph("No certificate yet. The checklist below shows what is left; when every "
                    + "line is ticked, your instructor issues your certificate.");
            none.addClassName("empty-state");
            add(none);
        }
        mine.forEach(c -> list.add(card(certification, c)));
        add(list);
        for (Eligibility e : certification.myEligibility()) {
            add(checklist(e));
        }
    }

    private static Component card(CertificationService certification, CertificateView c) {
        Card card = new Card();
        card.setId("certificate-" + c.code());
        card.setTitle(new H3(c.programName()));
        card.setHeaderSuffix(badge(c));
        Div lines = new Div(new Span("Code " + c.code()), new Span("Issued " + DATE.format(c.issuedOn())
                + " · valid until " + DATE.format(c.expiresOn())));
        lines.addClassName("card-lines");
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = certification.pdf(c.code());
            return new DownloadResponse(new ByteArrayInputStream(bytes), c.code() + ".pdf", "application/pdf",
                    bytes.length);
        }), "Download PDF");
        pdf.setId("pdf-" + c.code());
        // stable signed-in addresses (not a UI stream), so the files can be fetched again or by a wallet helper
        Anchor jwt = download(c, "jwt", "Credential (.jwt)");
        Anchor json = download(c, "json", "Credential (.json)");
        Button copy = new Button("Copy verification link", VaadinIcon.COPY.create(), e -> e.getSource().getElement()
                .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", c.verifyUrl()));
        copy.setId("copy-" + c.code());
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(pdf, jwt, json, copy);
        actions.setWrap(true);
        actions.setAlignItems(HorizontalLayout.Alignment.CENTER);
        card.add(lines, new Span(c.verifyUrl()), actions);
        if (c.status() == CertificateStatus.VALID) {
            Anchor linkedIn = new Anchor(HolderLinks.linkedInAddToProfile(c), "Add to LinkedIn profile");
            linkedIn.setId("linkedin-" + c.code());
            linkedIn.setTarget("_blank");
            linkedIn.getElement().setAttribute("rel", "noopener noreferrer");
            Image qr = new Image(HolderLinks.verifyQrDataUri(c), "QR code that opens " + c.verifyUrl());
            qr.setId("qr-" + c.code());
            qr.setWidth("112px");
            qr.setHeight("112px");
            Div share = new Div(qr, new Div(new Span("Show or print the QR code: it opens the verification page."),
                    linkedIn));
            share.addClassName("certificate-share");
            card.add(share);
        }
        return card;
    }

    private static Anchor download(CertificateView c, String format, String text) {
        Anchor a = new Anchor(HolderLinks.download(c, format), text);
        a.setId(format + "-" + c.code());
        a.setRouterIgnore(true);
        a.getElement().setAttribute("download", c.code() + "." + format);
        return a;
    }

    static Component badge(CertificateView c) {
        Span badge = new Span(c.status().label());
        badge.getElement().getThemeList().add(switch (c.status()) {
            case VALID -> "badge success";
            case EXPIRED -> "badge contrast";
            case REVOKED -> "badge error";
        });
        return badge;
    }

    static Component checklist(Eligibility e) {
        Card card = new Card();
        card.setId("checklist-" + e.program().courseId());
        card.setTitle(new H3(e.program().name() + ": requirements"));
        UnorderedList list = new UnorderedList();
        list.addClassName("checklist");
        for (Requirement r : e.requirements()) {
            ListItem item = new ListItem(r.met() ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CIRCLE_THIN.create(),
                    new Span(r.label() + ": " + r.current() + " / " + r.target()));
            item.addClassName(r.met() ? "met" : "unmet");
            list.add(item);
        }
        card.add(list, new Paragraph(e.eligible() ? "Every requirement is met: your instructor can issue your "
                + "certificate." : "Certificates are valid for " + e.program().validityMonths() + " months."));
        return card;
    }
}
