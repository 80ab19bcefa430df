package dev.collage.conformance;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Whether a piece of HTML is a fragment a shell can place in a page: exactly one root element,
 * nothing but white space and comments beside it, and no document-level tags.
 */
final class FragmentShape {

    private static final Pattern DOCUMENT_TAG =
            Pattern.compile("<\\s*(!doctype|html|head|body)[\\s>]", Pattern.CASE_INSENSITIVE);

    private FragmentShape() {}

    /** Why {@code html} is not a fragment, if it is not. */
    static Optional<String> problem(String html) {
        var documentTag = DOCUMENT_TAG.matcher(html);
        if (documentTag.find()) {
            return Optional.of("a fragment must not contain <" + documentTag.group(1) + ">");
        }
        List<Node> nodes = Jsoup.parseBodyFragment(html).body().childNodes();
        long elements = nodes.stream().filter(n -> n instanceof Element).count();
        boolean strayText = nodes.stream()
                .anyMatch(n -> n instanceof TextNode t && !t.isBlank()
                        || !(n instanceof Element || n instanceof TextNode || n instanceof Comment));
        if (elements != 1 || strayText) {
            return Optional.of("a fragment must be exactly one root element, found " + elements + " element(s)"
                    + (strayText ? " and text outside them" : ""));
        }
        return Optional.empty();
    }
}
