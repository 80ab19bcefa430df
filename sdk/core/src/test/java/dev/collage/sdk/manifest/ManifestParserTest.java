package dev.collage.sdk.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ManifestParserTest {

    @Test
    void readsAPodiumManifestWithEveryField() {
        var manifest = ManifestParser.parse("""
                {"name":"weather","version":"1.4.0","content":"/content","fallback":"/fallback",
                 "css":[{"value":"/assets/w.css","type":"text/css"}],
                 "js":[{"value":"/assets/w.js","type":"module","async":true}],
                 "proxy":{"api":"/api"},"team":"ignored"}
                """, "test");

        assertThat(manifest.name()).isEqualTo("weather");
        assertThat(manifest.css()).containsExactly(new CssAsset("/assets/w.css", "text/css", null));
        assertThat(manifest.js()).containsExactly(new JsAsset("/assets/w.js", "module", true, false));
        assertThat(manifest.proxy()).containsEntry("api", "/api");
    }

    @Test
    void readsPodiumsOlderStringAssets() {
        var manifest = ManifestParser.parse("""
                {"name":"a","version":"1","content":"/c","css":["/a.css"],"js":["/a.js"]}
                """, "test");

        assertThat(manifest.css()).extracting(CssAsset::value).containsExactly("/a.css");
        assertThat(manifest.js()).extracting(JsAsset::value).containsExactly("/a.js");
    }

    @Test
    void namesEveryProblemAndTheSource() {
        assertThatThrownBy(() -> ManifestParser.parse("""
                        {"name":"Weather App","content":"../secret","js":[{"type":"bogus","value":"/x.js"}],
                         "proxy":{"a/b":"/api"}}
                        """, "http://127.0.0.1:7101/manifest.json"))
                .isInstanceOf(InvalidManifestException.class)
                .hasMessageContaining("http://127.0.0.1:7101/manifest.json")
                .hasMessageContaining("name 'Weather App' must match")
                .hasMessageContaining("version is missing")
                .hasMessageContaining("content '../secret' must not contain '.' or '..' segments")
                .hasMessageContaining("js[0].type 'bogus'")
                .hasMessageContaining("proxy name 'a/b'");
    }

    @Test
    void wrongTypesAreNamedNotCoerced() {
        assertThatThrownBy(() -> ManifestParser.parse("""
                        {"name":"a","version":1,"content":"/c","css":"x.css","proxy":{"api":5}}
                        """, "t"))
                .hasMessageContaining("version must be a string, not number")
                .hasMessageContaining("css must be an array")
                .hasMessageContaining("proxy.api must be a string");
    }

    @Test
    void notJsonSaysWhere() {
        assertThatThrownBy(() -> ManifestParser.parse("{\"name\": ", "t"))
                .hasMessageContaining("not JSON")
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> ManifestParser.parse("[1]", "t")).hasMessageContaining("must be a JSON object");
    }
}
