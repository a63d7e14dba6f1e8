package com.smpacademy.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smpacademy.account.Role;
import com.smpacademy.support.SpringTest;
import com.smpacademy.support.TestUsers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The stable PDF address that the "certificate issued" e-mail links to. */
@SpringTest
class CertificatePdfControllerTest {

    @Autowired CertificatePdfController controller;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        users.logout();
    }

    private String samsCode() {
        return jdbc.queryForObject("select c.code from certificate c join user_account u on u.id = c.holder_id "
                + "where u.email = ? order by c.issued_at fetch first 1 rows only", String.class, TestUsers.TRAINEE);
    }

    @Test
    void theHolderGetsTheirCertificateAsAPdf() {
        users.loginAs(TestUsers.TRAINEE);
        var response = controller.pdf(samsCode());
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(new String(response.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(response.getHeaders().getFirst("Content-Disposition")).contains(samsCode() + ".pdf");
    }

    @Test
    void anotherTraineeIsRefusedAndAnUnknownCodeIsNotFound() {
        users.loginAs(users.create(Role.TRAINEE));
        assertThatThrownBy(() -> controller.pdf(samsCode())).isInstanceOf(AccessDeniedException.class);
        users.loginAs(TestUsers.ADMIN);
        assertThat(controller.pdf("SMP-0000-0000-0").getStatusCode().value()).isEqualTo(404);
    }
}
