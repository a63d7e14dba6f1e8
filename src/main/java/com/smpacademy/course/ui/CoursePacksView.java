package com.smpacademy.course.ui;

import com.smpacademy.account.Role;
import com.smpacademy.course.CourseCatalog.LoadSummary;
import com.smpacademy.course.CourseCatalog.PackReport;
import com.smpacademy.course.CourseService;
import com.smpacademy.course.Problem;
import com.smpacademy.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Admins see which course packs loaded, which were refused and why, and reload them after an edit. */
@Route("admin/course-packs")
@PageTitle("Course packs")
@Menu(order = 55, icon = "vaadin:archive", title = "Course packs")
@RolesAllowed(Role.ADMIN_NAME)
public class CoursePacksView extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    final Button reload = new Button("Reload course packs", VaadinIcon.REFRESH.create());
    final Div packs = new Div();
    private final CourseService courses;

    CoursePacksView(CourseService courses) {
        this.courses = courses;
        setId("course-packs-view");
        addClassNames("view");
        reload.setId("reload-packs");
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reload.addClickListener(e -> reload());
        Paragraph intro = new Paragraph("Courses are files under courses/ (one folder per pack). After editing a "
                + "pack, reload: a pack with problems is refused and listed here with each problem's file and "
                + "line, while the previous version stays in service.");
        intro.addClassName("muted");
        packs.addClassName("card-grid");
        add(intro, reload, packs);
        show(courses.packReports());
    }

    private void reload() {
        LoadSummary summary = courses.reloadPacks();
        show(courses.packReports());
        String text = summary.loaded() + " pack(s) loaded, " + summary.refused() + " refused, in "
                + summary.millis() + " ms.";
        if (summary.refused() > 0) {
            Notifications.error(text + " See the problems below.");
        } else {
            Notifications.success(text);
        }
    }

    private void show(List<PackReport> reports) {
        packs.removeAll();
        if (reports.isEmpty()) {
            Paragraph empty = new Paragraph("No course packs found. Add a folder with a course.yaml under courses/ "
                    + "(see courses/README.md), then reload.");
            empty.addClassName("empty-state");
            packs.add(empty);
            return;
        }
        reports.forEach(r -> packs.add(card(r)));
    }

    private static Component findings(String id, String heading, List<Problem> items, String className) {
        com.vaadin.flow.component.details.Details details = new com.vaadin.flow.component.details.Details(heading);
        details.setId(id);
        details.addClassName(className);
        UnorderedList list = new UnorderedList();
        list.addClassName("problem-list");
        for (Problem p : items) {
            list.add(new ListItem(p.toString()));
        }
        details.add(list);
        details.setOpened(className.equals("problem-list") || className.equals("review-list"));
        return details;
    }

    private Component card(PackReport r) {
        Card card = new Card();
        card.setId("pack-" + r.folder());
        card.setTitle(new H3(r.title() == null ? r.folder() : r.title()));
        Span status = new Span(r.loaded() ? "Loaded" : r.servingPrevious() ? "Refused — previous version in use"
                : "Refused");
        status.getElement().getThemeList().add(r.loaded() ? "badge success" : "badge error");
        status.addClassName("pack-status");
        card.setHeaderSuffix(status);
        Div lines = new Div();
        lines.addClassName("card-lines");
        lines.add(new Span("Folder: " + r.folder() + " · source: " + r.source()));
        if (r.contentHash() != null) {
            lines.add(new Span("Version " + r.version() + " · " + r.lessons() + " lessons · " + r.questions()
                    + " questions · hash " + r.contentHash().substring(0, 12)));
        }
        Span checked = new Span("Checked " + TIME.format(r.checkedAt().atZone(ZoneOffset.UTC)));
        checked.addClassName("muted");
        lines.add(checked);
        card.add(lines);
        if (!r.problems().isEmpty()) {
            card.add(findings("problems-" + r.folder(), "Problems (the pack is refused until they are fixed)",
                    r.problems(), "problem-list"));
        }
        if (!r.reviews().isEmpty()) {
            card.add(findings("reviews-" + r.folder(), "For an instructor to review: " + r.reviews().size()
                    + " place(s) where a canonical figure may be restated; check each says whose figure it is, or "
                    + "refers to the figure by key", r.reviews(), "review-list"));
        }
        if (!r.warnings().isEmpty()) {
            card.add(findings("warnings-" + r.folder(), "Warnings: " + r.warnings().size() + " (quiz-item cues, "
                    + "and the checks of modules not yet strict; the pack still loads)", r.warnings(),
                    "warning-list"));
        }
        return card;
    }
}
