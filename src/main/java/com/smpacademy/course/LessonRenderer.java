package com.smpacademy.course;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Markdown to safe HTML. Relative links and images are pointed at the pack's assets, then everything passes
 * jsoup's allow-list: no script, no event handler, no iframe, no style, no javascript: URL ever reaches a page,
 * whatever an author (or an attacker with write access to a pack) puts in a lesson.
 */
final class LessonRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            HeadingAnchorExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addAttributes(":all", "id")
            .addAttributes("table", "class")
            .addAttributes("img", "loading")
            .addAttributes("a", "target", "rel")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);

    private LessonRenderer() {
    }

    /**
     * Renders a lesson. {@code assetBase} is the URL prefix of the lesson's module folder (e.g.
     * {@code /course-assets/smp-practitioner/03-needle-depth/}).
     */
    static String render(String markdown, String assetBase) {
        Node document = PARSER.parse(markdown);
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS)
                .attributeProviderFactory(context -> new AssetLinks(assetBase))
                .build();
        String html = renderer.render(document);
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "https://academy.invalid/", SAFELIST, output);
    }

    /** True for link targets that point inside the pack (and so must exist there). */
    static boolean isRelative(String target) {
        String t = target.trim().toLowerCase(java.util.Locale.ROOT);
        return !(t.isEmpty() || t.startsWith("#") || t.startsWith("/") || t.contains(":"));
    }

    private record AssetLinks(String assetBase) implements AttributeProvider {

        private static final Set<String> EXTERNAL_REL = Set.of("noopener", "noreferrer");

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Image && attributes.containsKey("src") && isRelative(attributes.get("src"))) {
                attributes.put("src", assetBase + attributes.get("src"));
                attributes.putIfAbsent("loading", "lazy");
            }
            if (node instanceof Link && attributes.containsKey("href")) {
                String href = attributes.get("href");
                if (isRelative(href)) {
                    attributes.put("href", assetBase + href);
                } else if (href.startsWith("http")) {
                    attributes.put("target", "_blank");
                    attributes.put("rel", String.join(" ", EXTERNAL_REL));
                }
            }
        }
    }
}
