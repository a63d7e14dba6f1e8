package com.smpacademy.course;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lesson Markdown reaches the page as safe HTML, whatever an author wrote. */
class LessonRendererTest {

    private static String render(String markdown) {
        return LessonRenderer.render(markdown, "/course-assets/c/01-m/");
    }

    @Test
    void scriptsEventHandlersFramesAndJavascriptUrlsNeverReachThePage() {
        String html = render("""
                Before.

                <script>alert('xss')</script>

                <img src="x" onerror="alert('xss')">

                <a href="javascript:alert(1)" onclick="steal()">click</a>

                <iframe src="https://evil.example"></iframe>

                [md link](javascript:alert(2))

                <div style="background:url(javascript:alert(3))">styled</div>

                After.
                """);
        String lower = html.toLowerCase();
        assertThat(lower).doesNotContain("<script", "alert(", "onerror", "onclick", "javascript:", "<iframe",
                "style=");
        assertThat(html).contains("Before.", "After.");
    }

    @Test
    void tablesHeadingAnchorsAndRelativeImagesSurvive() {
        String html = render("""
                ## Needle sizes

                | Group | mm |
                | --- | --- |
                | 1RL | 0.25 |

                ![Skin layers](assets/skin.svg)
                """);
        assertThat(html).contains("<h2 id=\"needle-sizes\">", "<table>", "<td>0.25</td>",
                "src=\"/course-assets/c/01-m/assets/skin.svg\"", "alt=\"Skin layers\"");
    }

    @Test
    void externalLinksOpenSafelyInANewTab() {
        String html = render("[OSHA](https://www.osha.gov/laws-regs/regulations/standardnumber/1910/1910.1030)");
        assertThat(html).contains("href=\"https://www.osha.gov/", "target=\"_blank\"", "noopener");
    }
}
