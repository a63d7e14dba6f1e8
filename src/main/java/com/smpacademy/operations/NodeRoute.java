package com.smpacademy.operations;

import java.util.regex.Pattern;
import org.apache.catalina.Container;
import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The node's route for sticky sessions: with {@code academy.node-route} (or {@code ACADEMY_NODE_ROUTE}, or the
 * {@code jvmRoute} system property a standalone Tomcat reads) set to e.g. {@code a}, every session id ends in
 * {@code .a}, so a load balancer can send a session back to the node that holds it from the cookie alone, even for
 * the very first request after the session began. Vaadin keeps each UI in its server session, so its UIDL and
 * heartbeat requests must reach that node. The embedded Tomcat does not read {@code jvmRoute} by itself.
 */
@Component
class NodeRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final Pattern ROUTE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final String route;

    NodeRoute(@Value("${academy.node-route:${ACADEMY_NODE_ROUTE:${jvmRoute:}}}") String route) {
        String trimmed = route.trim();
        if (!trimmed.isEmpty() && !ROUTE.matcher(trimmed).matches()) {
            // it ends up in every session cookie and in the load balancer's rule: keep it to plain characters
            throw new IllegalArgumentException("academy.node-route must be 1-32 letters, digits, '-' or '_', not '"
                    + route + "'");
        }
        this.route = trimmed;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (route.isEmpty()) {
            return;
        }
        // the session manager reads the route from the engine when the context starts
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                Container c = context;
                while (c != null && !(c instanceof Engine)) {
                    c = c.getParent();
                }
                if (c instanceof Engine engine) {
                    engine.setJvmRoute(route);
                }
            }
        }));
    }
}
