package com.smpacademy.account.ui;

import com.smpacademy.account.AccountService;
import com.smpacademy.account.CreatedAccount;
import com.smpacademy.account.Role;
import com.smpacademy.account.UserAccount;
import com.smpacademy.common.InvalidInputException;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.ui.FieldErrors;
import com.smpacademy.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/** Admins create instructors, clinic owners and admins, change roles and disable accounts. */
@Route("admin/users")
@PageTitle("Users")
@Menu(order = 50, icon = "vaadin:users", title = "Users")
@RolesAllowed(Role.ADMIN_NAME)
public class UsersView extends Div {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    final TextField search = new TextField();
    final Select<Role> roleFilter = new Select<>();
    final Grid<UserAccount> grid = new Grid<>();
    final Button newAccount = new Button("New account", VaadinIcon.PLUS.create());
    private final AccountService accounts;

    UsersView(AccountService accounts) {
        this.accounts = accounts;
        setId("users-view");
        addClassNames("view", "full-height");

        search.setId("users-search");
        search.setPlaceholder("Search name or email");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.setAriaLabel("Search name or email");

        roleFilter.setId("users-role-filter");
        roleFilter.setItems(Role.values());
        roleFilter.setItemLabelGenerator(r -> r == null ? "All roles" : r.label());
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption("All roles");
        roleFilter.setAriaLabel("Role");
        roleFilter.addValueChangeListener(e -> refresh());

        newAccount.setId("users-new");
        newAccount.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newAccount.addClickListener(e -> openCreateDialog());

        HorizontalLayout toolbar = new HorizontalLayout(search, roleFilter, newAccount);
        toolbar.addClassName("toolbar");
        toolbar.setFlexGrow(1, search);
        toolbar.setWrap(true);

        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserAccount::getDisplayName).setHeader("Name").setFlexGrow(2).setAutoWidth(true);
        grid.addColumn(UserAccount::getEmail).setHeader("Email").setFlexGrow(2).setAutoWidth(true);
        grid.addColumn(u -> u.getRole().label()).setHeader("Role").setAutoWidth(true);
        grid.addComponentColumn(UsersView::statusBadge).setHeader("Status").setAutoWidth(true);
        grid.addColumn(u -> DATE.format(u.getCreatedAt().atZone(ZoneOffset.UTC))).setHeader("Created")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No account matches this search. Clear the filters, or create an account.");
        refresh();

