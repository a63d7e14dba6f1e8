package com.smpacademy.clinic.ui;

import com.smpacademy.account.Role;
import com.smpacademy.clinic.ClinicService;
import com.smpacademy.clinic.ClinicService.ClinicSummary;
import com.smpacademy.clinic.ClinicService.Roster;
import com.smpacademy.clinic.ClinicService.RosterRow;
import com.smpacademy.clinic.RosterStatus;
import com.smpacademy.common.InvalidInputException;
import com.smpacademy.ui.FieldErrors;
import com.smpacademy.ui.Notifications;
import com.smpacademy.ui.Stat;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
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
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The clinic's roster: every artist it employs with their certificate's status read live, needing attention first,
 * filterable by status; add by code (typed, pasted or scanned), edit the note, remove; CSV and a printable report.
 * The camera is used on this route ({@code clinic/roster}) for QR scanning.
 */
@Route("clinic/roster")
@PageTitle("Artist roster")
@Menu(order = 40, icon = "vaadin:group", title = "Artist roster")
@RolesAllowed(Role.CLINIC_OWNER_NAME)
public class RosterView extends Div implements BeforeEnterObserver {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** The filter's choices: everything, what needs attention, or one status. */
    enum Filter {
        ALL("All artists"), ATTENTION("Needs attention"), VALID("Valid"), EXPIRING("Expiring within 60 days"),
        EXPIRED("Expired"), REVOKED("Revoked");

        final String label;

        Filter(String label) {
            this.label = label;
        }

        boolean matches(RosterRow r) {
            return switch (this) {
                case ALL -> true;
                case ATTENTION -> r.status().needsAttention();
                default -> r.status().name().equals(name());
            };
        }
    }

    final TextField code = new TextField("Certificate code");
    final TextField note = new TextField("Note (optional)");
    final Button add = new Button("Add to roster", VaadinIcon.PLUS.create());
    final QrScanner scanner = new QrScanner();
    final Select<Filter> filter = new Select<>();
    final Grid<RosterRow> grid = new Grid<>();
    final Div summary = new Div();
    final Anchor csv = new Anchor();
    final Div body = new Div();
    private final FieldErrors errors = new FieldErrors().bind("code", code).bind("note", note);
    private final ClinicService clinics;
    private @Nullable ClinicSummary clinic;
    private @Nullable Roster roster;

