package com.smpacademy.clinic.ui;

import com.smpacademy.account.Role;
import com.smpacademy.clinic.ClinicService;
import com.smpacademy.clinic.ClinicService.BulkAdd;
import com.smpacademy.clinic.ClinicService.BulkCheck;
import com.smpacademy.clinic.ClinicService.CheckOutcome;
import com.smpacademy.clinic.ClinicService.CheckRow;
import com.smpacademy.clinic.ClinicService.ClinicSummary;
import com.smpacademy.common.InvalidInputException;
import com.smpacademy.ui.Notifications;
import com.smpacademy.ui.Stat;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Bulk check and bulk add: paste a list or upload a CSV of up to 1,000 codes; each row says valid, expired, revoked,
 * unknown or mistyped; the results download as CSV. Adding to the roster is all or nothing.
 */
@Route("clinic/bulk-check")
@PageTitle("Bulk check")
@Menu(order = 41, icon = "vaadin:list-select", title = "Bulk check")
@RolesAllowed(Role.CLINIC_OWNER_NAME)
public class BulkCheckView extends Div implements BeforeEnterObserver {

    final TextArea pasted = new TextArea("Paste certificate codes");
    final Upload upload;
    final Button check = new Button("Check codes", VaadinIcon.SEARCH.create());
    final Button addAll = new Button("Add all to roster", VaadinIcon.PLUS.create());
    final Grid<CheckRow> grid = new Grid<>();
    final Div summary = new Div();
    final Span fileError = new Span();
    final Span uploaded = new Span();
    final Anchor download = new Anchor();
    private final ClinicService clinics;
    private @Nullable ClinicSummary clinic;
    private @Nullable BulkCheck result;
    private byte @Nullable [] file;
    private @Nullable String fileName;

    public BulkCheckView(ClinicService clinics) {
        this.clinics = clinics;
        setId("bulk-check-view");
        addClassNames("view", "full-height");
        pasted.setId("bulk-pasted");
        pasted.setPlaceholder("SMP-7KQ2-M9XD-4\nSMP-…");
        pasted.setHelperText("One code a row, up to 1,000. A header row, blank rows and duplicates are fine.");
        pasted.setWidthFull();
        pasted.setMaxHeight("14rem");
        pasted.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                clearFile();
            }
        });
        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                acceptFile(meta.fileName(), bytes)))));
        upload.setId("bulk-upload");
        upload.setAcceptedFileTypes("text/csv", "text/plain", ".csv", ".txt");
        upload.setMaxFileSize(1024 * 1024);
        upload.setMaxFiles(1);
        upload.setDropLabel(new Span("or drop a CSV file here"));
        upload.addFileRejectedListener(e -> showFileError(e.getErrorMessage()));
        fileError.setId("bulk-file-error");
        fileError.addClassName("form-error");
        fileError.setVisible(false);
        uploaded.setId("bulk-uploaded");
        uploaded.addClassName("muted");
        check.setId("bulk-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(e -> runCheck());
        addAll.setId("bulk-add");
        addAll.addClickListener(e -> runAdd());
        download.setId("bulk-download");
        download.setText("Download results (CSV)");
        download.setVisible(false);
        summary.setId("bulk-summary");
        summary.addClassName("stats");
        grid.setId("bulk-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(CheckRow::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CheckRow::input).setHeader("Code as given").setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Span s = new Span(r.outcome().label());
            s.getElement().getThemeList().add("badge");
            s.getElement().getThemeList().add(switch (r.outcome()) {
                case VALID -> "success";
                case EXPIRED, REVOKED -> "error";
                case UNKNOWN, MISTYPED -> "contrast";
            });
            return s;
        }).setHeader("Result").setAutoWidth(true);
        grid.addColumn(r -> r.certificate() == null ? "" : r.certificate().holderName()).setHeader("Artist")
                .setFlexGrow(2);
        grid.addColumn(CheckRow::message).setHeader("Details").setFlexGrow(3);
        grid.setEmptyStateText("Paste codes or upload a CSV, then check them.");
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
        Paragraph intro = new Paragraph("Check many certificates at once — for example the artists of an agency you "
                + "hire from — or add them all to the roster of " + clinic.name() + ". Checking changes nothing.");
        intro.addClassName("muted");
        HorizontalLayout buttons = new HorizontalLayout(check, addAll, download);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        buttons.setWrap(true);
        ClinicContext.picker(mine, clinic, BulkCheckView.class).ifPresent(this::add);
        add(intro, pasted, upload, uploaded, fileError, buttons, summary, grid);
    }

    /** Takes an uploaded file (also the entry point for tests); the next check or add uses it. */
    void acceptFile(String name, byte[] bytes) {
        fileError.setVisible(false);
        file = bytes;
        fileName = name;
        uploaded.setText("Using " + name + " (" + bytes.length + " bytes). Typing in the box above uses the box "
                + "instead.");
        runCheck();
    }

    private void clearFile() {
        file = null;
        fileName = null;
        uploaded.setText("");
    }

    private void runCheck() {
        fileError.setVisible(false);
        try {
            result = file != null ? clinics.bulkCheckFile(fileName, file) : clinics.bulkCheck(pasted.getValue());
            show(result);
        } catch (InvalidInputException e) {
            showFileError(e.getMessage());
        }
    }

    private void runAdd() {
        fileError.setVisible(false);
        try {
            BulkAdd added = clinics.bulkAdd(clinic.id(), pasted.getValue(), file, fileName);
            result = added.check();
            show(result);
            if (added.refused()) {
                showFileError("Nothing was added: " + result.problems() + " row" + (result.problems() == 1 ? " is"
                        : "s are") + " unknown or mistyped. Fix or remove them, then add again.");
            } else {
                Notifications.success(added.added() + " artist" + (added.added() == 1 ? "" : "s")
                        + " added to the roster" + (added.alreadyOnRoster() > 0 ? "; " + added.alreadyOnRoster()
                        + " were already on it." : "."));
            }
        } catch (InvalidInputException e) {
            showFileError(e.getMessage());
        }
    }

    private void show(BulkCheck check) {
        grid.setItems(check.rows());
        summary.removeAll();
        var counts = check.counts();
        summary.add(Stat.of(Integer.toString(check.rows().size()), "Rows"));
        for (CheckOutcome o : CheckOutcome.values()) {
            summary.add(Stat.of(Long.toString(counts.get(o)), o.label()));
        }
        byte[] bytes = check.toCsv().getBytes(StandardCharsets.UTF_8);
        download.setHref(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(bytes),
                "certificate-check.csv", "text/csv", bytes.length)));
        download.getElement().setAttribute("download", "certificate-check.csv");
        download.setVisible(true);
    }

    private void showFileError(String message) {
        fileError.setText(message);
        fileError.setVisible(true);
    }

    @Nullable BulkCheck result() {
        return result;
    }
}
