package com.smpacademy.lti;

import com.smpacademy.account.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Security for {@code /lti/**}, ahead of the app's chain: the LMS posts login initiations and launches from its
 * own site, so they carry no CSRF token (state, nonce and the signed id_token protect them instead); the picker
 * needs an instructor and keeps CSRF; the pages may be framed by registered LMSs only.
 */
@Configuration
class LtiSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain ltiFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(LtiEndpoints.BASE + "/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(LtiEndpoints.DEEP_LINK_PICKER, LtiEndpoints.DEEP_LINK_PICKER + "/**")
                        .hasAnyRole(Role.INSTRUCTOR_NAME, Role.ADMIN_NAME)
                        .anyRequest().permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers(LtiEndpoints.LOGIN, LtiEndpoints.LAUNCH))
                // the pages set their own Content-Security-Policy with frame-ancestors (LtiPages.policy)
                .headers(headers -> headers.frameOptions(frame -> frame.disable()))
                .exceptionHandling(ex -> ex.authenticationEntryPoint((request, response, e) ->
                        response.sendError(401, "Open SMP Academy from your LMS again.")));
        return http.build();
    }
}
