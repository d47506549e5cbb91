package org.zhanaozen.kiosk.importer;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * TimelineJS's HTML as the kiosk shows text: plain, entities decoded, links as their words, nothing that runs.
 * Paragraphs and line breaks survive as line breaks; runs of spaces inside them fold to one, as a browser shows them.
 */
final class PlainText {

    /** Elements that begin a line of their own. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "section", "article", "header", "footer", "table", "tr", "pre", "figure", "figcaption");
    /** Elements whose content is not text a reader sees. */
    private static final Set<String> UNSEEN = Set.of("script", "style", "iframe", "object", "embed", "noscript",
            "template");

    private PlainText() {
    }

    /** The text of an HTML fragment, or null when there is no visible text in it. */
    static String of(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode words && !insideUnseen(words)) {
                    text.append(words.text());
                } else if (node instanceof Element element) {
                    if (element.normalName().equals("br")) {
                        text.append('\n');
                    } else if (BLOCKS.contains(element.normalName())) {
                        text.append('\n');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    text.append('\n');
                }
            }
        });
        String plain = text.toString()
                .replace('\u00A0', ' ')
                .replaceAll("[ \\t]+", " ")
                .replaceAll(" ?\\n ?", "\n")
                .replaceAll("\\n{2,}", "\n")
                .strip();
        return plain.isEmpty() ? null : plain;
    }

    private static boolean insideUnseen(Node node) {
        for (Node parent = node.parentNode(); parent != null; parent = parent.parentNode()) {
            if (parent instanceof Element element && UNSEEN.contains(element.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** The paragraphs of an HTML fragment, for texts the kiosk shows paragraph by paragraph. */
    static List<String> paragraphs(String html) {
        String plain = of(html);
        return plain == null ? List.of() : plain.lines().toList();
    }
}
