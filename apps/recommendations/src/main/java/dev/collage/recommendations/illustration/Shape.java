package dev.collage.recommendations.illustration;

/**
 * One filled SVG path of an illustration.
 *
 * @param d the path data, from the app's own pictograms (never from a request or the catalog)
 * @param fill a {@code #rrggbb} colour
 * @param evenOdd whether inner sub-paths cut holes (a carabiner's ring)
 */
public record Shape(String d, String fill, boolean evenOdd) {

    /** The SVG {@code fill-rule}. */
    public String fillRule() {
        return evenOdd ? "evenodd" : "nonzero";
    }
}
