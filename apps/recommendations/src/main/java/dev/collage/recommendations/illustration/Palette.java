package dev.collage.recommendations.illustration;

import java.util.Locale;

/**
 * The colours of one product's picture, all derived from its catalog colour, so one field per
 * product is enough and every picture has the same light-to-dark rhythm.
 */
record Palette(String main, String shade, String light, String tile) {

    static final String INK = "#1f2a24";
    /** Fire is fire-coloured whatever the stove's colour. */
    static final String FLAME = "#e8912d";

    static Palette of(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return new Palette(
                hex(rgb), hex(mix(rgb, 0x000000, 0.28)), hex(mix(rgb, 0xffffff, 0.55)), hex(mix(rgb, 0xffffff, 0.86)));
    }

    String colourOf(Role role) {
        return switch (role) {
            case MAIN -> main;
            case SHADE -> shade;
            case LIGHT -> light;
            case INK -> INK;
            case FLAME -> FLAME;
        };
    }

    /** Which of the palette's colours a pictogram part is painted in. */
    enum Role {
        MAIN,
        SHADE,
        LIGHT,
        INK,
        FLAME
    }

    private static int mix(int rgb, int toward, double amount) {
        int r = channel(rgb >> 16, toward >> 16, amount);
        int g = channel(rgb >> 8, toward >> 8, amount);
        int b = channel(rgb, toward, amount);
        return (r << 16) | (g << 8) | b;
    }

    private static int channel(int from, int to, double amount) {
        int a = from & 0xff;
        int b = to & 0xff;
        return (int) Math.round(a + (b - a) * amount);
    }

    private static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xffffff);
    }
}
