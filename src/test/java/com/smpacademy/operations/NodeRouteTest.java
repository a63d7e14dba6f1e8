package com.smpacademy.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

class NodeRouteTest {

    @Test
    void sessionIdsEndWithTheNodesRoute() throws Exception {
        assertThat(sessionCookie(new NodeRoute("a"))).matches("JSESSIONID=[0-9A-F]+\\.a;.*");
    }

    @Test
    void withoutARouteSessionIdsAreTomcatsPlainOnes() throws Exception {
        assertThat(sessionCookie(new NodeRoute(""))).matches("JSESSIONID=[0-9A-F]+;.*");
    }

    @Test
    void refusesARouteThatCannotSitInACookie() {
        assertThatThrownBy(() -> new NodeRoute("a;b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("academy.node-route");
    }

    private static String sessionCookie(NodeRoute route) throws Exception {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        route.customize(factory);
        WebServer server = factory.getWebServer(context -> context.addServlet("session", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) {
                request.getSession(true);
            }
        }).addMapping("/"));
        server.start();
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.getPort() + "/")).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.headers().firstValue("Set-Cookie").orElseThrow();
        } finally {
            server.stop();
        }
    }
}
