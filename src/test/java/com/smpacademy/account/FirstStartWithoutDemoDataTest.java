package com.smpacademy.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.smpacademy.support.TestConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** A real academy's first start: no demo data, one admin from ACADEMY_ADMIN_EMAIL / ACADEMY_ADMIN_PASSWORD. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:first-start-env;DB_CLOSE_DELAY=-1",
        "academy.demo-data=false",
        "academy.admin.email=Owner@My-Academy.example",
        "academy.admin.password=long-admin-pass-77"})
@ActiveProfiles("test")
@Import(TestConfig.class)
class FirstStartWithoutDemoDataTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder encoder;

    @Test
    void createsOnlyTheConfiguredAdminAndNoDemoData() {
        assertThat(jdbc.queryForList("select email from user_account", String.class))
                .containsExactly("owner@my-academy.example");
        assertThat(jdbc.queryForObject("select role from user_account", String.class)).isEqualTo("ADMIN");
        assertThat(encoder.matches("long-admin-pass-77",
                jdbc.queryForObject("select password_hash from user_account", String.class))).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from cohort", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ADMIN_BOOTSTRAPPED'",
                Integer.class)).isEqualTo(1);
    }
}
