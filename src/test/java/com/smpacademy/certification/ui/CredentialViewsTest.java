package com.smpacademy.certification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.smpacademy.support.Ui.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.smpacademy.support.KaribuTest;
import com.smpacademy.support.TestUsers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The holder's credential actions, the public program page and the verify page's credential check. */
class CredentialViewsTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private String credentialOf(String email, boolean revoked) {
        return jdbc.queryForList("select c.credential from certificate c join user_account u on u.id = c.holder_id "
                + "where u.email = ? and c.revoked_at is " + (revoked ? "not null" : "null")
                + " order by c.issued_on desc", String.class, email).get(0);
    }

    private void paste(String text) {
        UI.getCurrent().navigate(VerifyView.class);
        type(_get(TextArea.class, s -> s.withId("credential-text")), text);
        _click(_get(Button.class, s -> s.withId("credential-check")));
    }

    @Test
    void aPastedCurrentCredentialPassesEveryCheckForAnAnonymousVisitor() {
        paste(credentialOf(TestUsers.TRAINEE, false));
        assertThat(_get(Span.class, s -> s.withId("credential-verdict")).getText()).isEqualTo("Genuine and current");
        for (String check : List.of("signature", "schema", "issuer", "expiry", "status")) {
            assertThat(_get(ListItem.class, s -> s.withId("credential-check-" + check)).getClassNames())
                    .as(check).contains("met");
        }
    }

    @Test
    void aRevokedCredentialFailsOnlyOnItsStatus() {
        paste(credentialOf("trainee2@academy.test", true));
        assertThat(_get(Span.class, s -> s.withId("credential-verdict")).getText())
                .isEqualTo("Not a valid current credential");
        assertThat(_get(ListItem.class, s -> s.withId("credential-check-status")).getElement()
                .getTextRecursively()).contains("Revoked");
        assertThat(_get(ListItem.class, s -> s.withId("credential-check-signature")).getClassNames())
                .contains("met");
    }

    @Test
    void garbageAndEmptyInputAreExplainedNotChecked() {
        paste("not a credential");
        assertThat(_get(ListItem.class, s -> s.withId("credential-check-signature")).getElement()
                .getTextRecursively()).contains("not a signed JWT");
        paste("   ");
        assertThat(_find(Span.class, s -> s.withId("credential-verdict"))).isEmpty();
        assertThat(_get(VerifyView.class).credentialResult.getElement().getTextRecursively())
                .contains("Upload the credential file");
    }

    @Test
    void theProgramPageExplainsTheRequirementsWithoutLogin() {
        UI.getCurrent().navigate(ProgramView.class, new RouteParameters("courseId", "smp-practitioner"));
        String text = _get(OrderedList.class, s -> s.withId("program-requirements")).getElement()
                .getTextRecursively();
        assertThat(text).contains("Complete all 6 modules", "80%", "20 hours on supervised live model",
                "practical assessment", "24 months");
        assertThat(_get(Image.class, s -> s.withId("program-badge")).getSrc())
                .endsWith("/credentials/badges/smp-practitioner.svg");
        UI.getCurrent().navigate(ProgramView.class, new RouteParameters("courseId", "no-such-course"));
        assertThat(_get(Paragraph.class, s -> s.withId("program-not-found")).getText()).contains("no-such-course");
    }

    @Test
    void theHolderGetsStableDownloadsLinkedInAndAQrCode() {
        login(TestUsers.TRAINEE);
        UI.getCurrent().navigate(MyCertificatesView.class);
        String code = jdbc.queryForObject("select c.code from certificate c join user_account u on u.id = "
                + "c.holder_id where u.email = ? and c.revoked_at is null order by c.issued_on desc limit 1",
                String.class, TestUsers.TRAINEE);
        assertThat(_get(Anchor.class, s -> s.withId("jwt-" + code)).getHref())
                .isEqualTo("/api/v1/me/credentials/" + code + ".jwt");
        assertThat(_get(Anchor.class, s -> s.withId("json-" + code)).getHref())
                .isEqualTo("/api/v1/me/credentials/" + code + ".json");
        String linkedIn = _get(Anchor.class, s -> s.withId("linkedin-" + code)).getHref();
        assertThat(linkedIn).startsWith("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name=")
                .contains("organizationName=SMP+Academy", "issueYear=", "issueMonth=", "expirationYear=",
                        "expirationMonth=", "certId=" + code, "certUrl=http");
        assertThat(_get(Image.class, s -> s.withId("qr-" + code)).getSrc()).startsWith("data:image/png;base64,");
    }
}
