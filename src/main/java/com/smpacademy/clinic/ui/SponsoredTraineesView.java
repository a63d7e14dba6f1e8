package com.smpacademy.clinic.ui;

import com.smpacademy.account.Role;
import com.smpacademy.certification.CertificationService.Requirement;
import com.smpacademy.clinic.ClinicService;
import com.smpacademy.clinic.ClinicService.ClinicSummary;
import com.smpacademy.clinic.ClinicService.ProgramProgress;
import com.smpacademy.clinic.ClinicService.QuizScore;
import com.smpacademy.clinic.ClinicService.SponsoredTrainee;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The staff the clinic sends to train: invite by email; after they accept, their progress (modules, best quiz
 * scores, approved hours against the requirement, eligibility) — never photos, notes, answers or comments.
 */
@Route("clinic/trainees")
@PageTitle("Sponsored trainees")
@Menu(order = 43, icon = "vaadin:academy-cap", title = "Sponsored trainees")
@RolesAllowed(Role.CLINIC_OWNER_NAME)
public class SponsoredTraineesView extends Div implements BeforeEnterObserver {

    final Div trainees = new Div();
    private final ClinicService clinics;

    public SponsoredTraineesView(ClinicService clinics) {
        this.clinics = clinics;
        setId("sponsored-view");
        addClassName("view");
        trainees.setId("sponsored-list");
        trainees.addClassName("card-grid");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<ClinicSummary> mine = clinics.myClinics();
        Optional<ClinicSummary> chosen = ClinicContext.open(event, mine, this);
        if (chosen.isEmpty()) {
            return;
        }
        ClinicSummary clinic = chosen.get();
        ClinicContext.picker(mine, clinic, SponsoredTraineesView.class).ifPresent(this::add);
        add(new InvitationPanel("trainee", "Invite a staff member to train",
                "They register (or log in) as a trainee with this email and accept. You then see their progress; "
                        + "they can leave your clinic at any time.",
                email -> clinics.inviteTrainee(clinic.id(), email), () -> clinics.pendingInvitations(clinic.id())
                        .stream().filter(i -> i.kind().equals("TRAINEE")).toList(),
                id -> clinics.cancelInvitation(clinic.id(), id)));
        trainees.removeAll();
        List<SponsoredTrainee> list = clinics.sponsoredTrainees(clinic.id());
        if (list.isEmpty()) {
            Paragraph none = new Paragraph("No sponsored trainee yet. Invite a staff member above.");
            none.addClassName("empty-state");
            trainees.add(none);
        }
        list.forEach(t -> trainees.add(card(t)));
        add(trainees);
    }

    static Component card(SponsoredTrainee t) {
        Card card = new Card();
        card.setTitle(new H3(t.name()));
        card.setSubtitle(new Span("Training since " + RosterView.DATE.format(t.since().atZone(ZoneOffset.UTC)
                .toLocalDate())));
        card.addClassName("sponsored-card");
        for (ProgramProgress p : t.programs()) {
            Div block = new Div();
            block.addClassName("card-lines");
            Span eligible = new Span(p.eligible() ? "Eligible for certification" : "Not yet eligible");
            eligible.getElement().getThemeList().add(p.eligible() ? "badge success" : "badge contrast");
            block.add(new H4(p.programName()), eligible);
            ProgressBar bar = new ProgressBar(0, Math.max(1, p.modulesRequired()), p.modulesComplete());
            block.add(new Span(p.modulesComplete() + " of " + p.modulesRequired() + " modules complete"), bar);
            UnorderedList reqs = new UnorderedList();
            for (Requirement r : p.requirements()) {
                ListItem li = new ListItem((r.met() ? "✓ " : "○ ") + r.label() + ": " + r.current() + " of "
                        + r.target());
                li.addClassName(r.met() ? "requirement-met" : "requirement-open");
                reqs.add(li);
            }
            block.add(reqs);
            UnorderedList quiz = new UnorderedList();
            for (QuizScore q : p.quizBestScores()) {
                quiz.add(new ListItem(q.module() + ": " + (q.best() == null ? "not taken"
                        : String.format(Locale.ROOT, "best %.0f%%", q.best()))));
            }
            Span quizTitle = new Span("Best quiz scores");
            quizTitle.addClassName("muted");
            block.add(quizTitle, quiz);
            card.add(block);
        }
        return card;
    }
}
