package com.smpacademy.notification.ui;

import com.smpacademy.account.CurrentUser;
import com.smpacademy.notification.NotificationService;
import com.smpacademy.ui.HeaderItem;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import java.util.Optional;

/** The bell in the top bar with the number of unread notifications; it opens the notifications page. */
@org.springframework.stereotype.Component
class NotificationBell implements HeaderItem {

    private final NotificationService notifications;
    private final CurrentUser currentUser;

    NotificationBell(NotificationService notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        return currentUser.get().isPresent() ? Optional.of(new Bell(notifications)) : Optional.empty();
    }

    /** Updates the bell of the current UI, e.g. after notifications were marked read. */
    static void refresh(UI ui) {
        Bell bell = ComponentUtil.getData(ui, Bell.class);
        if (bell != null) {
            bell.refresh();
        }
    }

    static final class Bell extends Button implements AfterNavigationObserver {

        private final NotificationService notifications;
        final Span count = new Span();

        Bell(NotificationService notifications) {
            super(VaadinIcon.BELL.create());
            this.notifications = notifications;
            setId("notification-bell");
            addClassName("notification-bell");
            addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            count.setId("notification-count");
            count.addClassName("notification-count");
            count.getElement().getThemeList().add("badge pill small error primary");
            getElement().appendChild(count.getElement());
            addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
            refresh();
        }

        @Override
        protected void onAttach(AttachEvent attachEvent) {
            ComponentUtil.setData(attachEvent.getUI(), Bell.class, this);
        }

        @Override
        public void afterNavigation(AfterNavigationEvent event) {
            refresh();
        }

        long unread() {
            return notifications.unreadCount();
        }

        void refresh() {
            long unread = unread();
            count.setText(unread > 99 ? "99+" : Long.toString(unread));
            count.setVisible(unread > 0);
            String label = unread == 0 ? "Notifications, none unread" : "Notifications, " + unread + " unread";
            getElement().setAttribute("aria-label", label);
            getElement().setAttribute("title", label);
        }
    }
}
