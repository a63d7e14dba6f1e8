package com.smpacademy.account.ui;

import com.smpacademy.account.AccountService;
import com.smpacademy.account.CohortService;
import com.smpacademy.account.CohortSummary;
import com.smpacademy.account.Role;
import com.smpacademy.account.UserAccount;
import com.smpacademy.common.InvalidInputException;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.ui.FieldErrors;
import com.smpacademy.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Admins group trainees with the instructors who will grade them. */
@Route("admin/cohorts")
@PageTitle("Cohorts")
@Menu(order = 51, icon = "vaadin:group", title = "Cohorts")
@RolesAllowed(Role.ADMIN_NAME)
public class CohortsView extends Div {

    final TextField name = new TextField("Cohort name");
    final TextField description = new TextField("Description (optional)");
    final Button create = new Button("Create cohort");
    final Grid<CohortSummary> cohorts = new Grid<>();
    final H3 membersTitle = new H3();
    final ComboBox<UserAccount> candidate = new ComboBox<>("Add a trainee or instructor");
    final Button addMember = new Button("Add", VaadinIcon.PLUS.create());
    final Grid<UserAccount> members = new Grid<>();
    private final Paragraph noSelection = new Paragraph(
            "Select a cohort to see and change its members, or create the first one on the left.");
    private final Div memberPanel = new Div();
    private final FieldErrors errors = new FieldErrors();
    private final CohortService cohortService;
    private final AccountService accountService;
    private @Nullable CohortSummary selected;

    CohortsView(CohortService cohortService, AccountService accountService) {
        this.cohortService = cohortService;
        this.accountService = accountService;
        setId("cohorts-view");
        addClassNames("view", "two-columns");

        name.setId("cohort-name");
        name.setPlaceholder("e.g. Spring 2027 London");
        description.setId("cohort-description");
        create.setId("cohort-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> createCohort());
        errors.bind("name", name).bind("description", description);
        Card createCard = new Card();
        createCard.setTitle(new H3("New cohort"));
        createCard.add(name, description, create);
        name.setWidthFull();
        description.setWidthFull();

        cohorts.setId("cohorts-grid");
        cohorts.addColumn(CohortSummary::name).setHeader("Cohort").setFlexGrow(1);
        cohorts.addColumn(CohortSummary::trainees).setHeader("Trainees").setAutoWidth(true).setFlexGrow(0);
        cohorts.addColumn(CohortSummary::instructors).setHeader("Instructors").setAutoWidth(true).setFlexGrow(0);
        cohorts.setEmptyStateText("No cohorts yet. Create one above, then add its trainees and instructors.");
        cohorts.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));
        cohorts.setAllRowsVisible(true);

        Div left = new Div(createCard, cohorts);
        left.addClassName("column");

        candidate.setId("cohort-candidate");
        candidate.setItemLabelGenerator(u -> u.getDisplayName() + " · " + u.getRole().label() + " · "
                + u.getEmail());
        candidate.setItems(query -> accountService.search(query.getFilter().orElse(""),
                Set.of(Role.TRAINEE, Role.INSTRUCTOR), query.getPage(), query.getPageSize()).stream());
        candidate.setPlaceholder("Search by name or email");
        candidate.setClearButtonVisible(true);
        addMember.setId("cohort-add-member");
        addMember.addClickListener(e -> addMember());
        HorizontalLayout addRow = new HorizontalLayout(candidate, addMember);
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        addRow.setFlexGrow(1, candidate);
        addRow.setWidthFull();

        members.setId("cohort-members");
        members.addColumn(UserAccount::getDisplayName).setHeader("Name").setFlexGrow(2);
        members.addColumn(u -> u.getRole().label()).setHeader("Role").setAutoWidth(true);
        members.addColumn(UserAccount::getEmail).setHeader("Email").setFlexGrow(2);
        members.addComponentColumn(this::removeButton).setKey("remove").setAutoWidth(true).setFlexGrow(0);
        members.setEmptyStateText("No members yet. Add the cohort's trainees and at least one instructor.");
        members.setAllRowsVisible(true);

        memberPanel.add(membersTitle, addRow, members);
        memberPanel.setVisible(false);
        noSelection.addClassName("empty-state");
        Div right = new Div(noSelection, memberPanel);
        right.addClassName("column");

        add(left, right);
        refreshCohorts(null);
    }

    private void createCohort() {
        try {
            CohortSummary created = cohortService.create(name.getValue(), description.getValue());
            errors.clear();
            name.clear();
            description.clear();
            refreshCohorts(created.id());
            Notifications.success("Cohort \"" + created.name() + "\" created. Now add its members.");
        } catch (InvalidInputException e) {
            errors.show(e);
        }
    }

    private void refreshCohorts(@Nullable Long selectId) {
        List<CohortSummary> all = cohortService.list();
        cohorts.setItems(all);
        if (selectId != null) {
            all.stream().filter(c -> c.id() == selectId).findFirst().ifPresent(cohorts::select);
        }
    }

    private void select(@Nullable CohortSummary cohort) {
        selected = cohort;
        memberPanel.setVisible(cohort != null);
        noSelection.setVisible(cohort == null);
        if (cohort != null) {
            membersTitle.setText("Members of " + cohort.name());
            members.setItems(cohortService.members(cohort.id()));
        }
    }

    private void addMember() {
        UserAccount account = candidate.getValue();
        if (selected == null) {
            return;
        }
        if (account == null) {
            candidate.setErrorMessage("Choose a trainee or instructor first.");
            candidate.setInvalid(true);
            return;
        }
        try {
            cohortService.addMember(selected.id(), account.getId());
            candidate.clear();
            candidate.setInvalid(false);
            refreshCohorts(selected.id());
        } catch (RuleViolationException e) {
            candidate.setErrorMessage(e.getMessage());
            candidate.setInvalid(true);
        }
    }

    private Component removeButton(UserAccount account) {
        Button remove = new Button("Remove", e -> {
            if (selected != null) {
                cohortService.removeMember(selected.id(), account.getId());
                refreshCohorts(selected.id());
            }
        });
        remove.setId("remove-member-" + account.getId());
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return remove;
    }
}
