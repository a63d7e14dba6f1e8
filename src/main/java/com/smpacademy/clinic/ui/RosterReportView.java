package com.smpacademy.clinic.ui;

import com.smpacademy.account.Role;
import com.smpacademy.clinic.ClinicService;
import com.smpacademy.clinic.ClinicService.Roster;
import com.smpacademy.clinic.ClinicService.RosterRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;

/**
 * A printable roster report for an inspector or an insurer: the clinic, the date, and each artist's certificate with
 * its status as of that date. A plain page (no navigation) that prints on A4.
 */
@Route(value = "clinic/report/:clinicId", autoLayout = false)
@PageTitle("Roster report")
@RolesAllowed(Role.CLINIC_OWNER_NAME)
public class RosterReportView extends Div implements BeforeEnterObserver {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private final ClinicService clinics;

    public RosterReportView(ClinicService clinics) {
        this.clinics = clinics;
        setId("roster-report-view");
        addClassName("print-report");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Roster roster;
        try {
            roster = clinics.roster(Long.parseLong(event.getRouteParameters().get("clinicId").orElse("")));
        } catch (NumberFormatException | AccessDeniedException e) {
            add(ClinicContext.notYours());
            return;
        }
        Button print = new Button("Print", VaadinIcon.PRINT.create(),
                e -> getElement().executeJs("window.print()"));
        print.setId("report-print");
        print.addClassName("no-print");
        H1 title = new H1("Roster of certified SMP artists");
        Paragraph who = new Paragraph(roster.clinic().name() + ", " + roster.clinic().city() + " · contact "
                + roster.clinic().contactEmail());
        who.setId("report-clinic");
        Paragraph asOf = new Paragraph("Status of each certificate as of " + LONG.format(roster.asOf())
                + ", read from the issuing academy's records. Each certificate can be checked at its verify address.");
        asOf.setId("report-date");
        NativeTable table = new NativeTable();
        table.setId("report-table");
        NativeTableHeader head = new NativeTableHeader();
        head.add(headerRow("Artist", "Program", "Certificate code", "Status", "Issued to / expires", "Verify at"));
        NativeTableBody rows = new NativeTableBody();
        List<RosterRow> sorted = roster.rows().stream()
                .sorted(Comparator.comparing(RosterRow::holderName, String.CASE_INSENSITIVE_ORDER)).toList();
        for (RosterRow r : sorted) {
            NativeTableRow tr = new NativeTableRow();
            tr.add(new NativeTableCell(r.holderName()), new NativeTableCell(r.programName()),
                    new NativeTableCell(r.code()), new NativeTableCell(r.statusText()),
                    new NativeTableCell(LONG.format(r.expiresOn())), new NativeTableCell(r.verifyUrl()));
            rows.add(tr);
        }
        table.add(head, rows);
        Paragraph total = new Paragraph(roster.rows().size() + " artist" + (roster.rows().size() == 1 ? "" : "s")
                + "; " + roster.needingAttention().size() + " without a current certificate or expiring within "
                + "60 days.");
        total.setId("report-total");
        add(print, title, who, asOf, table, total);
    }

    private static NativeTableRow headerRow(String... labels) {
        NativeTableRow row = new NativeTableRow();
        for (String l : labels) {
            row.add(new NativeTableHeaderCell(l));
        }
        return row;
    }
}
