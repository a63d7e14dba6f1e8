package com.smpacademy.operations.ui;

import com.smpacademy.account.Role;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.operations.BackupService;
import com.smpacademy.operations.BackupService.BackupFile;
import com.smpacademy.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Admins take a consistent backup of the running database and download earlier ones. */
@Route("admin/backup")
@PageTitle("Backups")
@Menu(order = 58, icon = "vaadin:database", title = "Backups")
@RolesAllowed(Role.ADMIN_NAME)
public class BackupView extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    final Button backUp = new Button("Back up now", VaadinIcon.DATABASE.create());
    final Div list = new Div();
    private final BackupService backups;

    BackupView(BackupService backups) {
        this.backups = backups;
        setId("backup-view");
        addClassNames("view");
        Paragraph intro = new Paragraph("A backup is one zip file holding a consistent copy of the whole database, "
                + "taken while the academy keeps running. Copy it off this machine; the README says how to "
                + "restore it.");
        intro.addClassName("muted");
        Paragraph key = new Paragraph("Keep the key-encryption key (ACADEMY_KEY_ENCRYPTION_KEY, or the key file "
                + "under ./data) apart from these backups: a backup holds the encrypted signing keys, and whoever "
                + "has both could sign certificates in the academy's name.");
        key.setId("backup-key-note");
        key.addClassName("muted");
        backUp.setId("backup-now");
        backUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        backUp.addClickListener(e -> backUpNow());
        list.setId("backup-list");
        list.addClassName("card-grid");
        add(intro, key);
        if (backups.supported()) {
            Span folder = new Span("Backups are written to " + backups.directory());
            folder.addClassName("muted");
            add(backUp, folder);
        } else {
            backUp.setEnabled(false);
            Paragraph reason = new Paragraph(backups.unsupportedReason());
            reason.setId("backup-unsupported");
            add(reason, new Pre("pg_dump --format=custom --file=smp-academy.dump -h HOST -U academy academy"), backUp);
        }
        add(list);
        show();
    }

    private void backUpNow() {
        try {
            BackupFile file = backups.backUp();
            Notifications.success("Backup written: " + file.name() + " (" + size(file.bytes()) + ").");
        } catch (RuleViolationException e) {
            Notifications.error(e.getMessage());
        } catch (IllegalStateException e) {
            Notifications.error("The backup failed: " + e.getMessage());
        }
        show();
    }

    private void show() {
        list.removeAll();
        if (!backups.supported()) {
            return;
        }
        List<BackupFile> files = backups.backups();
        if (files.isEmpty()) {
            Paragraph empty = new Paragraph("No backups yet. Press Back up now to take the first one.");
            empty.addClassName("empty-state");
            list.add(empty);
            return;
        }
        files.forEach(f -> list.add(card(f)));
    }

    private Component card(BackupFile f) {
        Card card = new Card();
        card.setTitle(new H3(f.name()));
        Div lines = new Div(new Span("Taken " + TIME.format(f.createdAt().atZone(ZoneOffset.UTC))),
                new Span(size(f.bytes())));
        lines.addClassName("card-lines");
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            Path path = backups.file(f.name());
            try {
                return new DownloadResponse(Files.newInputStream(path), f.name(), "application/zip", Files.size(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), "Download");
        download.getElement().setAttribute("download", true);
        card.add(lines, download);
        return card;
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KB", bytes / 1024.0);
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
}
