package com.smpacademy.notification.ui;

import com.smpacademy.account.CurrentUser;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.notification.NotificationService;
import com.smpacademy.notification.NotificationService.Channel;
import com.smpacademy.notification.NotificationService.Preference;
import com.smpacademy.ui.Notifications;
import com.smpacademy.ui.ProfileSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;

/** "Messages" on the profile page: each kind the person can receive, by e-mail and in the app. */
@org.springframework.stereotype.Component
class PreferencesSection implements ProfileSection {

    private final NotificationService notifications;
    private final CurrentUser currentUser;

    PreferencesSection(NotificationService notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create() {
        if (currentUser.get().isEmpty()) {
            return Optional.empty();
        }
        Card card = new Card();
        card.setId("notification-preferences");
        card.setTitle(new H3("Messages"));
        card.add(new Paragraph("Choose what you are told about, by e-mail and under the bell. Security messages "
                + "(password reset, invitation) are always sent."));
        for (Preference p : notifications.myPreferences()) {
            card.add(row(p));
        }
        return Optional.of(card);
    }

    private Component row(Preference p) {
        Span label = new Span(p.kind().label());
        label.addClassName("preference-label");
        Span description = new Span(p.kind().description());
        description.addClassName("preference-description");
        Div text = new Div(label, description);
        text.addClassName("preference-text");
        Checkbox email = box(p, Channel.EMAIL, "E-mail", p.email());
        Checkbox inApp = box(p, Channel.IN_APP, "In the app", p.inApp());
        Div row = new Div(text, email, inApp);
        row.addClassName("preference-row");
        if (p.locked()) {
            Span always = new Span("Always on");
            always.getElement().getThemeList().add("badge contrast small");
            text.add(always);
        }
        return row;
    }

    private Checkbox box(Preference p, Channel channel, String caption, boolean value) {
        Checkbox box = new Checkbox(caption, value);
        box.setId("pref-" + p.kind().key().replace('.', '-') + "-" + channel.name().toLowerCase());
        box.setReadOnly(p.locked());
        box.addValueChangeListener(e -> {
            try {
                notifications.setPreference(p.kind().key(), channel, e.getValue());
                Notifications.success("\"" + p.kind().label() + "\" " + caption.toLowerCase() + ": "
                        + (e.getValue() ? "on" : "off") + ".");
            } catch (RuleViolationException ex) {
                box.setValue(true);
                Notifications.error(ex.getMessage());
            }
        });
        return box;
    }
}
