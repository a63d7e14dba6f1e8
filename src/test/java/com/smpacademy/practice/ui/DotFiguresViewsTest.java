package com.smpacademy.practice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.CohortService;
import com.smpacademy.account.CohortSummary;
import com.smpacademy.account.Role;
import com.smpacademy.dotanalysis.PracticeCardPdf;
import com.smpacademy.practice.DotTestAccess;
import com.smpacademy.practice.EntryForm;
import com.smpacademy.practice.PracticeEnums.Setting;
import com.smpacademy.practice.PracticeEnums.Skill;
import com.smpacademy.practice.PracticeService;
import com.smpacademy.practice.TestPhotosAccess;
import com.smpacademy.support.KaribuTest;
import com.smpacademy.support.TestUsers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The measured dot figures on the trainee's entry and beside the instructor's rubric. */
class DotFiguresViewsTest extends KaribuTest {

    @Autowired CohortService cohorts;
    @Autowired PracticeService practice;
    @Autowired ApplicationContext ctx;
    AccountPrincipal trainee;
    AccountPrincipal instructor;

    @BeforeEach
    void cohort() {
        trainee = users.create(Role.TRAINEE);
        instructor = users.create(Role.INSTRUCTOR);
        users.loginAs(TestUsers.ADMIN);
        CohortSummary c = cohorts.create("Dots " + UUID.randomUUID().toString().substring(0, 8), null);
        cohorts.addMember(c.id(), trainee.id());
        cohorts.addMember(c.id(), instructor.id());
        login(trainee);
    }

    private long submittedEntryWith(byte[] photo, Skill skill) {
        long id = practice.save(null, new EntryForm(LocalDate.now(ZoneOffset.UTC).minusDays(1), 90,
                Setting.SYNTHETIC_SKIN, skill, "3RL", 0.3, null, null, null, null, null));
        practice.addPhoto(id, "card.jpg", photo);
        practice.submit(id);
        DotTestAccess.analyseAll(ctx);
        return id;
    }

    private String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement().getText()
                + _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement()
                .getChildren().map(e -> e.getTextRecursively()).reduce("", String::concat);
    }

    @Test
    void theTraineeSeesTheMeasuredFiguresAgainstTheExerciseTargetsWithTheOverlay() {
        long id = submittedEntryWith(DotTestAccess.cardPhoto(), Skill.NEEDLE_DEPTH);
        UI.getCurrent().navigate(EntryView.class, new RouteParameters("entryId", Long.toString(id)));
        Div panel = _get(Div.class, spec -> spec.withId("dot-figures"));
        long photoId = practice.entry(id).photoIds().get(0);
        assertThat(panel.getElement().getTextRecursively()).contains("Dot grid on synthetic skin")
                .contains("Mean dot diameter").contains("target").contains("rubric is the decision");
        assertThat(text("dot-meanDiameterMm-" + photoId)).contains("mm").contains("target 0.30–0.60 mm");
        assertThat(_find(panel, Image.class)).anySatisfy(i -> assertThat(i.getSrc()).endsWith("/overlay"));
    }

    @Test
    void aPhotoWithoutTheCardSaysSizesCannotBeMeasured() {
        long id = submittedEntryWith(TestPhotosAccess.png(), Skill.DENSITY_FILL);
        UI.getCurrent().navigate(EntryView.class, new RouteParameters("entryId", Long.toString(id)));
        String shown = _get(Div.class, spec -> spec.withId("dot-figures")).getElement().getTextRecursively();
        assertThat(shown).containsAnyOf("No practice card found", "No dots were found", "hardly stand out");
    }

    @Test
    void theInstructorSeesTheFiguresBesideTheRubric() {
        long id = submittedEntryWith(DotTestAccess.cardPhoto(), Skill.NEEDLE_DEPTH);
        login(instructor);
        UI.getCurrent().navigate(ReviewView.class, new RouteParameters("entryId", Long.toString(id)));
        ReviewView view = _get(ReviewView.class);
        Div beside = _get(Div.class, spec -> spec.withClasses("rubric-beside"));
        assertThat(beside.getChildren().count()).isEqualTo(2);
        assertThat(beside.getElement().getTextRecursively()).contains("Your review").contains("Measured dots")
                .contains("Dots per cm²");
        assertThat(view.rubricBox.isAttached()).isTrue();
    }

    @Test
    void anotherTraineeCannotSeeTheFigures() {
        long id = submittedEntryWith(DotTestAccess.cardPhoto(), Skill.NEEDLE_DEPTH);
        login(users.create(Role.TRAINEE));
        UI.getCurrent().navigate(EntryView.class, new RouteParameters("entryId", Long.toString(id)));
        assertThat(_find(Div.class, spec -> spec.withId("dot-figures"))).isEmpty();
        assertThat(_find(Paragraph.class)).anySatisfy(p -> assertThat(p.getText()).contains("not"));
    }

    @Test
    void theDashboardChartsDotConsistencyOfApprovedSyntheticSkinEntries() {
        UI.getCurrent().navigate(com.smpacademy.ui.DashboardView.class);
        assertThat(_get(com.vaadin.flow.component.card.Card.class, spec -> spec.withId("dot-trend-card"))
                .getElement().getTextRecursively()).contains("Lower is more consistent");
        assertThat(_find(Image.class, spec -> spec.withId("dot-trend-chart"))).isEmpty();

        long id = submittedEntryWith(DotTestAccess.cardPhoto(), Skill.NEEDLE_DEPTH);
        login(instructor);
        practice.decide(id, com.smpacademy.practice.PracticeEnums.Decision.APPROVE,
                new com.smpacademy.practice.Rubric(4, 4, 4, 4, 4), null);
        login(trainee);
        UI.getCurrent().navigate(com.smpacademy.ui.DashboardView.class);
        Image chart = _get(Image.class, spec -> spec.withId("dot-trend-chart"));
        assertThat(chart.getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat(chart.getAlt().orElse("")).contains("1 approved synthetic-skin entries");
    }

    @Test
    void theLogbookOffersThePrintableCards() {
        UI.getCurrent().navigate(LogbookView.class);
        _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("practice-card-a4"));
        _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("practice-card-stickers_a4"));
        for (PracticeCardPdf.Paper paper : PracticeCardPdf.Paper.values()) {
            byte[] pdf = PracticeCardPdf.render(paper);
            assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        }
    }
}
