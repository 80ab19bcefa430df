package dev.collage.recommendations.illustration;

import java.util.List;

/**
 * A product's picture: its category's pictogram painted in its colours, as data, so the
 * server's template and the browser's script draw the same SVG and no markup is passed around.
 *
 * @param label what it shows, for where the picture is not decorative
 * @param width the width of the box all shapes are drawn in (SVG user units)
 * @param height the height of that box
 * @param background the tile behind the pictogram
 */
public record Illustration(String label, int width, int height, String background, List<Shape> shapes) {

    public Illustration {
        shapes = List.copyOf(shapes);
    }

    /** The SVG {@code viewBox}. */
    public String viewBox() {
        return "0 0 " + width + " " + height;
    }
}
