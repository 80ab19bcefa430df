package dev.collage.shell.compose;

import gg.jte.TemplateOutput;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An operator's layout as a plain HTML file, the way Tailor takes its templates: slots are
 * placed with {@code <collage-slot name="reviews"></collage-slot>}, and the shell adds the
 * apps' stylesheets and scripts just before {@code </head>} and the late slots just before
 * {@code </body>}. The file is read and split once, at start.
 */
final class HtmlLayout {

    private static final Pattern MARKER = Pattern.compile(
            "<collage-slot\\s+name=\"([a-z][a-z0-9-]*)\"\\s*(?:/>|>\\s*</collage-slot>)|</head>|</body>",
            Pattern.CASE_INSENSITIVE);

    /** One piece of the page, in document order. */
    private sealed interface Part {}

    private record Text(String html) implements Part {}

    private record Slot(String name) implements Part {}

    private record HeadEnd() implements Part {}

    private record BodyEnd() implements Part {}

    private final List<Part> parts;
    private final Set<String> slots;

    private HtmlLayout(List<Part> parts, Set<String> slots) {
        this.parts = List.copyOf(parts);
        this.slots = Set.copyOf(slots);
    }

    /** Splits {@code html}, or says what is wrong with it. */
    static HtmlLayout parse(String html) {
        var parts = new ArrayList<Part>();
        var slots = new LinkedHashSet<String>();
        int heads = 0;
        int bodies = 0;
        Matcher m = MARKER.matcher(html);
        int from = 0;
        while (m.find()) {
            parts.add(new Text(html.substring(from, m.start())));
            String marker = m.group().toLowerCase(Locale.ROOT);
            if (marker.equals("</head>")) {
                parts.add(new HeadEnd());
                heads++;
            } else if (marker.equals("</body>")) {
                parts.add(new BodyEnd());
                bodies++;
            } else if (!slots.add(m.group(1))) {
                throw new IllegalArgumentException("places the slot '" + m.group(1) + "' twice");
            } else {
                parts.add(new Slot(m.group(1)));
            }
            from = m.end();
        }
        parts.add(new Text(html.substring(from)));
        if (heads != 1 || bodies != 1) {
            throw new IllegalArgumentException(
                    "must have exactly one </head> and one </body>, has " + heads + " and " + bodies);
        }
        if (html.toLowerCase(Locale.ROOT).split("<collage-slot", -1).length - 1 != slots.size()) {
            throw new IllegalArgumentException(
                    "has a <collage-slot> that is not written <collage-slot name=\"…\">" + "</collage-slot>");
        }
        return new HtmlLayout(parts, slots);
    }

    Set<String> slots() {
        return slots;
    }

    void render(PageView page, TemplateOutput output, Layouts layouts) {
        for (Part part : parts) {
            if (part instanceof Text text) {
                output.writeContent(text.html());
            } else if (part instanceof Slot slot) {
                page.slot(slot.name()).writeTo(output);
            } else if (part instanceof HeadEnd) {
                layouts.renderPageAssets(page, output);
                output.writeContent("</head>");
            } else {
                page.lateSlots().writeTo(output);
                output.writeContent("</body>");
            }
        }
    }
}
