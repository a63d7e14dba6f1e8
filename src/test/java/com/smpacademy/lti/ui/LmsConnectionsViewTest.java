package com.smpacademy.lti.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.smpacademy.support.Ui.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.smpacademy.lti.LtiPlatform;
import com.smpacademy.lti.LtiPlatformService;
import com.smpacademy.support.KaribuTest;
import com.smpacademy.support.TestUsers;
import com.smpacademy.ui.AccessDeniedView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LmsConnectionsViewTest extends KaribuTest {

    @Autowired
    LtiPlatformService service;

    private LmsConnectionsView open() {
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(LmsConnectionsView.class);
        return _get(LmsConnectionsView.class);
    }

    @Test
    void theAdminPastesMoodlesDetailsAndRegistersTheLms() {
        LmsConnectionsView view = open();
        String host = "moodle-" + UUID.randomUUID().toString().substring(0, 6) + ".example.org";
        type(view.moodlePaste, """
                Platform ID\thttps://%1$s
                Client ID\tq8XbT2kLmN
                Deployment ID\t7
                Public keyset URL\thttps://%1$s/mod/lti/certs.php
                Access token URL\thttps://%1$s/mod/lti/token.php
                Authentication request URL\thttps://%1$s/mod/lti/auth.php
                """.formatted(host));
        _click(view.fillMoodle);
        assertThat(view.issuer.getValue()).isEqualTo("https://" + host);
        assertThat(view.clientId.getValue()).isEqualTo("q8XbT2kLmN");
        assertThat(view.deploymentIds.getValue()).isEqualTo("7");
        assertThat(view.authUrl.getValue()).isEqualTo("https://" + host + "/mod/lti/auth.php");
        assertThat(view.name.getValue()).isEqualTo("Moodle " + host);

        _click(view.save);

        LtiPlatform saved = GridKt._findAll(view.platforms).stream().filter(p -> p.issuer().contains(host))
                .findFirst().orElseThrow();
        assertThat(saved.deploymentIds()).containsExactly("7");
        assertThat(saved.tokenUrl()).isEqualTo("https://" + host + "/mod/lti/token.php");
        assertThat(view.issuer.getValue()).isEmpty();
    }

    @Test
    void thePageShowsWhatToPasteIntoTheLms() {
        LmsConnectionsView view = open();
        assertThat(view.loginUrl.getValue()).endsWith("/lti/login");
        assertThat(view.launchUrl.getValue()).endsWith("/lti/launch");
        assertThat(view.deepLinkUrl.getValue()).endsWith("/lti/launch");
        assertThat(view.jwks.getValue()).endsWith("/lti/jwks.json");
        assertThat(view.publicKey.getValue()).startsWith("-----BEGIN PUBLIC KEY-----");
        String before = view.publicKey.getValue();
        _click(view.rotate);
        assertThat(view.publicKey.getValue()).isNotEqualTo(before).startsWith("-----BEGIN PUBLIC KEY-----");
    }

    @Test
    void plainHttpAndMissingValuesAreRefusedNextToTheirFields() {
        LmsConnectionsView view = open();
        type(view.name, "Broken LMS");
        type(view.issuer, "http://lms.example.org");
        type(view.clientId, "has spaces in it");
        type(view.authUrl, "not a url");
        _click(view.save);
        assertThat(view.issuer.isInvalid()).isTrue();
        assertThat(view.issuer.getErrorMessage()).contains("https://");
        assertThat(view.clientId.getErrorMessage()).contains("no spaces");
        assertThat(view.deploymentIds.getErrorMessage()).contains("at least one Deployment ID");
        assertThat(view.authUrl.getErrorMessage()).contains("not a web address");
        assertThat(view.tokenUrl.getErrorMessage()).contains("Paste the access token URL");
        assertThat(GridKt._findAll(view.platforms)).noneMatch(p -> p.name().equals("Broken LMS"));
    }

    @Test
    void textThatIsNotMoodlesDetailsSaysSo() {
        LmsConnectionsView view = open();
        type(view.moodlePaste, "hello world");
        _click(view.fillMoodle);
        assertThat(view.moodlePaste.isInvalid()).isTrue();
        assertThat(view.moodlePaste.getErrorMessage()).startsWith("Nothing recognised");
    }

    @Test
    void canvasCloudUrlsFillTheFixedFields() {
        LmsConnectionsView view = open();
        _click(view.fillCanvas);
        assertThat(view.issuer.getValue()).isEqualTo("https://canvas.instructure.com");
        assertThat(view.jwksUrl.getValue()).isEqualTo("https://sso.canvaslms.com/api/lti/security/jwks");
    }

    @Test
    void aRegistrationCanBeEditedAndRemoved() {
        LmsConnectionsView view = open();
        String host = "lms-" + UUID.randomUUID().toString().substring(0, 6) + ".example.org";
        _click(view.fillCanvas);
        type(view.name, "Canvas " + host);
        type(view.issuer, "https://" + host);
        type(view.clientId, "10000000000042");
        type(view.deploymentIds, "12:abc");
        _click(view.save);
        LtiPlatform p = GridKt._findAll(view.platforms).stream().filter(x -> x.issuer().contains(host)).findFirst()
                .orElseThrow();
        _click(action(view, p, 0));
        type(view.deploymentIds, "12:abc\n13:def");
        _click(view.save);
        assertThat(GridKt._findAll(view.platforms).stream().filter(x -> x.id() == p.id()).findFirst().orElseThrow()
                .deploymentIds()).containsExactly("12:abc", "13:def");
        _click(action(view, GridKt._findAll(view.platforms).stream().filter(x -> x.id() == p.id()).findFirst()
                .orElseThrow(), 1));
        assertThat(GridKt._findAll(view.platforms)).noneMatch(x -> x.id() == p.id());
    }

    private static Button action(LmsConnectionsView view, LtiPlatform p, int index) {
        int row = GridKt._findAll(view.platforms).indexOf(p);
        HorizontalLayout cell = (HorizontalLayout) GridKt._getCellComponent(view.platforms, row, "actions");
        return (Button) cell.getComponentAt(index);
    }

    @Test
    void anInstructorCannotOpenThePage() {
        login(TestUsers.INSTRUCTOR);
        UI.getCurrent().navigate(LmsConnectionsView.class);
        _get(AccessDeniedView.class);
        assertThatThrownBy(() -> service.list()).isInstanceOf(
                org.springframework.security.access.AccessDeniedException.class);
    }
}
