package com.smpacademy.clinic.ui;

import com.smpacademy.account.Role;
import com.smpacademy.clinic.ClinicService;
import com.smpacademy.clinic.ClinicService.AlertView;
import com.smpacademy.clinic.ClinicService.ClinicSummary;
import com.smpacademy.clinic.ClinicService.ProgramProgress;
import com.smpacademy.clinic.ClinicService.Roster;
import com.smpacademy.clinic.ClinicService.RosterRow;
import com.smpacademy.clinic.ClinicService.Sponsor;
import com.smpacademy.clinic.ClinicService.SponsoredTrainee;
import com.smpacademy.clinic.RosterStatus;
import com.smpacademy.ui.DashboardContribution;
import com.smpacademy.ui.Stat;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The clinic owner's dashboard: the roster's counts by status with the artists needing attention, the sponsored
 * trainees' progress and the latest alerts. For a trainee: the clinics sponsoring them, or an invitation opened
 * before logging in.
 */
@org.springframework.stereotype.Component
class ClinicDashboard implements DashboardContribution {

    private final ClinicService clinics;

    ClinicDashboard(ClinicService clinics) {
        this.clinics = clinics;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> card(Role role) {
        return switch (role) {
            case CLINIC_OWNER -> Optional.of(ownerCards());
            case TRAINEE -> traineeCard();
            default -> Optional.empty();
        };
    }

    private Component ownerCards() {
        List<ClinicSummary> mine = clinics.myClinics();
        Div cards = new Div();
        cards.getStyle().set("display", "contents");
        if (mine.isEmpty()) {
            Card card = card("Your clinic");
            card.setId("clinic-card");
            card.add(empty("You do not own a clinic here yet. The academy's admin sets up your clinic, or a co-owner "
                    + "invites you by email. Meanwhile, anyone can check a certificate on the public verify page."));
            cards.add(card);
            return cards;
        }
        ClinicSummary clinic = mine.get(0);
        Roster roster = clinics.roster(clinic.id());
        Card rosterCard = card("Roster · " + clinic.name());
        rosterCard.setId("clinic-roster-card");
        Div stats = new Div();
        stats.addClassName("stats");
        var counts = roster.counts();
        stats.add(Stat.of(Integer.toString(roster.rows().size()), "Artists"),
                Stat.of(Long.toString(counts.get(RosterStatus.VALID)), "Valid"),
                Stat.of(Long.toString(counts.get(RosterStatus.EXPIRING)), "Expiring"),
                Stat.of(Long.toString(counts.get(RosterStatus.EXPIRED) + counts.get(RosterStatus.REVOKED)),
                        "Not current"));
        rosterCard.add(stats);
        List<RosterRow> attention = roster.needingAttention();
        if (attention.isEmpty()) {
            rosterCard.add(new Span(roster.rows().isEmpty() ? "Add your artists by their certificate codes."
                    : "Every certificate is valid for more than 60 days."));
        } else {
            Span head = new Span("Needs attention");
            head.addClassName("muted");
            UnorderedList list = new UnorderedList();
            list.setId("clinic-attention");
            attention.stream().limit(5).forEach(r -> list.add(new ListItem(r.holderName() + " — "
                    + r.statusText())));
            rosterCard.add(head, list);
        }
        rosterCard.add(links(link("Open roster", RosterView.class, clinic),
                link("Bulk check", BulkCheckView.class, clinic)));
        cards.add(rosterCard);

        Card alertCard = card("Latest alerts");
        alertCard.setId("clinic-alerts-card");
        List<AlertView> latest = clinics.alerts(clinic.id(), 4);
        if (latest.isEmpty()) {
            alertCard.add(empty("No alerts yet: you hear here when a rostered certificate is revoked, expires or is "
                    + "renewed."));
        } else {
            UnorderedList list = new UnorderedList();
            latest.forEach(a -> {
                ListItem li = new ListItem((a.read() ? "" : "New — ") + a.kind().label() + ": " + a.holderName());
                li.addClassName(a.read() ? "alert-read" : "alert-unread");
                list.add(li);
            });
            alertCard.add(list);
        }
        alertCard.add(links(link("All alerts", AlertsView.class, clinic)));
        cards.add(alertCard);

        Card traineeCard = card("Sponsored trainees");
        traineeCard.setId("clinic-trainees-card");
        List<SponsoredTrainee> trainees = clinics.sponsoredTrainees(clinic.id());
        if (trainees.isEmpty()) {
            traineeCard.add(empty("Send your own staff to train: invite them by email."));
        } else {
            UnorderedList list = new UnorderedList();
            for (SponsoredTrainee t : trainees) {
                List<String> parts = new ArrayList<>();
                for (ProgramProgress p : t.programs()) {
                    parts.add(p.modulesComplete() + "/" + p.modulesRequired() + " modules"
                            + (p.eligible() ? ", eligible" : ""));
                }
                list.add(new ListItem(t.name() + " — " + (parts.isEmpty() ? "no program" : String.join("; ",
                        parts))));
            }
            traineeCard.add(list);
        }
        traineeCard.add(links(link("Sponsored trainees", SponsoredTraineesView.class, clinic)));
        cards.add(traineeCard);
        return cards;
    }

    private Optional<Component> traineeCard() {
        Object pending = VaadinSession.getCurrent() == null ? null
                : VaadinSession.getCurrent().getAttribute(InvitationView.PENDING);
        List<Sponsor> sponsors = clinics.mySponsors();
        if (pending == null && sponsors.isEmpty()) {
            return Optional.empty();
        }
        Card card = card("Your sponsoring clinic");
        card.setId("trainee-clinic-card");
        if (pending instanceof String token) {
            clinics.invitation(token).ifPresent(i -> card.add(new Paragraph(new RouterLink("Accept the invitation "
                    + "from " + i.clinicName(), InvitationView.class, new RouteParameters("token", token)))));
        }
        sponsors.forEach(s -> card.add(new Span(s.clinicName() + " sponsors your training and sees your progress "
                + "(never your photos, notes or answers).")));
        if (!sponsors.isEmpty()) {
            card.add(new RouterLink("Manage", MyClinicsView.class));
        }
        return Optional.of(card);
    }

    private static RouterLink link(String text, Class<? extends Component> view, ClinicSummary clinic) {
        RouterLink l = new RouterLink(text, view);
        l.setQueryParameters(ClinicContext.query(clinic));
        return l;
    }

    private static Div links(Component... links) {
        Div d = new Div(links);
        d.addClassName("link-row");
        return d;
    }

    private static Card card(String title) {
        Card card = new Card();
        card.setTitle(new H3(title));
        card.addClassName("dashboard-card");
        return card;
    }

    private static Paragraph empty(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("empty-state");
        return p;
    }
}
