package com.smpacademy.lti.ui;

import com.smpacademy.account.Role;
import com.smpacademy.common.InvalidInputException;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.lti.LtiCourseService;
import com.smpacademy.lti.LtiPlatform;
import com.smpacademy.lti.LtiPlatformService;
import com.smpacademy.lti.PlatformDraft;
import com.smpacademy.ui.FieldErrors;
import com.smpacademy.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Admins connect the academy's LMSs (LTI 1.3): register each with the values the LMS shows (or paste Moodle's
 * tool configuration details), read what to paste into the LMS, and watch grades that have not reached it yet.
 */
@Route("admin/lms-connections")
@PageTitle("LMS connections")
@Menu(order = 56, icon = "vaadin:connect", title = "LMS connections")
@RolesAllowed(Role.ADMIN_NAME)
public class LmsConnectionsView extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    final TextArea moodlePaste = new TextArea("Paste Moodle's tool configuration details");
    final Button fillMoodle = new Button("Fill from Moodle's details");
    final Button fillCanvas = new Button("Use Canvas Cloud URLs");
    final TextField name = new TextField("Name");
    final TextField issuer = new TextField("Platform ID (issuer)");
    final TextField clientId = new TextField("Client ID");
    final TextArea deploymentIds = new TextArea("Deployment ID(s), one per line");
    final TextField authUrl = new TextField("Authentication request URL");
    final TextField tokenUrl = new TextField("Access token URL");
    final TextField jwksUrl = new TextField("Public keyset URL");
    final TextArea frameOrigins = new TextArea("Other LMS web addresses (optional)");
    final Checkbox allowAdmin = new Checkbox("LMS administrators become admins here");
    final Button save = new Button("Register LMS");
    final Button cancel = new Button("Cancel");
    final H3 formTitle = new H3("Register an LMS");
    final Grid<LtiPlatform> platforms = new Grid<>();
    final TextField loginUrl = readOnly("Login initiation URL (OIDC login)");
    final TextField launchUrl = readOnly("Redirect URL / Tool URL (launch)");
    final TextField deepLinkUrl = readOnly("Deep linking (content selection) URL");
    final TextField jwks = readOnly("Tool public keyset (JWKS) URL");
    final TextArea publicKey = new TextArea("Tool public key (PEM)");
    final Button rotate = new Button("Rotate tool key");
    final Grid<LtiCourseService.PendingScore> pending = new Grid<>();
    private final FieldErrors errors = new FieldErrors();
    private final LtiPlatformService service;
    private final LtiCourseService courses;
    private @Nullable Long editing;

    LmsConnectionsView(LtiPlatformService service, LtiCourseService courses) {
        this.service = service;
        this.courses = courses;
        setId("lms-connections-view");
        addClassNames("view", "two-columns");

        moodlePaste.setId("lti-moodle-paste");
        moodlePaste.setPlaceholder("Platform ID  https://moodle.example.org\nClient ID  AbC123\nDeployment ID  3\n…");
        moodlePaste.setHelperText("Moodle: Site administration → Plugins → Activity modules → External tool → "
                + "Manage tools → the tool's \"View configuration details\" icon. Copy all six lines.");
        moodlePaste.setWidthFull();
        fillMoodle.setId("lti-fill-moodle");
        fillMoodle.addClickListener(e -> fillFromMoodle());
        fillCanvas.setId("lti-fill-canvas");
        fillCanvas.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        fillCanvas.addClickListener(e -> setDraft(service.fillCanvasCloud(draft())));

        name.setId("lti-name");
        name.setPlaceholder("e.g. Academy Moodle");
        issuer.setId("lti-issuer");
        issuer.setPlaceholder("https://moodle.example.org");
        clientId.setId("lti-client-id");
        deploymentIds.setId("lti-deployments");
        authUrl.setId("lti-auth-url");
        tokenUrl.setId("lti-token-url");
        jwksUrl.setId("lti-jwks-url");
        frameOrigins.setId("lti-frame-origins");
        frameOrigins.setHelperText("Where the LMS shows its pages, if not on the issuer's address — for Canvas "
                + "Cloud, your school's address such as https://school.instructure.com. The app may be framed from "
                + "these addresses only.");
        allowAdmin.setId("lti-allow-admin");
        for (Component c : new Component[] {name, issuer, clientId, deploymentIds, authUrl, tokenUrl, jwksUrl,
                frameOrigins}) {
            ((com.vaadin.flow.component.HasSize) c).setWidthFull();
        }
        errors.bind("name", name).bind("issuer", issuer).bind("clientId", clientId)
                .bind("deploymentIds", deploymentIds).bind("authUrl", authUrl).bind("tokenUrl", tokenUrl)
                .bind("jwksUrl", jwksUrl).bind("frameOrigins", frameOrigins).bind("paste", moodlePaste);
        save.setId("lti-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setId("lti-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> startNew());
        cancel.setVisible(false);

        Card form = new Card();
        form.setTitle(formTitle);
        form.add(moodlePaste, new HorizontalLayout(fillMoodle, fillCanvas), name, issuer, clientId, deploymentIds,
                authUrl, tokenUrl, jwksUrl, frameOrigins, allowAdmin, new HorizontalLayout(save, cancel));

        platforms.setId("lti-platforms");
        platforms.addComponentColumn(this::nameCell).setHeader("LMS").setFlexGrow(2);
        platforms.addColumn(p -> String.join(", ", p.deploymentIds())).setHeader("Deployments").setAutoWidth(true);
        platforms.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        platforms.setEmptyStateText("No LMS connected yet. Register your Moodle, Canvas, Brightspace or Blackboard "
                + "above.");
        platforms.setAllRowsVisible(true);

        Div left = new Div(form, platforms);
        left.addClassName("column");

        publicKey.setId("lti-public-key");
        publicKey.setReadOnly(true);
        publicKey.setWidthFull();
        rotate.setId("lti-rotate-key");
        rotate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        rotate.addClickListener(e -> {
            String kid = service.rotateToolKey();
            showToolSetup();
            Notifications.success("New tool key " + kid + ". LMSs reading the keyset URL switch by themselves; "
                    + "where you pasted the public key, paste the new one. The old key works for 7 more days.");
        });
        Card setup = new Card();
        setup.setTitle(new H3("What to paste into the LMS"));
        setup.add(new Paragraph("LTI needs this site on https:// with a public address. Behind a reverse proxy, "
                + "set server.forward-headers-strategy so these URLs match what the LMS reaches."),
                loginUrl, launchUrl, deepLinkUrl, jwks, publicKey, rotate, moodleSteps(), canvasSteps());

        pending.setId("lti-pending-scores");
        pending.addColumn(LtiCourseService.PendingScore::platformName).setHeader("LMS").setAutoWidth(true);
        pending.addColumn(p -> "%.0f".formatted(p.scoreGiven())).setHeader("Score").setAutoWidth(true);
        pending.addColumn(p -> p.attempts() + " tries, next " + WHEN.format(p.nextAttemptAt())).setHeader("Retry")
                .setAutoWidth(true);
        pending.addColumn(p -> p.lastError() == null ? "Waiting for the first try" : p.lastError())
                .setHeader("Last error").setFlexGrow(2);
        pending.addComponentColumn(p -> {
            Button retry = new Button("Retry now", e -> {
                courses.retryNow(p.id());
                Notifications.success("Queued for the next run (within a minute).");
            });
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return retry;
        }).setAutoWidth(true).setFlexGrow(0);
        pending.setEmptyStateText("Every grade has reached its LMS.");
        pending.setAllRowsVisible(true);
        Card queue = new Card();
        queue.setTitle(new H3("Grades on their way to the LMS"));
        queue.add(pending);

        Div right = new Div(setup, queue);
        right.addClassName("column");
        add(left, right);
        showToolSetup();
        refresh();
    }

    private static TextField readOnly(String label) {
        TextField f = new TextField(label);
        f.setReadOnly(true);
        f.setWidthFull();
        return f;
    }

    private void showToolSetup() {
        LtiPlatformService.ToolSetup s = service.toolSetup();
        loginUrl.setValue(s.loginUrl());
        launchUrl.setValue(s.launchUrl());
        deepLinkUrl.setValue(s.deepLinkUrl());
        jwks.setValue(s.jwksUrl());
        publicKey.setValue(s.publicKeyPem());
        publicKey.setHelperText("Key id " + s.keyId() + ". Prefer the keyset URL: it follows key rotation.");
    }

    private void refresh() {
        platforms.setItems(service.list());
        pending.setItems(courses.pendingScores());
    }

    private PlatformDraft draft() {
        return new PlatformDraft(name.getValue(), issuer.getValue(), clientId.getValue(), deploymentIds.getValue(),
                authUrl.getValue(), tokenUrl.getValue(), jwksUrl.getValue(), frameOrigins.getValue(),
                allowAdmin.getValue());
    }

    private void setDraft(PlatformDraft d) {
        name.setValue(nz(d.name()));
        issuer.setValue(nz(d.issuer()));
        clientId.setValue(nz(d.clientId()));
        deploymentIds.setValue(nz(d.deploymentIds()));
        authUrl.setValue(nz(d.authUrl()));
        tokenUrl.setValue(nz(d.tokenUrl()));
        jwksUrl.setValue(nz(d.jwksUrl()));
        frameOrigins.setValue(nz(d.frameOrigins()));
        allowAdmin.setValue(d.allowAdmin());
    }

    private void fillFromMoodle() {
        try {
            setDraft(service.fillFromMoodle(moodlePaste.getValue(), draft()));
            errors.clear();
            Notifications.success("Filled in from Moodle's details. Check them, then register.");
        } catch (InvalidInputException e) {
            errors.show(e);
        }
    }

    private void save() {
        try {
            LtiPlatform saved = service.save(editing, draft());
            Notifications.success((editing == null ? "Registered " : "Saved ") + saved.name()
                    + ". Now paste this tool's URLs into the LMS.");
            startNew();
            refresh();
        } catch (InvalidInputException e) {
            errors.show(e);
        }
    }

    private void startNew() {
        editing = null;
        errors.clear();
        setDraft(PlatformDraft.empty());
        moodlePaste.clear();
        formTitle.setText("Register an LMS");
        save.setText("Register LMS");
        cancel.setVisible(false);
    }

    private void edit(LtiPlatform p) {
        editing = p.id();
        errors.clear();
        setDraft(service.draftOf(p.id()));
        formTitle.setText("Edit " + p.name());
        save.setText("Save changes");
        cancel.setVisible(true);
    }

    private Component nameCell(LtiPlatform p) {
        Div cell = new Div(new Span(p.name()));
        if (p.sample()) {
            Span badge = new Span("Sample");
            badge.getElement().getThemeList().add("badge contrast small");
            badge.getStyle().set("margin-left", "var(--lumo-space-s)");
            cell.add(badge);
        }
        Div sub = new Div(p.issuer() + " · client " + p.clientId());
        sub.addClassName("muted");
        sub.getStyle().set("font-size", "var(--lumo-font-size-s)");
        cell.add(sub);
        return cell;
    }

    private Component actions(LtiPlatform p) {
        Button edit = new Button("Edit", e -> edit(p));
        edit.setId("lti-edit-" + p.id());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button remove = new Button("Remove", e -> {
            try {
                service.delete(p.id());
                Notifications.success("Removed " + p.name() + ". Its accounts and cohorts stay.");
                startNew();
                refresh();
            } catch (RuleViolationException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        remove.setId("lti-remove-" + p.id());
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, remove);
    }

    private static Details moodleSteps() {
        return steps("Moodle 4.x / 5.x: add SMP Academy as an External tool",
                "Site administration → Plugins → Activity modules → External tool → Manage tools → "
                        + "\"configure a tool manually\".",
                "Tool name: SMP Academy. Tool URL: the redirect URL above. LTI version: LTI 1.3.",
                "Public key type: Keyset URL; Public keyset: the tool JWKS URL above.",
                "Initiate login URL: the login initiation URL. Redirection URI(s): the redirect URL.",
                "Tick \"Supports Deep Linking (Content-Item Message)\"; Content Selection URL: the deep linking URL.",
                "Services: IMS LTI Assignment and Grade Services \"Use this service for grade sync and column "
                        + "management\"; IMS LTI Names and Role Provisioning \"Use this service to retrieve "
                        + "members' information\".",
                "Privacy: share launcher's name and email with the tool; accept grades from the tool: Always.",
                "Save, then open the tool's \"View configuration details\" icon, copy the six lines and paste "
                        + "them on the left; Register LMS.",
                "In a course: Add an activity → External tool → SMP Academy → Select content, and pick a course, "
                        + "module or quiz.");
    }

    private static Details canvasSteps() {
        return steps("Canvas: create an LTI Developer key",
                "Admin → Developer Keys → + Developer Key → + LTI Key. Method: Manual Entry.",
                "Redirect URIs and Target Link URI: the redirect URL above. OpenID Connect Initiation URL: the "
                        + "login initiation URL. JWK Method: Public JWK URL → the tool JWKS URL.",
                "LTI Advantage Services: enable \"Can create and view assignment data in the gradebook\", "
                        + "\"Can view submission data\", \"Can create and update submission results\" and "
                        + "\"Can retrieve user data associated with the context\".",
                "Placements: Link Selection and Assignment Selection (message type LtiDeepLinkingRequest, target "
                        + "the redirect URL). Privacy level: Public.",
                "Save, switch the key ON, and copy its Client ID (the number under Details).",
                "Admin → Settings → Apps → + App → By Client ID, paste it; then ⚙ → Deployment ID, copy it.",
                "Here: \"Use Canvas Cloud URLs\", paste the Client ID and Deployment ID, add your school's Canvas "
                        + "address under other LMS web addresses; Register LMS.");
    }

    private static Details steps(String title, String... steps) {
        OrderedList list = new OrderedList();
        for (String s : steps) {
            list.add(new ListItem(s));
        }
        Details d = new Details(title, list);
        d.setWidthFull();
        return d;
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }
}
