package com.smpacademy.notification.ui;

import com.smpacademy.account.Role;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.notification.NotificationService;
import com.smpacademy.notification.NotificationService.OutboxEntry;
import com.smpacademy.notification.OutboxStatus;
import com.smpacademy.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * The e-mail outbox for admins: every message with its recipient, subject, status and last error, the body as
 * the recipient sees it (plain text and HTML), and "Send again" for failed or held messages.
 */
@Route("admin/outbox")
@PageTitle("Outbox")
@Menu(order = 57, icon = "vaadin:envelopes-o", title = "Outbox")
@RolesAllowed(Role.ADMIN_NAME)
public class OutboxView extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM, HH:mm");

    final Select<OutboxStatus> status = new Select<>();
    final Grid<OutboxEntry> grid = new Grid<>();
    final Paragraph summary = new Paragraph();
    private final NotificationService notifications;

    OutboxView(NotificationService notifications) {
        this.notifications = notifications;
        setId("outbox-view");
        addClassNames("view", "full-height");

        status.setId("outbox-status");
        status.setItems(OutboxStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "All messages" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("All messages");
        status.setAriaLabel("Status");
        status.addValueChangeListener(e -> refresh());
        Button reload = new Button("Refresh", VaadinIcon.REFRESH.create(), e -> refresh());
        reload.setId("outbox-refresh");
        summary.setId("outbox-summary");
        summary.addClassName("muted");

        HorizontalLayout toolbar = new HorizontalLayout(status, reload, summary);
        toolbar.addClassName("toolbar");
        toolbar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.setId("outbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(OutboxView::messageCell).setHeader("Message").setFlexGrow(3);
        grid.addComponentColumn(OutboxView::statusCell).setHeader("Status").setFlexGrow(1);
        grid.addColumn(m -> SHORT.format(m.createdAt().atZone(ZoneOffset.UTC))).setHeader("Written (UTC)")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No message yet. Messages appear here as soon as something sends one.");
        grid.addItemClickListener(e -> open(e.getItem()));
        add(toolbar, grid);
        refresh();
    }

    void refresh() {
        OutboxStatus s = status.getValue();
        grid.setItems(q -> notifications.outbox(s, q.getOffset(), q.getLimit()).stream(),
                q -> (int) notifications.outboxCount(s));
        long held = notifications.outboxCount(OutboxStatus.HELD);
        long failed = notifications.outboxCount(OutboxStatus.FAILED) + notifications.outboxCount(OutboxStatus.RETRYING);
        summary.setText(notifications.outboxCount(null) + " messages · " + notifications.outboxCount(OutboxStatus.SENT)
                + " sent · " + failed + " failed · " + held + " held (no SMTP configured)");
    }

    private static Component messageCell(OutboxEntry m) {
        Span subject = new Span(m.subject());
        subject.addClassName("outbox-subject");
        Span to = new Span(m.toName() + " <" + m.to() + ">");
        to.addClassName("outbox-to");
        Div cell = new Div(subject, to);
        cell.addClassName("outbox-cell");
        return cell;
    }

    private static Component statusCell(OutboxEntry m) {
        Div cell = new Div(statusBadge(m));
        cell.addClassName("outbox-cell");
        if (m.status() == OutboxStatus.RETRYING || m.status() == OutboxStatus.FAILED) {
            Span error = new Span((m.status() == OutboxStatus.RETRYING ? "Next try " + when(m.nextAttemptAt())
                    + " UTC · " : "") + (m.lastError() == null ? "" : m.lastError()));
            error.addClassName("outbox-error");
            cell.add(error);
        }
        return cell;
    }

    private static Component statusBadge(OutboxEntry m) {
        Span badge = new Span(m.status().label());
        String theme = switch (m.status()) {
            case SENT -> "badge success";
            case FAILED, RETRYING -> "badge error";
            case HELD -> "badge contrast";
            default -> "badge";
        };
        badge.getElement().getThemeList().add(theme);
        if (m.status() == OutboxStatus.RETRYING) {
            badge.getElement().setAttribute("title", "Next try " + when(m.nextAttemptAt()) + " UTC");
        }
        return badge;
    }

    void retry(OutboxEntry m) {
        try {
            notifications.retry(m.id());
            refresh();
            Notifications.success("\"" + m.subject() + "\" will be sent at the next run of the sender.");
        } catch (RuleViolationException e) {
            Notifications.error(e.getMessage());
        }
    }

    void open(OutboxEntry summary) {
        OutboxEntry m = notifications.outboxMessage(summary.id());
        Dialog dialog = new Dialog();
        dialog.setId("outbox-message-dialog");
        dialog.setHeaderTitle(m.subject());
        dialog.setWidth("min(760px, 96vw)");
        Div meta = new Div();
        meta.addClassName("outbox-meta");
        meta.add(new Paragraph("To: " + m.toName() + " <" + m.to() + ">"),
                new Paragraph("Status: " + m.status().label() + " · attempts " + m.attempts()
                        + (m.sentAt() == null ? "" : " · sent " + when(m.sentAt()) + " UTC")
                        + (m.status() == OutboxStatus.RETRYING ? " · next try " + when(m.nextAttemptAt()) + " UTC"
                        : "")));
        if (m.lastError() != null) {
            Paragraph error = new Paragraph(m.lastError());
            error.setId("outbox-message-error");
            error.addClassName("form-error");
            meta.add(error);
        }
        Pre text = new Pre(m.text());
        text.setId("outbox-message-text");
        text.addClassName("outbox-text");
        IFrame html = new IFrame();
        html.setId("outbox-message-html");
        html.setSrcdoc(m.html());
        // shown as the recipient's mail client would, but without scripts or navigation of this page
        html.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
        html.addClassName("outbox-html");
        TabSheet body = new TabSheet();
        body.add("HTML", html);
        body.add("Plain text", text);
        body.setWidthFull();
        dialog.add(meta, body);
        Button close = new Button("Close", e -> dialog.close());
        if (m.retryable()) {
            Button retry = new Button("Send again", e -> {
                retry(m);
                dialog.close();
            });
            retry.setId("outbox-message-retry");
            dialog.getFooter().add(retry);
        }
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        add(dialog);
        dialog.open();
    }

    private static String when(@Nullable Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(ZoneOffset.UTC));
    }
}
