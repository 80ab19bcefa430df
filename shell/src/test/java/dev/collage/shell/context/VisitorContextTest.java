package dev.collage.shell.context;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisitorContextTest {

    @Test
    void theLocaleIsTheFirstWellFormedLanguageTheBrowserAsksFor() {
        assertThat(VisitorContext.locale("nb-NO,nb;q=0.9,en;q=0.8", "en-US")).isEqualTo("nb-NO");
        assertThat(VisitorContext.locale("de", "en-US")).isEqualTo("de");
        assertThat(VisitorContext.locale("<script>,fr-CA", "en-US")).isEqualTo("fr-CA");
        assertThat(VisitorContext.locale("*", "en-US")).isEqualTo("en-US");
        assertThat(VisitorContext.locale(null, "en-GB")).isEqualTo("en-GB");
    }

    @Test
    void theDeviceTypeComesFromTheUserAgent() {
        assertThat(VisitorContext.deviceType("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) Mobile/15E148"))
                .isEqualTo("mobile");
        assertThat(VisitorContext.deviceType("Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)"))
                .isEqualTo("tablet");
        assertThat(VisitorContext.deviceType("Mozilla/5.0 (X11; Linux x86_64) Chrome/130"))
                .isEqualTo("desktop");
        assertThat(VisitorContext.deviceType(null)).isEqualTo("desktop");
    }

    @Test
    void aValidTraceIsContinuedWithANewSpan() {
        String incoming = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

        String child = VisitorContext.childTraceparent(incoming);

        assertThat(child)
                .startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-")
                .endsWith("-01")
                .isNotEqualTo(incoming);
    }

    @Test
    void aMissingOrBrokenTraceStartsANewOne() {
        assertThat(VisitorContext.childTraceparent(null)).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(VisitorContext.childTraceparent("00-" + "0".repeat(32) + "-00f067aa0ba902b7-01"))
                .doesNotContain("0".repeat(32));
        assertThat(VisitorContext.childTraceparent("garbage")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }

    @Test
    void appsGetTheirOwnPublicPathname() {
        var visitor = new VisitorContext(
                "en-US", "desktop", "http://shop", "/products/1", "00-a-b-01", "0".repeat(32), false);

        assertThat(visitor.forApp("reviews", "1.4.0").publicPathname()).isEqualTo("/apps/reviews/@1.4.0/");
        assertThat(visitor.forApp("reviews", "1.4.0").requestedBy()).isEqualTo("collage-shell");
    }
}
