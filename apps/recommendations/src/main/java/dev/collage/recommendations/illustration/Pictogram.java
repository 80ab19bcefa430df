package dev.collage.recommendations.illustration;

import dev.collage.recommendations.catalog.Category;
import dev.collage.recommendations.illustration.Palette.Role;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One simple drawing per category, made of flat shapes in a 120 x 90 box and painted per
 * product. Drawn by hand in this file so the shop needs no image files and no external host,
 * and the pictures stay crisp at any size.
 */
final class Pictogram {

    static final int WIDTH = 120;
    static final int HEIGHT = 90;

    /** A shape of a pictogram before it is painted. */
    record Part(String d, Role role, boolean evenOdd) {
        static Part of(Role role, String d) {
            return new Part(d, role, false);
        }
    }

    private static final Map<Category, List<Part>> PARTS = new EnumMap<>(Category.class);

    static {
        PARTS.put(
                Category.JACKETS,
                List.of(
                        Part.of(
                                Role.MAIN,
                                "M45 16 L33 21 L22 29 L15 62 L27 65 L33 42 L34 76 L86 76 L87 42 L93 65 L105 62"
                                        + " L98 29 L87 21 L75 16 Q60 26 45 16 Z"),
                        Part.of(Role.SHADE, "M45 16 Q60 3 75 16 Q60 26 45 16 Z"),
                        Part.of(Role.SHADE, "M15 62 L27 65 L26 70 L14 67 Z"),
                        Part.of(Role.SHADE, "M105 62 L93 65 L94 70 L106 67 Z"),
                        Part.of(Role.SHADE, "M39 54 H52 V57 H39 Z"),
                        Part.of(Role.SHADE, "M68 54 H81 V57 H68 Z"),
                        Part.of(Role.INK, "M59 23 H61 V76 H59 Z")));
        PARTS.put(
                Category.LAYERS,
                List.of(
                        Part.of(
                                Role.MAIN,
                                "M44 17 L30 23 L20 31 L13 63 L25 66 L33 43 L34 72 L86 72 L87 43 L95 66 L107 63"
                                        + " L100 31 L90 23 L76 17 L68 20 H52 Z"),
                        Part.of(Role.SHADE, "M44 17 L52 20 H68 L76 17 L74 11 H46 Z"),
                        Part.of(Role.SHADE, "M34 72 H86 V78 H34 Z"),
                        Part.of(Role.SHADE, "M13 63 L25 66 L24 71 L12 68 Z"),
                        Part.of(Role.SHADE, "M107 63 L95 66 L96 71 L108 68 Z"),
                        Part.of(Role.LIGHT, "M67 31 H78 V40 H67 Z"),
                        Part.of(Role.INK, "M59 12 H61 V36 H59 Z")));
        PARTS.put(
                Category.FOOTWEAR,
                List.of(
                        Part.of(Role.INK, "M20 66 H102 Q104 66 104 69 V72 Q104 77 99 77 H25 Q20 77 20 72 Z"),
                        Part.of(Role.MAIN, "M26 66 L28 16 H56 L58 40 L88 50 Q100 54 100 62 V66 Z"),
                        Part.of(Role.SHADE, "M28 16 H56 L56.6 24 H27.6 Z"),
                        Part.of(Role.SHADE, "M84 48.7 Q100 54 100 62 V66 H80 Q80 56 84 48.7 Z"),
                        Part.of(Role.SHADE, "M26 66 L27 44 Q37 48 38 66 Z"),
                        Part.of(Role.LIGHT, "M44 28 H56.8 V31 H44 Z"),
                        Part.of(Role.LIGHT, "M45 35 H57.3 V38 H45 Z"),
                        Part.of(Role.LIGHT, "M60 42 L70 45.4 L69 48.4 L59 45 Z")));
        PARTS.put(
                Category.PACKS,
                List.of(
                        Part.of(Role.INK, "M54 7 H66 Q71 7 71 12 V16 H66 V12 H54 V16 H49 V12 Q49 7 54 7 Z"),
                        Part.of(Role.MAIN, "M40 24 Q40 14 50 14 H70 Q80 14 80 24 V72 Q80 80 72 80 H48 Q40 80 40 72 Z"),
                        Part.of(Role.SHADE, "M40 24 Q40 14 50 14 H70 Q80 14 80 24 V34 Q60 39 40 34 Z"),
                        Part.of(Role.SHADE, "M47 50 H73 V68 Q73 73 68 73 H52 Q47 73 47 68 Z"),
                        Part.of(Role.LIGHT, "M50 34 H54 V56 H50 Z"),
                        Part.of(Role.LIGHT, "M66 34 H70 V56 H66 Z"),
                        Part.of(Role.LIGHT, "M47 58 H73 V60 H47 Z")));
        PARTS.put(
                Category.TENTS,
                List.of(
                        Part.of(Role.MAIN, "M14 74 L60 14 L106 74 Z"),
                        Part.of(Role.SHADE, "M60 14 L106 74 H84 Z"),
                        Part.of(Role.LIGHT, "M60 30 L45 74 H75 Z"),
                        Part.of(Role.INK, "M60 45 L51 74 H69 Z"),
                        Part.of(Role.INK, "M59 8 H61 V16 H59 Z"),
                        Part.of(Role.INK, "M8 74 H112 V78 H8 Z")));
        PARTS.put(
                Category.SLEEPING,
                List.of(
                        Part.of(Role.SHADE, "M16 64 H108 V70 Q108 73 105 73 H19 Q16 73 16 70 Z"),
                        Part.of(Role.MAIN, "M22 46 Q22 28 40 28 H92 Q106 30 106 46 Q106 62 92 64 H40 Q22 64 22 46 Z"),
                        Part.of(Role.SHADE, "M27 46 Q27 35 38 35 Q49 35 49 46 Q49 57 38 57 Q27 57 27 46 Z"),
                        Part.of(Role.INK, "M32 46 Q32 40 38 40 Q44 40 44 46 Q44 52 38 52 Q32 52 32 46 Z"),
                        Part.of(Role.LIGHT, "M59 29 H62 V63 H59 Z"),
                        Part.of(Role.LIGHT, "M73 29 H76 V63 H73 Z"),
                        Part.of(Role.LIGHT, "M87 29.5 H90 V62.5 H87 Z")));
        PARTS.put(
                Category.COOKING,
                List.of(
                        Part.of(
                                Role.FLAME,
                                "M50 84 Q44 76 52 68 Q52 74 56 75 Q54 68 60 62 Q68 70 65 77 Q69 75 69 70"
                                        + " Q76 78 70 84 Z"),
                        Part.of(Role.INK, "M21 37 H34 V42 H21 Z"),
                        Part.of(Role.INK, "M86 37 H99 V42 H86 Z"),
                        Part.of(Role.MAIN, "M32 31 H88 V56 Q88 64 80 64 H40 Q32 64 32 56 Z"),
                        Part.of(Role.LIGHT, "M32 40 H88 V43 H32 Z"),
                        Part.of(Role.SHADE, "M28 25 H92 Q94 25 94 27 V31 H26 V27 Q26 25 28 25 Z"),
                        Part.of(Role.INK, "M54 18 H66 V25 H54 Z")));
        PARTS.put(
                Category.CLIMBING,
                List.of(
                        new Part(
                                "M48 10 H70 Q92 10 92 34 V56 Q92 80 68 80 H52 Q28 80 28 56 V28 Q28 10 48 10 Z"
                                        + " M50 21 Q39 21 39 30 V56 Q39 69 54 69 H66 Q81 69 81 55 V35 Q81 21 68 21 Z",
                                Role.MAIN,
                                true),
                        Part.of(Role.SHADE, "M26 28 H41 V52 H26 Z"),
                        Part.of(Role.INK, "M25 50 H42 V62 H25 Z"),
                        Part.of(Role.LIGHT, "M28 54 H39 V56 H28 Z")));
        PARTS.put(
                Category.ACCESSORIES,
                List.of(
                        Part.of(Role.MAIN, "M22 58 Q22 20 57 20 Q92 20 92 58 Z"),
                        Part.of(Role.SHADE, "M70 55 H106 Q114 55 113 61 Q112 66 104 66 H70 Z"),
                        Part.of(Role.SHADE, "M22 54 H92 V62 H22 Z"),
                        Part.of(Role.LIGHT, "M56 21 H58 V54 H56 Z"),
                        Part.of(Role.LIGHT, "M37 38 A3 3 0 1 0 43 38 A3 3 0 1 0 37 38 Z"),
                        Part.of(Role.INK, "M53 14 H61 V20 H53 Z")));
    }

    private Pictogram() {}

    static List<Part> of(Category category) {
        List<Part> parts = PARTS.get(category);
        if (parts == null) {
            throw new IllegalStateException("no pictogram for category " + category.key());
        }
        return parts;
    }
}
