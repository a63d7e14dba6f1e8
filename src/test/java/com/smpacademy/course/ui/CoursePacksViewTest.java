package com.smpacademy.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.smpacademy.support.KaribuTest;
import com.smpacademy.support.TestUsers;
import com.smpacademy.ui.AccessDeniedView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CoursePacksViewTest extends KaribuTest {

    @Test
    void theAdminSeesLoadedPacksAndAfterAReloadARefusedPackWithItsProblems() throws IOException {
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(CoursePacksView.class);
        CoursePacksView view = _get(CoursePacksView.class);
        assertThat(_get(Card.class, s -> s.withId("pack-smp-practitioner")).getElement().getTextRecursively())
                .contains("Loaded", "SMP Practitioner Certificate");
        // what the figure check could not decide is listed for an instructor to review, opened
        var reviews = _get(com.vaadin.flow.component.details.Details.class,
                s -> s.withId("reviews-smp-practitioner"));
        assertThat(reviews.isOpened()).isTrue();
        assertThat(reviews.getElement().getTextRecursively()).contains("For an instructor to review",
                "smp-practitioner/", ": gives \"");
        // the shipped pack is clean (every module strict): it shows no warnings list at all
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(com.vaadin.flow.component.details.Details.class,
                s -> s.withId("warnings-smp-practitioner"));

        String folder = "broken-" + UUID.randomUUID().toString().substring(0, 8);
        Path dir = Path.of("target/test-courses-dir", folder);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("course.yaml"), "id: " + folder + "\ntitle: Broken\nmodules: [ghost]\n");
        _click(view.reload);

        String text = _get(Card.class, s -> s.withId("pack-" + folder)).getElement().getTextRecursively();
        assertThat(text).contains("Refused", folder + "/course.yaml:3: module 'ghost' is listed but there is no "
                + "folder nn-ghost");
        assertThat(NotificationsKt.getNotifications()).isNotEmpty();
        deleteRecursively(dir);
    }

    @Test
    void aTraineeCannotOpenTheCoursePacksPage() {
        login(TestUsers.TRAINEE);
        UI.getCurrent().navigate(CoursePacksView.class);
        NavigatorKt.expectView(AccessDeniedView.class);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
