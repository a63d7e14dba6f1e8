package com.smpacademy.security;

import com.smpacademy.account.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Web security: Vaadin's configurer for views (each view's {@code @RolesAllowed} / {@code @AnonymousAllowed} is
 * checked on navigation), method security for services, and the few public URLs.
 */
@Configuration
@EnableWebSecurity
// @PreAuthorize on service methods; @RolesAllowed stays with views, where Vaadin checks it on navigation
// (jsr250 method security would wrap every view in a proxy)
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/api/v1/verify/**", "/.well-known/jwks.json").permitAll()
                // credentials: status list, keys, issuer profile and badges are public; a holder's download is not
                .requestMatchers("/credentials/**").permitAll()
                .requestMatchers("/api/v1/me/**").authenticated()
                .requestMatchers("/styles/**", "/components/**", "/images/**", "/favicon.ico").permitAll()
                .requestMatchers("/course-assets/**", "/practice-photos/**").authenticated()
                // notification: the PDF link in the "certificate issued" e-mail
                .requestMatchers("/certificate-pdf/**").authenticated());
        // Spring Security's default (change the session id at login) is what defeats session fixation; stated
        // here so that nobody turns it off by accident.
        // the public verification API is stateless and takes no cookies: CSRF tokens do not apply to it
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/v1/verify/**"));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout"));
        return http.build();
    }

    /**
     * Delegating encoder: new hashes are bcrypt ({@code {bcrypt}...}); the prefix lets us move to a stronger
     * algorithm later while old hashes keep working.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
