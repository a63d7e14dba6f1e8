package com.smpacademy.ui;

import com.smpacademy.account.CurrentUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Shown when a signed-in user opens a page their role may not see (typed URL, old bookmark). */
@PageTitle("Access denied")
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    private final CurrentUser currentUser;
    private final Paragraph explanation = new Paragraph();

    AccessDeniedView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        setId("access-denied");
        addClassNames("view", "centered-message");
        H2 title = new H2("You don't have access to this page");
        add(title, explanation, new RouterLink("Go to your dashboard", DashboardView.class));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        String path = "/" + event.getLocation().getPath();
        String role = currentUser.get().map(u -> "a " + u.role().label().toLowerCase()).orElse("a visitor");
        explanation.setText("You are signed in as " + role + ", and " + path
                + " is for other roles. Nothing was changed. If you need this page, ask your academy's admin.");
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