        add(toolbar, grid);
    }

    private void refresh() {
        String text = search.getValue();
        Set<Role> roles = roleFilter.getValue() == null ? Set.of() : Set.of(roleFilter.getValue());
        grid.setItems(q -> accounts.search(text, roles, q.getPage(), q.getPageSize()).stream(),
                q -> (int) accounts.count(text, roles));
    }

    private static Component statusBadge(UserAccount u) {
        Span badge = new Span(u.isEnabled() ? "Active" : "Disabled");
        badge.getElement().getThemeList().add(u.isEnabled() ? "badge success" : "badge error");
        return badge;
    }

    private Component actions(UserAccount u) {
        Button role = new Button("Change role", e -> openRoleDialog(u));
        role.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        role.setId("change-role-" + u.getId());
        Button toggle = new Button(u.isEnabled() ? "Disable" : "Enable", e -> confirmToggle(u));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        if (u.isEnabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        toggle.setId("toggle-enabled-" + u.getId());
        Button invite = new Button("Resend invitation", e -> resendInvitation(u));
        invite.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        invite.setId("resend-invitation-" + u.getId());
        invite.setVisible(u.isEnabled());
        return new HorizontalLayout(role, toggle, invite);
    }

    void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New account");
        dialog.setId("create-account-dialog");
        TextField name = new TextField("Full name");
        name.setId("create-name");
        EmailField email = new EmailField("Email");
        email.setId("create-email");
        Select<Role> role = new Select<>();
        role.setId("create-role");
        role.setLabel("Role");
        role.setItems(Role.INSTRUCTOR, Role.CLINIC_OWNER, Role.ADMIN, Role.TRAINEE);
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.INSTRUCTOR);
        FieldErrors errors = new FieldErrors().bind("name", name).bind("email", email).bind("role", role);
        FormLayout form = new FormLayout(name, email, role);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(new Paragraph("The person receives an e-mail with a link to choose their own password. "
                + "Nobody else ever sees it, you included."), form);

        Button create = new Button("Create account");
        create.setId("create-submit");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> dialog.close());
        create.addClickListener(e -> {
            try {
                CreatedAccount created = accounts.createAccount(name.getValue(), email.getValue(), role.getValue());
                dialog.close();
                refresh();
                showInvitationSent(created);
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        dialog.getFooter().add(cancel, create);
        add(dialog);
        dialog.open();
        name.focus();
    }

    private void showInvitationSent(CreatedAccount created) {
        Dialog dialog = new Dialog();
        dialog.setId("invitation-sent-dialog");
        dialog.setHeaderTitle("Account created");
        Paragraph text = new Paragraph(created.account().getDisplayName() + " (" + created.account().getRole()
                .label() + ") was sent an invitation to " + created.account().getEmail() + ". The link lets them "
                + "choose their password once, until " + DATE_TIME.format(created.invitationExpiresAt()
                .atZone(ZoneOffset.UTC)) + " UTC. If it does not arrive, use \"Resend invitation\" in the list; "
                + "the Outbox page shows whether it was sent.");
        text.setId("invitation-sent-text");
        dialog.add(text);
        Button done = new Button("Done", e -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        add(dialog);
        dialog.open();
    }

    void resendInvitation(UserAccount account) {
        try {
            CreatedAccount again = accounts.resendInvitation(account.getId());
            Notifications.success("A new invitation was sent to " + again.account().getEmail() + ".");
        } catch (RuleViolationException e) {
            Notifications.error(e.getMessage());
        }
    }

    void openRoleDialog(UserAccount account) {
        Dialog dialog = new Dialog();
        dialog.setId("role-dialog");
        dialog.setHeaderTitle("Change role of " + account.getDisplayName());
        Select<Role> role = new Select<>();
        role.setId("role-select");
        role.setLabel("Role");
        role.setItems(List.of(Role.values()));
        role.setItemLabelGenerator(Role::label);
        role.setValue(account.getRole());
        dialog.add(new Paragraph("The new role applies from their next login. An instructor grades only the "
                + "trainees of their cohorts; a clinic owner sees no training data."), role);
        Button save = new Button("Save role");
        save.setId("role-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                UserAccount updated = accounts.changeRole(account.getId(), role.getValue());
                dialog.close();
                refresh();
                Notifications.success(updated.getDisplayName() + " is now " + updated.getRole().label() + ".");
            } catch (RuleViolationException | InvalidInputException ex) {
                role.setErrorMessage(ex.getMessage());
                role.setInvalid(true);
            }
        });
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        add(dialog);
        dialog.open();
    }

    private void confirmToggle(UserAccount account) {
        boolean disable = account.isEnabled();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("toggle-confirm");
        confirm.setHeader((disable ? "Disable " : "Enable ") + account.getDisplayName() + "?");
        confirm.setText(disable
                ? "They will not be able to log in. Their records, grades and certificates are kept."
                : "They will be able to log in again with their existing password.");
        confirm.setCancelable(true);
        confirm.setConfirmText(disable ? "Disable" : "Enable");
        if (disable) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.addConfirmListener(e -> toggle(account, !disable));
        add(confirm);
        confirm.open();
    }

    void toggle(UserAccount account, boolean enable) {
        try {
            UserAccount updated = accounts.setEnabled(account.getId(), enable);
            refresh();
            Notifications.success(updated.getDisplayName() + (enable ? " can log in again." : " is disabled."));
        } catch (RuleViolationException e) {
            Notifications.error(e.getMessage());
        }
    }
}
