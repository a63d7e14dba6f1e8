package com.smpacademy.lti;

import com.smpacademy.common.InvalidInputException;
import com.smpacademy.security.FramingOrigins;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The content picker an instructor sees inside the LMS after a deep-linking launch: a plain form (it must work in
 * the LMS frame), then an auto-submitting form that posts the signed response back to the LMS.
 */
@Controller
class DeepLinkController {

    private final DeepLinkingService deepLinking;
    private final FramingOrigins framing;

    DeepLinkController(DeepLinkingService deepLinking, FramingOrigins framing) {
        this.deepLinking = deepLinking;
        this.framing = framing;
    }

    @GetMapping(LtiEndpoints.DEEP_LINK_PICKER)
    ResponseEntity<String> picker(HttpServletRequest request) {
        return pickerPage(request, null);
    }

    @PostMapping(LtiEndpoints.DEEP_LINK_PICKER)
    ResponseEntity<String> choose(@RequestParam(name = "item", required = false) @Nullable List<String> items,
                                  HttpServletRequest request) {
        LaunchService.DeepLinkRequest dl = pending(request);
        if (dl == null) {
            return expired();
        }
        DeepLinkingService.Response r;
        try {
            r = deepLinking.respond(dl, items == null ? List.of() : items, LtiController.toolOrigin(request));
        } catch (InvalidInputException e) {
            return pickerPage(request, e.getMessage());
        }
        request.getSession().removeAttribute(LtiController.DEEP_LINK_SESSION);
        return LtiController.html(HttpStatus.OK, LtiPages.page("Adding to your LMS course", """
                <h1>Adding %d item%s to your LMS course…</h1>
                <form id="lti-autosubmit" method="post" action="%s">
                <input type="hidden" name="JWT" value="%s">
                <button class="button" type="submit">Continue to the LMS</button>
                </form>
                <script src="/components/lti-autosubmit.js"></script>
                """.formatted(r.items(), r.items() == 1 ? "" : "s", LtiPages.esc(r.returnUrl()),
                LtiPages.esc(r.jwt()))), framing.origins(), LtiPlatform.origin(r.returnUrl()));
    }

    private ResponseEntity<String> pickerPage(HttpServletRequest request, @Nullable String error) {
        LaunchService.DeepLinkRequest dl = pending(request);
        if (dl == null) {
            return expired();
        }
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        StringBuilder body = new StringBuilder("<h1>Add SMP Academy content to your LMS course</h1>"
                + "<p class=\"muted\">Each item opens directly in SMP Academy. Courses, modules and quizzes get a "
                + "gradebook column: the course when the certificate is issued, a module when it is completed, a "
                + "quiz with the attempt's score.</p>");
        if (error != null) {
            body.append("<p class=\"problem\" id=\"lti-error\">").append(LtiPages.esc(error)).append("</p>");
        }
        body.append("<form method=\"post\" action=\"").append(LtiEndpoints.DEEP_LINK_PICKER).append("\">");
        if (csrf != null) {
            body.append("<input type=\"hidden\" name=\"").append(LtiPages.esc(csrf.getParameterName()))
                    .append("\" value=\"").append(LtiPages.esc(csrf.getToken())).append("\">");
        }
        String type = dl.acceptMultiple() ? "checkbox" : "radio";
        for (DeepLinkingService.ChoiceGroup g : deepLinking.choices()) {
            body.append("<fieldset><legend>").append(LtiPages.esc(g.courseTitle())).append("</legend>");
            for (DeepLinkingService.Choice c : g.choices()) {
                body.append("<label><input type=\"").append(type).append("\" name=\"item\" value=\"")
                        .append(LtiPages.esc(c.key())).append("\"> <span class=\"kind\">")
                        .append(LtiPages.esc(c.kind())).append("</span> ").append(LtiPages.esc(c.title()))
                        .append("</label>");
            }
            body.append("</fieldset>");
        }
        body.append("<button class=\"button\" id=\"lti-add\" type=\"submit\">Add to the LMS course</button></form>");
        return LtiController.html(error == null ? HttpStatus.OK : HttpStatus.BAD_REQUEST,
                LtiPages.page("Choose content", body.toString()), framing.origins(), "");
    }

    private static LaunchService.@Nullable DeepLinkRequest pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null
                : (LaunchService.DeepLinkRequest) session.getAttribute(LtiController.DEEP_LINK_SESSION);
    }

    private ResponseEntity<String> expired() {
        return LtiController.html(HttpStatus.BAD_REQUEST, LtiPages.page("Start from the LMS",
                "<h1>Start from your LMS</h1><p>Choosing content starts in the LMS (\"Add activity\" → SMP "
                        + "Academy, or \"Select content\"). Open it there again.</p>"), framing.origins(), "");
    }
}
