package com.smpacademy.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.smpacademy.account.AccountPrincipal;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Base for view tests: a mocked Vaadin UI inside the Spring context, routes discovered once, and
 * {@link #login(String)} to act as one of the demo users (security context and request principal both set, so
 * Vaadin's navigation access control sees the same user as the services).
 */
@SpringTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext ctx;

    @Autowired
    protected TestUsers users;

    @Autowired
    protected MutableClock clock;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("com.smpacademy");
        }
    }

    @BeforeEach
    void setUpVaadin() {
        clock.reset();
        users.logout();
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, ctx, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        users.logout();
    }

    /** Logs in as the account with this email and reloads the UI, as a real login would. */
    protected AccountPrincipal login(String email) {
        AccountPrincipal principal = users.principal(email);
        login(principal);
        return principal;
    }

    protected void login(AccountPrincipal principal) {
        users.loginAs(principal);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        var auth = users.securityContext().getContext().getAuthentication();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((p, role) -> principal.role().name().equals(role));
        UI.getCurrent().getPage().reload();
    }

    protected void logout() {
        users.logout();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((p, role) -> false);
        UI.getCurrent().getPage().reload();
    }
}
