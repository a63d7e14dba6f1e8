package com.smpacademy.certification.ui;

import com.smpacademy.certification.CertificationService;
import com.smpacademy.certification.CertificationService.PublicProgram;
import com.smpacademy.common.RuleViolationException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A certification program's public page, opened from a credential's {@code criteria} by wallets, employers and
 * clinic owners: what the certificate requires, in plain words. No login.
 */
@Route(value = "programs/:courseId", autoLayout = false)
@AnonymousAllowed
public class ProgramView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CertificationService certification;
    final Div content = new Div();
    private String title = "Certification program";

    public ProgramView(CertificationService certification) {
        this.certification = certification;
        setId("program-view");
        addClassName("auth-page");
        H1 brand = new H1("SMP Academy");
        brand.addClassName("auth-brand");
        content.setId("program-content");
        Div panel = new Div(brand, content);
        panel.addClassNames("auth-panel", "verify-panel");
        add(panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        String courseId = event.getRouteParameters().get("courseId").orElse("");
        PublicProgram p;
        try {
            p = certification.publicProgram(courseId);
        } catch (RuleViolationException e) {
            title = "Program not found";
            Paragraph none = new Paragraph("There is no certification program \"" + courseId + "\" at this "
                    + "academy. Check the link on the certificate or credential.");
            none.setId("program-not-found");
            content.add(new H2("Program not found"), none);
            return;
        }
        title = p.name();
        Image badge = new Image(p.badgeUrl(), p.name() + " badge");
        badge.setId("program-badge");
        badge.setWidth("120px");
        badge.setHeight("120px");
        H2 name = new H2(p.name());
        name.addClassName("auth-title");
        Paragraph intro = new Paragraph("A certificate of " + p.academyName() + ". " + p.summary());
        OrderedList requirements = new OrderedList();
        requirements.setId("program-requirements");
        p.requirements().forEach(r -> requirements.add(new ListItem(r)));
        Paragraph how = new Paragraph("Every requirement is checked on the academy's records when the certificate "
                + "is issued. Anyone can check a certificate without an account: ");
        how.add(new Anchor("/verify", "verify a certificate"));
        how.add(".");
        Div head = new Div(badge, name);
        head.addClassName("program-head");
        content.add(head, intro, new Paragraph("To hold this certificate, an artist must:"), requirements, how);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
