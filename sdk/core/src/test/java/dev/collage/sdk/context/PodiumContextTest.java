package dev.collage.sdk.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PodiumContextTest {

    @Test
    void readsTheHeadersASendsAndWritesThemBack() {
        var sent = Map.of(
                "podium-locale", "nb-NO",
                "podium-device-type", "mobile",
                "podium-public-pathname", "/apps/weather/",
                "podium-debug", "true",
                "traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");

        var context = PodiumContext.from(sent::get);

        assertThat(context.locale()).isEqualTo("nb-NO");
        assertThat(context.debug()).isTrue();
        assertThat(context.toHeaders()).containsAllEntriesOf(sent);
    }

    @Test
    void missingHeadersGetDefaultsSoAnAppCanBeCalledByHand() {
        var context = PodiumContext.from(name -> null);

        assertThat(context.locale()).isEqualTo("en-US");
        assertThat(context.publicPath("api")).isEqualTo("/api");
        assertThat(context.toHeaders()).doesNotContainKey("traceparent");
    }

    @Test
    void publicPathJoinsWithOrWithoutATrailingSlash() {
        assertThat(new PodiumContext(null, null, null, null, "/apps/w/", null, false, null).publicPath("api"))
                .isEqualTo("/apps/w/api");
        assertThat(new PodiumContext(null, null, null, null, "/apps/w", null, false, null).publicPath("api"))
                .isEqualTo("/apps/w/api");
    }
}
