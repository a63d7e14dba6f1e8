package com.smpacademy.certification;

import io.micrometer.observation.ObservationPredicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * No HTTP observation (timer, tags) for the public single-code verify GET: a JFR profile under {@code wrk} showed
 * Micrometer's tag building and meter look-up costing more than the answer itself, and the app exposes no metrics
 * endpoint that would read them. The fast path filter runs right after the browser-defence headers, beside Boot's
 * observation filter; this keeps that filter to a no-op for these requests whatever the order.
 */
@Configuration(proxyBeanMethods = false)
class VerifyObservationExclusion {

    @Bean
    ObservationPredicate noObservationForVerifyLookups() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext server
                && server.getCarrier() != null
                && "GET".equals(server.getCarrier().getMethod())
                && server.getCarrier().getRequestURI().startsWith("/api/v1/verify/"));
    }
}