    public RosterView(ClinicService clinics) {
        this.clinics = clinics;
        setId("roster-view");
        addClassNames("view", "full-height");
        body.addClassName("roster-body");
        add(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        body.removeAll();
        List<ClinicSummary> mine = clinics.myClinics();
        Optional<ClinicSummary> chosen = ClinicContext.open(event, mine, body);
        if (chosen.isEmpty()) {
            return;
        }
        clinic = chosen.get();
        build(mine);
        refresh();
    }

    private void build(List<ClinicSummary> mine) {
        ClinicContext.picker(mine, clinic, RosterView.class).ifPresent(body::add);
        code.setId("roster-code");
        code.setPlaceholder("SMP-XXXX-XXXX-X");
        code.setHelperText("Type or paste the code from the certificate, or scan its QR code.");
        code.setClearButtonVisible(true);
        code.setWidth("16rem");
        note.setId("roster-note");
        note.setPlaceholder("e.g. Senior artist, Tuesdays");
        note.setMaxLength(500);
        note.setWidth("16rem");
        add.setId("roster-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickShortcut(Key.ENTER);
        add.addClickListener(e -> addArtist());
        scanner.setId("roster-scan");
        scanner.addScanListener(e -> {
            code.setValue(e.value());
            addArtist();
        });
        HorizontalLayout form = new HorizontalLayout(code, note, add, scanner);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        form.addClassName("roster-form");

        summary.setId("roster-summary");
        summary.addClassName("stats");

        filter.setId("roster-filter");
        filter.setLabel("Show");
        filter.setItems(Filter.values());
        filter.setItemLabelGenerator(f -> f.label);
        filter.setValue(Filter.ALL);
        filter.addValueChangeListener(e -> showRows());
        csv.setId("roster-csv");
        csv.setText("Download CSV");
        csv.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = clinics.rosterCsv(clinic.id()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(), "text/csv", bytes.length);
        }));
        csv.getElement().setAttribute("download", fileName());
        RouterLink report = new RouterLink("Printable report", RosterReportView.class,
                new RouteParameters("clinicId", Long.toString(clinic.id())));
        report.setId("roster-report");
        report.getElement().setAttribute("target", AnchorTarget.BLANK.getValue());
        RouterLink bulk = new RouterLink("Bulk add or check", BulkCheckView.class);
        bulk.setQueryParameters(ClinicContext.query(clinic));
        bulk.setId("roster-bulk");
        HorizontalLayout tools = new HorizontalLayout(filter, bulk, csv, report);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);

        grid.setId("roster-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(RosterRow::holderName).setHeader("Artist").setFlexGrow(2).setSortable(true)
                .setComparator(RosterRow::holderName);
        grid.addComponentColumn(RosterView::statusBadge).setHeader("Status").setAutoWidth(true)
                .setComparator((a, b) -> a.status() != b.status() ? a.status().compareTo(b.status())
                        : Integer.compare(a.daysLeft(), b.daysLeft()));
        grid.addColumn(RosterRow::programName).setHeader("Program").setFlexGrow(2);
        grid.addComponentColumn(r -> {
            Anchor a = new Anchor(r.verifyUrl(), r.code());
            a.setTarget(AnchorTarget.BLANK);
            a.getElement().setAttribute("title", "Open the public verify page");
            Div cell = new Div(a);
            if (r.previousCode() != null) {
                Span renewed = new Span("Renewed" + (r.renewedOn() == null ? "" : " " + DATE.format(r.renewedOn()))
                        + ", was " + r.previousCode());
                renewed.addClassName("muted");
                renewed.addClassName("roster-renewed");
                cell.add(new Div(renewed));
            }
            return cell;
        }).setHeader("Certificate").setAutoWidth(true);
        grid.addColumn(r -> DATE.format(r.expiresOn())).setHeader("Expires").setAutoWidth(true).setSortable(true)
                .setComparator(RosterRow::expiresOn);
        grid.addColumn(r -> r.note() == null ? "" : r.note()).setHeader("Note").setFlexGrow(2);
        grid.addColumn(r -> DATE.format(r.addedOn())).setHeader("Added").setAutoWidth(true).setSortable(true)
                .setComparator(RosterRow::addedOn);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No artist on the roster yet. Add one by the code on their certificate.");
        body.add(form, summary, tools, grid);
    }

    private Component actions(RosterRow r) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> editNote(r));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel("Edit note for " + r.holderName());
        edit.setTooltipText("Edit note");
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> remove(r));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove " + r.holderName() + " from the roster");
        remove.setTooltipText("Remove from roster");
        return new HorizontalLayout(edit, remove);
    }

    static Component statusBadge(RosterRow r) {
        Span s = new Span(r.statusText());
        String theme = switch (r.status()) {
            case VALID -> "badge success";
            case EXPIRING -> "badge warning";
            case EXPIRED, REVOKED -> "badge error";
        };
        s.getElement().getThemeList().addAll(List.of(theme.split(" ")));
        s.addClassName("roster-status");
        return s;
    }

    private void addArtist() {
        errors.clear();
        try {
            RosterRow row = clinics.addToRoster(clinic.id(), code.getValue(), note.getValue());
            code.clear();
            note.clear();
            Notifications.success(row.holderName() + " added: " + row.statusText().toLowerCase(Locale.ROOT) + ".");
            refresh();
        } catch (InvalidInputException e) {
            String rest = errors.show(e);
            if (!rest.isEmpty()) {
                Notifications.error(rest);
            }
        }
    }

    private void editNote(RosterRow r) {
        NoteDialog.open(r.holderName(), r.note(), text -> {
            clinics.updateNote(clinic.id(), r.entryId(), text);
            refresh();
        });
    }

    private void remove(RosterRow r) {
        clinics.removeFromRoster(clinic.id(), r.entryId());
        Notifications.success(r.holderName() + " removed from the roster.");
        refresh();
    }

    private void refresh() {
        roster = clinics.roster(clinic.id());
        summary.removeAll();
        var counts = roster.counts();
        summary.add(Stat.of(Integer.toString(roster.rows().size()), "Artists"),
                Stat.of(Long.toString(counts.get(RosterStatus.VALID)), "Valid"),
                Stat.of(Long.toString(counts.get(RosterStatus.EXPIRING)), "Expiring ≤ 60 days"),
                Stat.of(Long.toString(counts.get(RosterStatus.EXPIRED)), "Expired"),
                Stat.of(Long.toString(counts.get(RosterStatus.REVOKED)), "Revoked"));
        showRows();
    }

    private void showRows() {
        if (roster != null) {
            Filter f = filter.getValue() == null ? Filter.ALL : filter.getValue();
            grid.setItems(roster.rows().stream().filter(f::matches).toList());
        }
    }

    private String fileName() {
        return "roster-" + clinic.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".csv";
    }

    @Nullable Roster roster() {
        return roster;
    }
}
