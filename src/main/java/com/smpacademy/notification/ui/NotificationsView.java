package com.smpacademy.notification.ui;

import com.smpacademy.account.Role;
import com.smpacademy.notification.NotificationService;
import com.smpacademy.notification.NotificationService.Item;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The signed-in person's notifications, newest first (opened from the bell in the top bar); opening one marks it read. */
@Route("notifications")
@PageTitle("Notifications")
@RolesAllowed({Role.TRAINEE_NAME, Role.INSTRUCTOR_NAME, Role.CLINIC_OWNER_NAME, Role.ADMIN_NAME})
public class NotificationsView extends Div {

    static final int PAGE = 30;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    final Div list = new Div();
    final Button markAll = new Button("Mark all as read", VaadinIcon.CHECK.create());
    final Button more = new Button("Show older");
    final Paragraph empty = new Paragraph("Nothing yet. When an instructor reviews your practice, a certificate is "
            + "issued or something else needs you, it shows here and the bell counts it.");
    private final NotificationService notifications;
    private int shown = PAGE;

    NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        setId("notifications-view");
        addClassNames("view", "narrow");

        markAll.setId("notifications-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAll.addClickListener(e -> markAllRead());
        more.setId("notifications-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(e -> {
            shown += PAGE;
            refresh();
        });
        empty.setId("notifications-empty");
        empty.addClassName("empty-state");
        list.setId("notifications-list");
        list.addClassName("notification-list");

        HorizontalLayout toolbar = new HorizontalLayout(markAll);
        toolbar.addClassName("toolbar");
        toolbar.setJustifyContentMode(HorizontalLayout.JustifyContentMode.END);
        add(toolbar, empty, list, more);
        refresh();
    }

    void refresh() {
        list.removeAll();
        List<Item> items = notifications.mine(0, shown);
        items.forEach(item -> list.add(row(item)));
        empty.setVisible(items.isEmpty());
        markAll.setEnabled(items.stream().anyMatch(i -> !i.read()));
        more.setVisible(notifications.myCount() > items.size());
    }

    private Component row(Item item) {
        Div row = new Div();
        row.setId("notification-" + item.id());
        row.addClassName("notification-row");
        if (!item.read()) {
            row.addClassName("unread");
        }
        Span when = new Span(WHEN.format(item.createdAt().atZone(ZoneOffset.UTC)) + " UTC");
        when.addClassName("notification-when");
        H3 title = new H3(item.title());
        title.addClassName("notification-title");
        Div body = new Div();
        body.addClassName("notification-body");
        for (String paragraph : item.body().split("\n\n")) {
            body.add(new Paragraph(paragraph));
        }
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("notification-actions");
        if (item.link() != null && !item.link().startsWith("http")) {
            Button open = new Button(item.linkLabel() == null ? "Open" : item.linkLabel(), e -> open(item));
            open.setId("notification-open-" + item.id());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            actions.add(open);
        }
        if (!item.read()) {
            Button read = new Button("Mark as read", e -> markRead(item));
            read.setId("notification-read-" + item.id());
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(read);
        }
        row.add(when, title, body, actions);
        return row;
    }

    private void open(Item item) {
        notifications.markRead(item.id());
        String link = item.link() == null ? "" : item.link();
        if (link.startsWith("certificate-pdf/")) {
            // a file, not a view: the browser opens it in a new tab
            UI.getCurrent().getPage().open("/" + link, "_blank");
            refresh();
            NotificationBell.refresh(UI.getCurrent());
        } else {
            UI.getCurrent().navigate(link);
        }
    }

    void markRead(Item item) {
        notifications.markRead(item.id());
        refresh();
        NotificationBell.refresh(UI.getCurrent());
    }

    void markAllRead() {
        notifications.markAllRead();
        refresh();
        NotificationBell.refresh(UI.getCurrent());
    }
}
