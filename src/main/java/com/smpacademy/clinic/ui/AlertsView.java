package com.smpacademy.clinic.ui;

import com.smpacademy.account.Role;
import com.smpacademy.clinic.AlertKind;
import com.smpacademy.clinic.ClinicService;
import com.smpacademy.clinic.ClinicService.AlertView;
import com.smpacademy.clinic.ClinicService.ClinicSummary;
import com.smpacademy.ui.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Alerts about rostered certificates (revoked, expiring, expired, renewed), newest first; mark as read. */
@Route("clinic/alerts")
@PageTitle("Alerts")
@Menu(order = 42, icon = "vaadin:bell", title = "Alerts")
@RolesAllowed(Role.CLINIC_OWNER_NAME)
public class AlertsView extends Div implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH);

    final Div list = new Div();
    final Button markAll = new Button("Mark all as read", VaadinIcon.CHECK_SQUARE_O.create());
    private final ClinicService clinics;
    private @Nullable ClinicSummary clinic;

    public AlertsView(ClinicService clinics) {
        this.clinics = clinics;
        setId("alerts-view");
        addClassNames("view", "narrow");
        list.setId("alerts-list");
        list.addClassName("alert-list");
        markAll.setId("alerts-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAll.addClickListener(e -> {
            clinics.markAllRead(clinic.id());
            refresh();
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<ClinicSummary> mine = clinics.myClinics();
        Optional<ClinicSummary> chosen = ClinicContext.open(event, mine, this);
        if (chosen.isEmpty()) {
            return;
        }
        clinic = chosen.get();
        ClinicContext.picker(mine, clinic, AlertsView.class).ifPresent(this::add);
        Paragraph intro = new Paragraph("You hear here when a certificate on your roster is revoked, comes within 60 "
                + "or 30 days of expiry, expires, or is renewed.");
        intro.addClassName("muted");
        add(intro, markAll, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<AlertView> alerts = clinics.alerts(clinic.id(), 200);
        if (alerts.isEmpty()) {
            Paragraph none = new Paragraph("No alerts yet. When a rostered artist's certificate changes, it shows "
                    + "here and in the menu.");
            none.addClassName("empty-state");
            list.add(none);
        }
        alerts.forEach(a -> list.add(item(a)));
        markAll.setEnabled(alerts.stream().anyMatch(a -> !a.read()));
        MainLayout layout = findAncestor(MainLayout.class);
        if (layout != null) {
            layout.refreshNav();
        }
    }

    private Component item(AlertView a) {
        Icon icon = (switch (a.kind()) {
            case REVOKED -> VaadinIcon.BAN;
            case EXPIRED -> VaadinIcon.CLOCK;
            case EXPIRING_60, EXPIRING_30 -> VaadinIcon.HOURGLASS;
            case RENEWED -> VaadinIcon.REFRESH;
        }).create();
        icon.addClassName("alert-icon");
        Span title = new Span(a.kind().label() + " · " + a.holderName());
        title.addClassName("alert-title");
        Span when = new Span(WHEN.format(a.createdAt().atZone(ZoneOffset.UTC)));
        when.addClassName("muted");
        Paragraph text = new Paragraph(a.message());
        Div content = new Div(title, when, text);
        content.addClassName("alert-content");
        Div row = new Div(icon, content);
        row.addClassNames("alert-item", a.read() ? "alert-read" : "alert-unread",
                a.kind() == AlertKind.REVOKED || a.kind() == AlertKind.EXPIRED ? "alert-serious" : "alert-info");
        row.setId("alert-" + a.id());
        if (!a.read()) {
            Button read = new Button("Mark as read", e -> {
                clinics.markRead(a.id());
                refresh();
            });
            read.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            read.addClassName("alert-mark-read");
            content.add(read);
        }
        return row;
    }
}
