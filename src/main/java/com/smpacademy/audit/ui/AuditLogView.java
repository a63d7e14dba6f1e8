package com.smpacademy.audit.ui;

import com.smpacademy.account.Role;
import com.smpacademy.audit.AuditAction;
import com.smpacademy.audit.AuditEvent;
import com.smpacademy.audit.AuditFilter;
import com.smpacademy.audit.AuditService;
import com.smpacademy.common.InvalidInputException;
import com.smpacademy.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;

/** Admins browse who did what, by date, actor and action. Read-only: the log cannot be edited from anywhere. */
@Route("admin/audit")
@PageTitle("Audit log")
@Menu(order = 59, icon = "vaadin:clipboard-text", title = "Audit log")
@RolesAllowed(Role.ADMIN_NAME)
public class AuditLogView extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final TextField actor = new TextField("Actor");
    final ComboBox<AuditAction> action = new ComboBox<>("Action");
    final Grid<AuditEvent> grid = new Grid<>();
    final Span total = new Span();
    private final FieldErrors errors = new FieldErrors();
    private final AuditService audit;

    AuditLogView(AuditService audit) {
        this.audit = audit;
        setId("audit-view");
        addClassNames("view", "full-height");

        from.setId("audit-from");
        to.setId("audit-to");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        actor.setId("audit-actor");
        actor.setPlaceholder("Part of an email");
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        action.setId("audit-action");
        action.setItems(Arrays.stream(AuditAction.values()).sorted(Comparator.comparing(AuditAction::label))
                .toList());
        action.setItemLabelGenerator(AuditAction::label);
        action.setClearButtonVisible(true);
        action.setPlaceholder("Any action");
        Button clear = new Button("Clear filters", e -> {
            from.clear();
            to.clear();
            actor.clear();
            action.clear();
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        errors.bind("to", to).bind("actor", actor);
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        actor.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());

        HorizontalLayout filters = new HorizontalLayout(from, to, actor, action, clear);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("toolbar");

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> TIME.format(e.getOccurredAt().atZone(ZoneOffset.UTC))).setHeader("When")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.getActorEmail() == null ? "System" : e.getActorEmail()).setHeader("Actor")
                .setAutoWidth(true);
        grid.addColumn(e -> e.getAction().label()).setHeader("Action").setAutoWidth(true);
        grid.addColumn(AuditLogView::target).setHeader("Concerning").setAutoWidth(true);
        grid.addColumn(e -> e.getDetails() == null ? "" : e.getDetails()).setHeader("Details").setFlexGrow(2);
        grid.addColumn(e -> e.getClientAddress() == null ? "" : e.getClientAddress()).setHeader("Address")
                .setAutoWidth(true);
        grid.setEmptyStateText("No events match these filters. Widen the dates or clear the filters.");
        total.setId("audit-total");
        total.addClassName("muted");

        add(filters, total, grid);
        refresh();
    }

    private static String target(AuditEvent e) {
        if (e.getTargetLabel() != null) {
            return e.getTargetLabel();
        }
        return e.getTargetType() == null ? "" : e.getTargetType() + " " + e.getTargetId();
    }

    private void refresh() {
        AuditFilter filter = new AuditFilter(from.getValue(), to.getValue(), actor.getValue(), action.getValue());
        try {
            AuditService.EventCount count = audit.count(filter);
            errors.clear();
            total.setText(count.label());
            if (count.atLeast()) {
                // more than the count cap: the grid pages on without knowing the end (Vaadin's undefined size)
                grid.setItems(q -> audit.search(filter, q.getOffset(), q.getLimit()).stream());
            } else {
                grid.setItems(q -> audit.search(filter, q.getOffset(), q.getLimit()).stream(),
                        q -> (int) count.value());
            }
        } catch (InvalidInputException e) {
            errors.show(e);
            total.setText("");
            grid.setItems(java.util.List.of());
        }
    }
}
