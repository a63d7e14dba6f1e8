package com.smpacademy;

import com.smpacademy.course.CourseValidation;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * SMP Academy: training and certification for scalp micropigmentation artists.
 */
@SpringBootApplication
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/academy.css")
@Meta(name = "theme-color", content = "#0b6e75")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && CourseValidation.FLAG.equals(args[0])) {
            // an author's or CI's check of the course packs: no web server, an exit code
            System.exit(CourseValidation.run(args.length > 1 ? args[1] : null, System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }

    /** One clock for every rule that depends on time, so tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
