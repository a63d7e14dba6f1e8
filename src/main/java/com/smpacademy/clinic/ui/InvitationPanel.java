package com.smpacademy.clinic.ui;

import com.smpacademy.clinic.ClinicService.Invitation;
import com.smpacademy.common.InvalidInputException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Invite someone by email and list the pending invitations: the link is shown once, to copy into an email (until
 * the academy sends invitation emails itself).
 */
final class InvitationPanel extends Div {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    final EmailField email = new EmailField("Email");
    final Button invite = new Button("Send invitation");
    final TextField link = new TextField("Invitation link (copy it into your email)");
    final Div pending = new Div();

    InvitationPanel(String idPrefix, String title, String help, Function<String, Invitation> create,
                    Supplier<List<Invitation>> list, Consumer<Long> cancel) {
        addClassName("invitation-panel");
        email.setId(idPrefix + "-email");
        email.setWidth("20rem");
        invite.setId(idPrefix + "-invite");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickShortcut(Key.ENTER);
        link.setId(idPrefix + "-link");
        link.setReadOnly(true);
        link.setWidthFull();
        link.setVisible(false);
        pending.setId(idPrefix + "-pending");
        Runnable refresh = () -> {
            pending.removeAll();
            for (Invitation i : list.get()) {
                boolean expired = i.expiresAt().isBefore(Instant.now());
                Span line = new Span(i.email() + " · " + (expired ? "expired " : "valid until ")
                        + DATE.format(i.expiresAt().atZone(ZoneOffset.UTC)));
                Button x = new Button("Cancel", e -> {
                    cancel.accept(i.id());
                    line.getParent().ifPresent(p -> p.removeFromParent());
                });
                x.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                Div row = new Div(line, x);
                row.addClassName("pending-invitation");
                pending.add(row);
            }
        };
        invite.addClickListener(e -> {
            email.setInvalid(false);
            try {
                Invitation i = create.apply(email.getValue());
                link.setValue(i.link());
                link.setHelperText("Sent to " + i.email() + "; works once, until "
                        + DATE.format(i.expiresAt().atZone(ZoneOffset.UTC)) + ".");
                link.setVisible(true);
                email.clear();
                refresh.run();
            } catch (InvalidInputException ex) {
                email.setErrorMessage(ex.getMessage());
                email.setInvalid(true);
            }
        });
        HorizontalLayout form = new HorizontalLayout(email, invite);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        Paragraph p = new Paragraph(help);
        p.addClassName("muted");
        add(new H3(title), p, form, link, pending);
        refresh.run();
    }
}
