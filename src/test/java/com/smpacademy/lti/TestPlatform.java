package com.smpacademy.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A real LTI 1.3 platform on loopback, for tests: its own RSA key and JWKS, an OIDC authorisation endpoint that
 * answers with the auto-post form an LMS sends (the id_token built from the test's {@link Launch}), a token
 * endpoint that checks the tool's JWT bearer assertion against the tool's published JWKS, AGS line items that
 * record the scores posted to them (and can be taken down), and an NRPS membership endpoint.
 */
final class TestPlatform implements AutoCloseable {

    /** What the next authorisation request puts into the id_token; tests change it to break one check. */
    static final class Launch {
        String sub = "lms-user-1";
        String name = "Lee Learner";
        String email = "lee@lms.example";
        List<String> roles = List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner");
        String messageType = "LtiResourceLinkRequest";
        String version = "1.3.0";
        String deploymentId = "dep-1";
        Object audience;
        String resourceLinkId = "rl-1";
        String contextId = "course-101";
        String contextTitle = "SMP Foundations (LMS)";
        Map<String, Object> custom = new LinkedHashMap<>();
        Duration expiresIn = Duration.ofMinutes(5);
        String lineItem;
        boolean signWithWrongKey;
        boolean signWithUnknownKid;
        Consumer<JWTClaimsSet.Builder> tweak = b -> { };
    }

    record Score(String lineItem, Map<String, Object> body, String authorization) {
    }

    final HttpServer server;
    final String issuer;
    final String clientId = "smp-tool-" + UUID.randomUUID().toString().substring(0, 6);
    final RSAKey key;
    private final RSAKey otherKey;
    private final Clock clock;
    private final String toolJwksUrl;
    volatile Launch next = new Launch();
    final List<Score> scores = new CopyOnWriteArrayList<>();
    final AtomicInteger tokenRequests = new AtomicInteger();
    final AtomicInteger scoreAttempts = new AtomicInteger();
    volatile boolean scoresDown;
    volatile List<Map<String, Object>> members = new ArrayList<>();
    volatile String lastAssertionError = "";

    TestPlatform(Clock clock, String toolJwksUrl) throws IOException, JOSEException {
        this.clock = clock;
        this.toolJwksUrl = toolJwksUrl;
        this.key = new RSAKeyGenerator(2048).keyID("platform-key-1").generate();
        this.otherKey = new RSAKeyGenerator(2048).keyID("platform-key-1").generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/jwks", ex -> send(ex, 200, "application/json",
                new JWKSet(key.toPublicJWK()).toString(true)));
        server.createContext("/auth", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/lineitems", this::lineItems);
        server.createContext("/memberships", this::memberships);
        server.start();
    }

    String authUrl() { return issuer + "/auth"; }
    String tokenUrl() { return issuer + "/token"; }
    String jwksUrl() { return issuer + "/jwks"; }
    String lineItemUrl(String id) { return issuer + "/lineitems/" + id + "?course=101"; }
    String membershipsUrl() { return issuer + "/memberships/course-101"; }

    @Override
    public void close() {
        server.stop(0);
    }

    /** OIDC authorisation: checks the request as a platform would, then answers with the auto-post form. */
    private void authorize(HttpExchange ex) throws IOException {
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        if (!"openid".equals(q.get("scope")) || !"id_token".equals(q.get("response_type"))
                || !"form_post".equals(q.get("response_mode")) || !"none".equals(q.get("prompt"))
                || !clientId.equals(q.get("client_id")) || q.get("nonce") == null || q.get("state") == null
                || q.get("redirect_uri") == null || !q.get("redirect_uri").endsWith("/lti/launch")) {
            send(ex, 400, "text/plain", "bad authorisation request " + q);
            return;
        }
        Launch l = next;
        var now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).subject(l.sub)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(l.expiresIn)))
                .claim("nonce", q.get("nonce")).claim("name", l.name).claim("email", l.email)
                .claim(LtiClaims.MESSAGE_TYPE, l.messageType).claim(LtiClaims.VERSION, l.version)
                .claim(LtiClaims.DEPLOYMENT_ID, l.deploymentId).claim(LtiClaims.ROLES, l.roles)
                .claim(LtiClaims.TARGET_LINK_URI, q.get("redirect_uri"))
                .claim(LtiClaims.CONTEXT, Map.of("id", l.contextId, "title", l.contextTitle, "label", "SMP101"))
                .claim(LtiClaims.NRPS, Map.of("context_memberships_url", membershipsUrl(),
                        "service_versions", List.of("2.0")));
        claims.audience(l.audience == null ? List.of(clientId) : l.audience instanceof List<?> list
                ? list.stream().map(Object::toString).toList() : List.of(l.audience.toString()));
        Map<String, Object> ags = new LinkedHashMap<>();
        ags.put("scope", List.of(LtiClaims.SCOPE_SCORE, LtiClaims.SCOPE_LINEITEM_READ));
        ags.put("lineitems", issuer + "/lineitems?course=101");
        if (l.lineItem != null) {
            ags.put("lineitem", l.lineItem);
        }
        claims.claim(LtiClaims.AGS_ENDPOINT, ags);
        if (l.messageType.equals("LtiDeepLinkingRequest")) {
            claims.claim(LtiClaims.DEEP_LINKING_SETTINGS, Map.of("deep_link_return_url", issuer + "/deep-link-return",
                    "accept_types", List.of("ltiResourceLink"), "accept_presentation_document_targets",
                    List.of("iframe", "window"), "accept_multiple", true, "accept_lineitem", true,
                    "data", "platform-opaque-42"));
        } else {
            claims.claim(LtiClaims.RESOURCE_LINK, Map.of("id", l.resourceLinkId, "title", "SMP activity"));
        }
        if (!l.custom.isEmpty()) {
            claims.claim(LtiClaims.CUSTOM, l.custom);
        }
        l.tweak.accept(claims);
        String idToken;
        try {
            RSAKey signer = l.signWithWrongKey ? otherKey : key;
            String kid = l.signWithUnknownKid ? "key-the-tool-never-saw" : signer.getKeyID();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(signer));
            idToken = jwt.serialize();
        } catch (JOSEException e) {
            throw new IOException(e);
        }
        send(ex, 200, "text/html", "<form method=\"post\" action=\"" + q.get("redirect_uri") + "\">"
                + "<input type=\"hidden\" name=\"id_token\" value=\"" + idToken + "\">"
                + "<input type=\"hidden\" name=\"state\" value=\"" + q.get("state") + "\"></form>");
    }

    /** Client credentials with a JWT bearer assertion, checked against the tool's published keys. */
    private void token(HttpExchange ex) throws IOException {
        tokenRequests.incrementAndGet();
        Map<String, String> form = query(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String problem = checkAssertion(form);
        if (problem != null) {
            lastAssertionError = problem;
            send(ex, 400, "application/json", "{\"error\":\"invalid_client\",\"error_description\":\"" + problem
                    + "\"}");
            return;
        }
        send(ex, 200, "application/json", "{\"access_token\":\"at-" + UUID.randomUUID() + "\",\"token_type\":"
                + "\"Bearer\",\"expires_in\":3600,\"scope\":\"" + form.get("scope") + "\"}");
    }

    private String checkAssertion(Map<String, String> form) {
        if (!"client_credentials".equals(form.get("grant_type"))) {
            return "grant_type";
        }
        if (!"urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(form.get("client_assertion_type"))) {
            return "client_assertion_type";
        }
        String scope = form.getOrDefault("scope", "");
        if (!scope.startsWith("https://purl.imsglobal.org/spec/")) {
            return "scope";
        }
        try {
            SignedJWT jwt = SignedJWT.parse(form.get("client_assertion"));
            if (!verifiesWithToolKeys(jwt)) {
                return "signature";
            }
            JWTClaimsSet c = jwt.getJWTClaimsSet();
            if (!clientId.equals(c.getIssuer()) || !clientId.equals(c.getSubject())
                    || !c.getAudience().contains(tokenUrl()) || c.getJWTID() == null
                    || c.getExpirationTime().toInstant().isBefore(clock.instant())) {
                return "claims";
            }
            return null;
        } catch (Exception e) {
            return "unreadable assertion: " + e.getMessage();
        }
    }

    /** Checks a JWT the tool signed against the keys at the tool's JWKS URL, fetched now over HTTP. */
    boolean verifiesWithToolKeys(SignedJWT jwt) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(toolJwksUrl))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        JWKSet keys = JWKSet.parse(r.body());
        var k = keys.getKeyByKeyId(jwt.getHeader().getKeyID());
        return k instanceof RSAKey rsa && JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
                && jwt.verify(new RSASSAVerifier(rsa));
    }

    private void lineItems(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        if (!"POST".equals(ex.getRequestMethod()) || !path.endsWith("/scores")) {
            send(ex, 404, "text/plain", "no");
            return;
        }
        scoreAttempts.incrementAndGet();
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer at-")) {
            send(ex, 401, "text/plain", "no token");
            return;
        }
        if (!"application/vnd.ims.lis.v1.score+json".equals(ex.getRequestHeaders().getFirst("Content-Type"))) {
            send(ex, 415, "text/plain", "content type");
            return;
        }
        if (scoresDown) {
            send(ex, 503, "text/plain", "Gradebook under maintenance");
            return;
        }
        try {
            Map<String, Object> body = JSONObjectUtils.parse(new String(ex.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            scores.add(new Score(issuer + path.substring(0, path.length() - "/scores".length()) + "?"
                    + ex.getRequestURI().getRawQuery(), body, auth));
        } catch (java.text.ParseException e) {
            send(ex, 400, "text/plain", "json");
            return;
        }
        send(ex, 200, "application/json", "{}");
    }

    private void memberships(HttpExchange ex) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer at-")) {
            send(ex, 401, "text/plain", "no token");
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", membershipsUrl());
        body.put("context", Map.of("id", "course-101", "title", "SMP Foundations (LMS)"));
        body.put("members", members);
        send(ex, 200, "application/vnd.ims.lti-nrps.v2.membershipcontainer+json",
                JSONObjectUtils.toJSONString(body));
    }

    static Map<String, String> query(String raw) {
        Map<String, String> m = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return m;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                m.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return m;
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }
}
