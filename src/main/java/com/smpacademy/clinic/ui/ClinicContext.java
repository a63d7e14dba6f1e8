package com.smpacademy.clinic.ui;

import com.smpacademy.clinic.ClinicService;
import com.smpacademy.clinic.ClinicService.ClinicSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Optional;

/**
 * Which of the owner's clinics a page shows: {@code ?clinic=<id>} or their first clinic. The id is only a choice;
 * the service checks ownership on every call, so typing another clinic's id shows an error, never its data.
 */
final class ClinicContext {

    private ClinicContext() {
    }

    static Optional<ClinicSummary> resolve(BeforeEnterEvent event, List<ClinicSummary> mine) {
        List<String> asked = event.getLocation().getQueryParameters().getParameters().getOrDefault("clinic",
                List.of());
        if (!asked.isEmpty()) {
            try {
                long id = Long.parseLong(asked.get(0));
                return mine.stream().filter(c -> c.id() == id).findFirst();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return mine.stream().findFirst();
    }

    /**
     * The clinic a page is for, as {@link #resolve} finds it; when there is none, {@code target} gets the message that
     * says why (no clinic yet, or not one of the caller's) and the result is empty.
     */
    static Optional<ClinicSummary> open(BeforeEnterEvent event, List<ClinicSummary> mine, HasComponents target) {
        Optional<ClinicSummary> chosen = resolve(event, mine);
        if (mine.isEmpty()) {
            target.add(noClinic());
            return Optional.empty();
        }
        if (chosen.isEmpty()) {
            target.add(notYours());
        }
        return chosen;
    }

    /** A clinic switcher for owners of several clinics; nothing for owners of one. */
    static Optional<Component> picker(List<ClinicSummary> mine, ClinicSummary current,
                                      Class<? extends Component> view) {
        if (mine.size() < 2) {
            return Optional.empty();
        }
        Select<ClinicSummary> select = new Select<>();
        select.setId("clinic-picker");
        select.setLabel("Clinic");
        select.setItems(mine);
        select.setItemLabelGenerator(c -> c.name() + " · " + c.city());
        select.setValue(current);
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                select.getUI().ifPresent(ui -> ui.navigate(view, QueryParameters.of("clinic",
                        Long.toString(e.getValue().id()))));
            }
        });
        return Optional.of(select);
    }

    static Component noClinic() {
        Paragraph p = new Paragraph("You do not own a clinic here yet. The academy's admin sets up your clinic, or "
                + "a co-owner invites you by email.");
        p.setId("no-clinic");
        p.addClassName("empty-state");
        return p;
    }

    static Component notYours() {
        Paragraph p = new Paragraph("This clinic is not one of yours, so nothing of it is shown.");
        p.setId("not-your-clinic");
        p.addClassName("empty-state");
        return p;
    }

    static QueryParameters query(ClinicSummary c) {
        return QueryParameters.of("clinic", Long.toString(c.id()));
    }

}
