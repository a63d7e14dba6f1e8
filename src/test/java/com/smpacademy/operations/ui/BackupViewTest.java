package com.smpacademy.operations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.smpacademy.audit.AuditAction;
import com.smpacademy.audit.AuditFilter;
import com.smpacademy.audit.AuditService;
import com.smpacademy.support.KaribuTest;
import com.smpacademy.support.TestUsers;
import com.smpacademy.ui.AccessDeniedView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** On an H2 file database an admin takes a backup from the page, sees it listed, and it is audited. */
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:file:./target/backup-view-test/db-${random.uuid};WRITE_DELAY=0",
        "academy.backup.dir=target/backup-view-test/backups"})
class BackupViewTest extends KaribuTest {

    @Autowired
    AuditService audit;

    @Test
    void anAdminBacksUpTheRunningDatabaseAndSeesTheFileListed() throws Exception {
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(BackupView.class);
        BackupView view = _get(BackupView.class);
        int before = _find(Card.class).size();
        assertThat(view.backUp.isEnabled()).isTrue();
        _click(view.backUp);

        assertThat(NotificationsKt.getNotifications()).isNotEmpty();
        assertThat(_find(Card.class)).hasSize(before + 1);
        String name = _find(Card.class).get(0).getElement().getTextRecursively();
        assertThat(name).contains("smp-academy-", ".zip", "Download");
        try (var files = Files.list(Path.of("target/backup-view-test/backups"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".zip")).toList()).isNotEmpty()
                    .allSatisfy(f -> assertThat(Files.size(f)).isGreaterThan(1000));
        }
        assertThat(audit.count(new AuditFilter(null, null, null, AuditAction.DATABASE_BACKED_UP)).value()).isPositive();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("backup-key-note")).getText())
                .contains("key-encryption key");
    }

    @Test
    void aTraineeCannotOpenTheBackupPage() {
        login(TestUsers.TRAINEE);
        UI.getCurrent().navigate(BackupView.class);
        NavigatorKt.expectView(AccessDeniedView.class);
    }
}
