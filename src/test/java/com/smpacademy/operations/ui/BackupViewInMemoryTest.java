package com.smpacademy.operations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.smpacademy.support.KaribuTest;
import com.smpacademy.support.TestUsers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

/** Where the app cannot back its database up itself, the page says why and offers no button that would fail. */
class BackupViewInMemoryTest extends KaribuTest {

    @Test
    void anInMemoryDatabaseGetsAnExplanationAndADisabledButton() {
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(BackupView.class);
        BackupView view = _get(BackupView.class);
        assertThat(view.backUp.isEnabled()).isFalse();
        assertThat(_get(Paragraph.class, s -> s.withId("backup-unsupported")).getText()).contains("in-memory");
    }
}
