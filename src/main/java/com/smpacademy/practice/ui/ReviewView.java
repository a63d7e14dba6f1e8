package com.smpacademy.practice.ui;

import com.smpacademy.account.Role;
import com.smpacademy.common.InvalidInputException;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.practice.EntryForm;
import com.smpacademy.practice.PracticeEnums.Decision;
import com.smpacademy.practice.PracticeEnums.Status;
import com.smpacademy.practice.DotFiguresService;
import com.smpacademy.practice.PracticeService;
import com.smpacademy.practice.PracticeService.EntryDetail;
import com.smpacademy.practice.Rubric;
import com.smpacademy.ui.FieldErrors;
import com.smpacademy.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;

/**
 * The instructor's review of one entry: its details and edit history, its photos large beside the trainee's earlier
 * approved work, the rubric, a comment and the decision.
 */
@Route("instructor/review/:entryId")
@PageTitle("Review practice")
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
public class ReviewView extends Div implements BeforeEnterObserver {

    static final String[] CRITERIA = {"Depth consistency", "Dot size and uniformity", "Spacing and density",
        "Hairline shape and symmetry, or scar blending", "Hygiene and technique"};

    final List<RadioButtonGroup<Integer>> scores = List.of(score(0), score(1), score(2), score(3), score(4));
    final TextArea comment = new TextArea("Comment for the trainee");
    final Button approve = new Button("Approve");
    final Button requestChanges = new Button("Request changes");
    final Button reject = new Button("Reject");
    final Div rubricBox = new Div();
    private final FieldErrors errors = new FieldErrors();
    private final PracticeService practice;
    private final DotFiguresService dots;
    private long entryId;

    public ReviewView(PracticeService practice, DotFiguresService dots) {
        this.practice = practice;
        this.dots = dots;
        setId("review-view");
        addClassNames("view", "review-page");
        comment.setId("review-comment");
        comment.setWidthFull();
        comment.setMaxLength(4000);
        comment.setHelperText("Required when requesting changes or rejecting: say what to improve.");
        approve.setId("review-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(e -> decide(Decision.APPROVE));
        requestChanges.setId("review-changes");
        requestChanges.addClickListener(e -> decide(Decision.REQUEST_CHANGES));
        reject.setId("review-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(e -> decide(Decision.REJECT));
        rubricBox.setId("review-rubric");
        rubricBox.addClassName("rubric");
        errors.bind("comment", comment);
    }

    private static RadioButtonGroup<Integer> score(int criterion) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(CRITERIA[criterion]);
        group.setItems(1, 2, 3, 4, 5);
        group.setId("rubric-" + criterion);
        return group;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        entryId = event.getRouteParameters().getLong("entryId").orElse(-1L);
        removeAll();
        try {
            show(practice.entry(entryId), practice.earlierApproved(entryId, 4));
        } catch (AccessDeniedException | RuleViolationException e) {
            add(new H2("Review practice"), new Paragraph(e.getMessage()),
                    new RouterLink("Back to the review queue", ReviewQueueView.class));
        }
    }

    private void show(EntryDetail d, List<EntryDetail> earlier) {
        EntryForm f = d.form();
        add(new RouterLink("← Review queue", ReviewQueueView.class));
        add(new H2(d.traineeName() + " — " + LogbookView.DATE.format(f.date())));
        add(LogbookView.badge(d.status()));
        Card facts = new Card();
        facts.add(new Paragraph(f.setting().label() + " · " + f.skill().label() + " · "
                + LogbookView.hours(f.minutes()) + (d.supervisorName() == null ? "" : " · supervised by "
                + d.supervisorName())), new Paragraph(PracticeServiceText.details(f)));
        add(facts);

        Div compare = new Div();
        compare.addClassName("compare");
        Div now = new Div(new H3("This session"));
        now.addClassName("compare-column");
        if (d.photoIds().isEmpty()) {
            now.add(new Paragraph("No photos with this entry."));
        }
        d.photoIds().forEach(id -> now.add(photo(id)));
        Div before = new Div(new H3("Earlier approved work"));
        before.addClassName("compare-column");
        if (earlier.isEmpty() || earlier.stream().allMatch(e -> e.photoIds().isEmpty())) {
            before.add(new Paragraph("No earlier approved photos from this trainee."));
        }
        earlier.forEach(e -> e.photoIds().forEach(id -> before.add(photo(id))));
        compare.add(now, before);
        add(compare);

        if (!d.revisions().isEmpty() || !d.reviews().isEmpty()) {
            Card history = new Card();
            history.setTitle(new H3("History"));
            UnorderedList list = new UnorderedList();
            d.reviews().forEach(r -> list.add(new ListItem(LogbookView.DATE.format(r.decidedAt()
                    .atZone(ZoneOffset.UTC)) + ": " + r.decision().label() + " by " + r.reviewer()
                    + (r.comment() == null ? "" : " — " + r.comment()))));
            d.revisions().forEach(r -> list.add(new ListItem(LogbookView.DATE.format(r.revisedAt()
                    .atZone(ZoneOffset.UTC)) + ": edited by the trainee; before the edit: " + r.summary())));
            history.add(list);
            add(history);
        }

        // the measured figures sit beside the rubric: they inform the scores, the instructor decides
        Div beside = new Div();
        beside.addClassName("rubric-beside");
        Card measured = new Card();
        measured.add(DotFiguresPanel.of(dots.forEntry(d.id())));
        if (d.status() == Status.SUBMITTED) {
            Card decision = new Card();
            decision.setTitle(new H3("Your review"));
            rubricBox.removeAll();
            scores.forEach(rubricBox::add);
            decision.add(new Paragraph("Score each criterion from 1 (poor) to 5 (excellent); all five are needed "
                    + "to approve."), rubricBox, comment);
            HorizontalLayout buttons = new HorizontalLayout(approve, requestChanges, reject);
            buttons.setWrap(true);
            decision.add(buttons);
            beside.add(decision);
        }
        beside.add(measured);
        add(beside);
    }

    private static Anchor photo(long id) {
        Image image = new Image("/practice-photos/" + id, "Practice photo");
        Anchor link = new Anchor("/practice-photos/" + id, image);
        link.setTarget("_blank");
        link.addClassName("review-photo");
        return link;
    }

    void decide(Decision decision) {
        Rubric rubric = scores.stream().allMatch(s -> s.getValue() != null)
                ? new Rubric(scores.get(0).getValue(), scores.get(1).getValue(), scores.get(2).getValue(),
                scores.get(3).getValue(), scores.get(4).getValue()) : null;
        try {
            practice.decide(entryId, decision, rubric, comment.getValue());
            errors.clear();
            Notifications.success(decision.label() + String.format(Locale.ROOT, "%s.", rubric != null
                    && decision == Decision.APPROVE ? String.format(Locale.ROOT, " (rubric %.1f / 5)",
                    rubric.average()) : ""));
            getUI().ifPresent(ui -> ui.navigate(ReviewQueueView.class));
        } catch (InvalidInputException e) {
            String rest = errors.show(e);
            if (!rest.isEmpty()) {
                rubricBox.getElement().setAttribute("invalid", true);
                Notifications.error(rest);
            }
        } catch (RuleViolationException | AccessDeniedException e) {
            Notifications.error(e.getMessage());
        }
    }
}
