package dev.collage.shell.compose;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collage.shell.config.ConfigException;
import dev.collage.shell.config.ConfigLoader;
import dev.collage.shell.web.Templates;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayoutsTest {

    private static final String PAGE = """
            apps:
              weather: { manifest: "http://127.0.0.1:1/manifest.json" }
            pages:
              - path: /
                layout: %s
                slots:
                  %s: { app: weather }
            """;

    private final Layouts layouts = new Layouts(new Templates());

    @Test
    void everyPageOfTheBuiltInConfigPlacesAllItsSlots() {
        assertThatCode(() ->
                        layouts.check(new ConfigLoader(Map.of()).loadBuiltIn().pages()))
                .doesNotThrowAnyException();
    }

    @Test
    void aSlotTheLayoutNeverPlacesStopsTheShell() {
        var pages = new ConfigLoader(Map.of())
                .parse(PAGE.formatted("home", "sidebar"), "shop.yaml")
                .pages();

        assertThatThrownBy(() -> layouts.check(pages))
                .isInstanceOf(ConfigException.class)
                .hasMessage("shop.yaml:7: slot 'sidebar' of page / is not placed by layout 'home', which places:"
                        + " picks, forecast");
    }

    @Test
    void aLayoutThatDoesNotExistStopsTheShell() {
        var pages = new ConfigLoader(Map.of())
                .parse(PAGE.formatted("checkout", "forecast"), "shop.yaml")
                .pages();

        assertThatThrownBy(() -> layouts.check(pages))
                .hasMessageStartingWith("shop.yaml:4: layout 'checkout' of page / cannot be rendered");
    }
}
