package com.smpacademy.lti;

import org.springframework.web.util.HtmlUtils;

/** The plain HTML pages of launches: they must work inside an LMS frame before any Vaadin UI exists. */
final class LtiPages {

    private LtiPages() {
    }

    static String page(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · SMP Academy</title>
                <link rel="stylesheet" href="/styles/lti.css">
                </head><body class="lti"><main>
                <p class="brand">SMP Academy</p>
                %s
                </main></body></html>
                """.formatted(esc(title), body);
    }

    static String refused(LaunchRefused r) {
        return page(r.check(), """
                <div class="problem" id="lti-error">
                <h1>The LMS launch was refused: %s</h1>
                <p>%s</p>
                </div>
                <p class="muted">Nothing was created or changed. If this keeps happening, give your academy's admin
                this message; it is also in the audit log.</p>
                """.formatted(esc(r.check()), esc(r.detail())));
    }

    /**
     * The policy of these pages: our own files only (no inline script or style), framed only by registered LMSs,
     * forms posted only to us and, for the deep-linking hand-back, to the LMS's return URL.
     */
    static String policy(java.util.Set<String> framers, String formOrigin) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
                + "base-uri 'none'; form-action 'self'" + (formOrigin.isEmpty() ? "" : " " + formOrigin)
                + "; frame-ancestors " + (framers.isEmpty() ? "'none'" : String.join(" ", framers));
    }

    static String esc(String s) {
        return HtmlUtils.htmlEscape(s);
    }
}
