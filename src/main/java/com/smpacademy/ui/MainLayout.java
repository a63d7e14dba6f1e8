package com.smpacademy.ui;

import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.AccountService;
import com.smpacademy.account.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The frame around every signed-in page: the academy's name, a side navigation built from the views' {@code @Menu}
 * annotations (Vaadin lists only the views the user's role may open), the page title, and who is logged in.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver, BeforeEnterObserver {

    private final H1 pageTitle = new H1();
    private final AuthenticationContext authenticationContext;
    private final CurrentUser currentUser;
    private final SideNav nav = new SideNav();
    private final AccountService accounts;
    private final List<NavBadge> badges;

    MainLayout(AuthenticationContext authenticationContext, CurrentUser currentUser, AccountService accounts,
               List<NavBadge> badges, List<HeaderItem> headerItems) {
        this.badges = badges;
        this.authenticationContext = authenticationContext;
        this.currentUser = currentUser;
        this.accounts = accounts;
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        pageTitle.addClassName("page-title");
        addToNavbar(new DrawerToggle(), pageTitle);
        if (currentUser.get().isPresent()) {
            Div headerEnd = new Div();
            headerEnd.addClassName("navbar-end");
            headerItems.stream().sorted(Comparator.comparingInt(HeaderItem::order))
                    .forEach(item -> item.create().ifPresent(headerEnd::add));
            addToNavbar(headerEnd);
        }

        nav.setId("main-nav");
        nav.setLabel("Menu");
        addToDrawer(brand(), nav, userFooter());
        buildNav();
    }

    private Component brand() {
        Icon logo = VaadinIcon.ACADEMY_CAP.create();
        logo.addClassName("brand-logo");
        Span name = new Span("SMP Academy");
        name.addClassName("brand-name");
        Span tagline = new Span("Scalp micropigmentation training");
        tagline.addClassName("brand-tagline");
        Div text = new Div(name, tagline);
        HorizontalLayout brand = new HorizontalLayout(logo, text);
        brand.addClassName("brand");
        brand.setAlignItems(HorizontalLayout.Alignment.CENTER);
        return brand;
    }

    private void buildNav() {
        nav.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = entry.icon() == null
                    ? new SideNavItem(entry.title(), entry.path())
                    : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
            badgeFor(entry.path()).ifPresent(item::setSuffixComponent);
            nav.addItem(item);
        }
    }

    /** A feature's count beside its entry (unread alerts …), as {@link NavBadge}s contribute them. */
    private Optional<Component> badgeFor(String path) {
        String clean = path.startsWith("/") ? path.substring(1) : path;
        long count = badges.stream().filter(b -> b.path().equals(clean)).mapToLong(NavBadge::count).sum();
        if (count <= 0) {
            return Optional.empty();
        }
        Span badge = new Span(count > 99 ? "99+" : Long.toString(count));
        badge.getElement().getThemeList().add("badge pill small primary");
        badge.getElement().setAttribute("aria-label", count + " new");
        badge.addClassName("nav-badge");
        return Optional.of(badge);
    }

    /** Rebuilds the side navigation, e.g. after a feature's count changed. */
    public void refreshNav() {
        buildNav();
    }

    private Component userFooter() {
        VerticalLayout footer = new VerticalLayout();
        footer.addClassName("drawer-footer");
        footer.setPadding(true);
        footer.setSpacing(false);
        currentUser.get().ifPresent(user -> footer.add(userCard(user)));
        return footer;
    }

    private Component userCard(AccountPrincipal user) {
        Avatar avatar = new Avatar(user.displayName());
        Span name = new Span(user.displayName());
        name.addClassName("user-name");
        Span role = new Span(user.role().label());
        role.addClassName("user-role");
        Div who = new Div(name, role);
        HorizontalLayout card = new HorizontalLayout(avatar, who);
        card.setAlignItems(HorizontalLayout.Alignment.CENTER);

        Button logout = new Button("Log out", VaadinIcon.SIGN_OUT.create(), e -> authenticationContext.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        VerticalLayout box = new VerticalLayout(card, logout);
        box.setPadding(false);
        box.setSpacing(false);
        return box;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent() && !accounts.callerIsStillActive()) {
            authenticationContext.logout();
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        pageTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse("SMP Academy"));
    }
}
