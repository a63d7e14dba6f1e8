package com.smpacademy.operations;

import com.smpacademy.account.Role;
import com.smpacademy.common.RuleViolationException;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The backup as a command: {@code curl -fsS -u ADMIN_EMAIL -X POST -o backup.zip http://HOST/api/v1/admin/backup}
 * writes a backup of the running database into the backup folder (as the admin page's button does) and answers
 * with the file. HTTP Basic with an admin account, over its own stateless filter chain: no session, no CSRF token
 * (nothing here is driven by a browser's ambient cookies).
 */
@RestController
class BackupApi {

    private final BackupService backups;

    BackupApi(BackupService backups) {
        this.backups = backups;
    }

    @PostMapping("/api/v1/admin/backup")
    ResponseEntity<FileSystemResource> backUp() {
        BackupService.BackupFile file = backups.backUp();
        Path path = backups.file(file.name());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.name()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.parseMediaType("application/zip"))
                .contentLength(file.bytes())
                .body(new FileSystemResource(path));
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<Map<String, String>> refused(RuleViolationException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
    }

    @Configuration
    static class Security {

        @Bean
        @Order(2)
        SecurityFilterChain adminApi(HttpSecurity http) throws Exception {
            // a refused password answers 401 itself: sendError would dispatch to /error, which the page chain
            // answers with a redirect to the login page
            AuthenticationEntryPoint basic = (request, response, refused) -> {
                response.setHeader("WWW-Authenticate", "Basic realm=\"SMP Academy\"");
                response.setStatus(401);
            };
            http.securityMatcher("/api/v1/admin/**")
                    .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Role.ADMIN_NAME))
                    .httpBasic(b -> b.authenticationEntryPoint(basic))
                    .exceptionHandling(e -> e.authenticationEntryPoint(basic))
                    .csrf(csrf -> csrf.disable())
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
            return http.build();
        }
    }
}
