package com.smpacademy.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.smpacademy.support.TestConfig;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** Without ACADEMY_ADMIN_PASSWORD a one-time password is generated, printed once, and works. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:first-start-generated;DB_CLOSE_DELAY=-1",
        "academy.demo-data=false",
        "logging.level.com.smpacademy=info"})
@ActiveProfiles("test")
@Import(TestConfig.class)
class FirstStartGeneratedPasswordTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired FirstStartSetup setup;

    @Test
    void printsAOneTimePasswordOnlyWhileThereIsNoAdmin() {
        Logger logger = (Logger) LoggerFactory.getLogger(FirstStartSetup.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        jdbc.update("delete from user_account");
        ApplicationArguments none = new DefaultApplicationArguments();
        setup.run(none);

        String printed = logged.list.stream().map(ILoggingEvent::getFormattedMessage)
                .reduce("", String::concat);
        Matcher m = Pattern.compile("One-time password \\(shown only now\\): (\\S+)").matcher(printed);
        assertThat(m.find()).isTrue();
        String password = m.group(1);
        String hash = jdbc.queryForObject("select password_hash from user_account where role = 'ADMIN'",
                String.class);
        assertThat(encoder.matches(password, hash)).isTrue();

        // a second start with an admin present creates and prints nothing
        setup.run(none);
        assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class)).isEqualTo(1);
        assertThat(logged.list).hasSize(1);
        logger.detachAppender(logged);
    }
}
