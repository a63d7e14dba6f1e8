package com.smpacademy.practice.ui;

import com.smpacademy.account.Role;
import com.smpacademy.practice.PracticeEnums.Status;
import com.smpacademy.practice.PracticeService;
import com.smpacademy.practice.PracticeService.Dashboard;
import com.smpacademy.practice.PracticeService.EntrySummary;
import com.smpacademy.practice.PracticeService.SettingProgress;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The trainee's logbook: hours against the certificate's requirement, feedback, the weekly chart, the entries. */
@Route("practice")
@PageTitle("Practice logbook")
@Menu(order = 20, icon = "vaadin:notebook", title = "Practice logbook")
@RolesAllowed(Role.TRAINEE_NAME)
public class LogbookView extends Div {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    final Grid<EntrySummary> entries = new Grid<>();
    final Button newEntry = new Button("Log a session", VaadinIcon.PLUS.create());

    public LogbookView(PracticeService practice) {
        setId("logbook-view");
        addClassNames("view", "logbook");
        Dashboard dashboard = practice.myDashboard();

        newEntry.setId("logbook-new");
        newEntry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newEntry.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(EntryView.class)));
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = practice.myLogbookCsv().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "practice-logbook.csv", "text/csv",
                    bytes.length);
        }), "Download CSV");
        csv.setId("logbook-csv");
        RouterLink transcript = new RouterLink("Printable transcript", TranscriptView.class);
        HorizontalLayout actions = new HorizontalLayout(newEntry, csv, transcript);
        actions.setAlignItems(HorizontalLayout.Alignment.CENTER);
        actions.setWrap(true);
        add(actions);
        add(DotFiguresPanel.cardDownloads());

        Div cards = new Div();
        cards.addClassName("card-grid");
        cards.add(progressCard(dashboard), chartCard(dashboard), feedbackCard(dashboard));
        add(cards);

        entries.setId("logbook-entries");
        entries.addColumn(e -> DATE.format(e.date())).setHeader("Date").setAutoWidth(true);
        entries.addColumn(e -> e.setting().label()).setHeader("Setting").setAutoWidth(true);
        entries.addColumn(e -> e.skill().label()).setHeader("Skill").setAutoWidth(true);
        entries.addColumn(e -> hours(e.minutes())).setHeader("Duration").setAutoWidth(true);
        entries.addColumn(EntrySummary::photos).setHeader("Photos").setAutoWidth(true);
        entries.addComponentColumn(e -> badge(e.status())).setHeader("Status").setAutoWidth(true);
        entries.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(EntryView.class,
                new RouteParameters("entryId", Long.toString(e.getItem().id())))));
        entries.setEmptyStateText("Your logbook is empty. Log your first practice session: synthetic skin and "
                + "mannequin hours count, and supervised live-model sessions need your instructor.");
        entries.setAllRowsVisible(true);
        List<EntrySummary> mine = practice.myEntries();
        entries.setItems(mine);
        add(new H3("Sessions"), entries);
    }

    private Component progressCard(Dashboard d) {
        Card card = new Card();
        card.setId("logbook-progress");
        card.setTitle(new H3("Approved hours"));
        Div lines = new Div();
        lines.addClassName("card-lines");
        for (SettingProgress s : d.settings()) {
            Span label = new Span(s.setting().label() + " " + hoursShort(s.approvedMinutes())
                    + (s.requiredMinutes() > 0 ? " / " + hoursShort(s.requiredMinutes()) : ""));
            ProgressBar bar = new ProgressBar(0, 1, s.share());
            lines.add(label, bar);
        }
        Span pending = new Span(d.pendingMinutes() == 0 ? "Nothing waiting for review."
                : hours(d.pendingMinutes()) + " waiting for review.");
        pending.addClassName("muted");
        lines.add(pending);
        card.add(lines);
        return card;
    }

    private Component chartCard(Dashboard d) {
        Card card = new Card();
        card.setTitle(new H3("Approved hours per week"));
        card.add(WeeklyHoursChart.of(d.weeks()));
        return card;
    }

    private Component feedbackCard(Dashboard d) {
        Card card = new Card();
        card.setId("logbook-feedback");
        card.setTitle(new H3("Recent feedback"));
        if (d.recentFeedback().isEmpty()) {
            Paragraph none = new Paragraph("No feedback yet. Submit an entry and your instructor's comments appear "
                    + "here.");
            none.addClassName("empty-state");
            card.add(none);
            return card;
        }
        UnorderedList list = new UnorderedList();
        d.recentFeedback().forEach(r -> list.add(new ListItem(r.decision().label() + " by " + r.reviewer() + ", "
                + DATE.format(r.decidedAt().atZone(ZoneOffset.UTC)) + (r.comment() == null ? "" : ": "
                + r.comment()))));
        card.add(list);
        return card;
    }

    static Component badge(Status status) {
        Span badge = new Span(status.label());
        badge.getElement().getThemeList().add(switch (status) {
            case APPROVED -> "badge success";
            case REJECTED -> "badge error";
            case CHANGES_REQUESTED -> "badge error";
            case SUBMITTED -> "badge";
            case DRAFT -> "badge contrast";
        });
        return badge;
    }

    static String hours(int minutes) {
        return (minutes >= 60 ? minutes / 60 + " h" : "") + (minutes % 60 == 0 ? "" : (minutes >= 60 ? " " : "")
                + minutes % 60 + " min");
    }

    static String hoursShort(int minutes) {
        return String.format(Locale.ROOT, minutes % 60 == 0 ? "%.0f h" : "%.1f h", minutes / 60.0);
    }
}
