package dev.collage.shell.testing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A streamed page as the browser ends up with it: every late fragment moved into its slot's
 * placeholder, as the page's own script does, so a test can read any slot the same way
 * whether it arrived in order or late.
 */
public final class ComposedPage {

    private ComposedPage() {}

    public static Document parse(String html) {
        Document page = Jsoup.parse(html);
        for (Element late : page.select(".collage-late")) {
            Element slot = page.getElementById("collage-slot-" + late.attr("data-slot"));
            if (slot == null) {
                throw new AssertionError("late slot " + late.attr("data-slot") + " has no placeholder");
            }
            for (Attribute attribute : late.attributes()) {
                if (attribute.getKey().startsWith("data-")) {
                    slot.attr(attribute.getKey(), attribute.getValue());
                }
            }
            slot.removeAttr("aria-busy").empty().appendChildren(late.childNodesCopy());
            late.remove();
        }
        return page;
    }
}
