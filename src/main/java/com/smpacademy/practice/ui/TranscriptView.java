package com.smpacademy.practice.ui;

import com.smpacademy.account.AccountService;
import com.smpacademy.account.Role;
import com.smpacademy.practice.PracticeEnums.Status;
import com.smpacademy.practice.PracticeService;
import com.smpacademy.practice.PracticeService.EntrySummary;
import com.smpacademy.practice.PracticeService.SettingProgress;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** A printable transcript of the trainee's approved practice, with totals per setting. */
@Route("practice/transcript")
@PageTitle("Practice transcript")
@RolesAllowed(Role.TRAINEE_NAME)
public class TranscriptView extends Div {

    public TranscriptView(PracticeService practice, AccountService accounts) {
        setId("transcript-view");
        addClassNames("view", "transcript");
        Button print = new Button("Print", VaadinIcon.PRINT.create(), e -> getElement().executeJs("window.print()"));
        print.addClassName("no-print");
        RouterLink back = new RouterLink("Back to your logbook", LogbookView.class);
        back.addClassName("no-print");
        add(new Div(print, back));
        add(new H2("Practice transcript — " + accounts.me().getDisplayName()));
        add(new Paragraph("SMP Academy · generated " + LogbookView.DATE.format(LocalDate.now(ZoneOffset.UTC))
                + " · approved sessions only"));

        NativeTable totals = table("Setting", "Approved", "Required");
        NativeTableBody totalsBody = new NativeTableBody();
        for (SettingProgress s : practice.myDashboard().settings()) {
            totalsBody.add(row(s.setting().label(), LogbookView.hoursShort(s.approvedMinutes()),
                    s.requiredMinutes() == 0 ? "–" : LogbookView.hoursShort(s.requiredMinutes())));
        }
        totals.add(totalsBody);
        add(totals);

        List<EntrySummary> approved = practice.myEntries().stream().filter(e -> e.status() == Status.APPROVED)
                .toList();
        if (approved.isEmpty()) {
            add(new Paragraph("No approved sessions yet."));
            return;
        }
        NativeTable sessions = table("Date", "Setting", "Skill", "Duration");
        NativeTableBody body = new NativeTableBody();
        approved.forEach(e -> body.add(row(LogbookView.DATE.format(e.date()), e.setting().label(), e.skill().label(),
                LogbookView.hours(e.minutes()))));
        sessions.add(body);
        sessions.setId("transcript-sessions");
        add(sessions);
    }

    private static NativeTable table(String... headers) {
        NativeTable table = new NativeTable();
        table.addClassName("transcript-table");
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow row = new NativeTableRow();
        for (String h : headers) {
            row.add(new NativeTableHeaderCell(h));
        }
        head.add(row);
        table.add(head);
        return table;
    }

    private static NativeTableRow row(String... cells) {
        NativeTableRow row = new NativeTableRow();
        for (String c : cells) {
            row.add(new NativeTableCell(c));
        }
        return row;
    }
}
