package dev.collage.shell.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CacheControlTest {

    @Test
    void readsMaxAgeAndTheStaleExtensions() {
        var control =
                CacheControl.parse(Optional.of("public, max-age=60, stale-while-revalidate=30, stale-if-error=600"));

        assertThat(control)
                .isEqualTo(new CacheControl(
                        true, Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofSeconds(600)));
    }

    @Test
    void aSharedCacheTakesSMaxAgeOverMaxAge() {
        assertThat(CacheControl.parse(Optional.of("max-age=60, s-maxage=5")).maxAge())
                .isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void privateNoStoreAndNothingAtAllAreNotStored() {
        assertThat(CacheControl.parse(Optional.of("private, max-age=60")).storable())
                .isFalse();
        assertThat(CacheControl.parse(Optional.of("no-store")).storable()).isFalse();
        assertThat(CacheControl.parse(Optional.empty()).storable()).isFalse();
        assertThat(CacheControl.parse(Optional.of("max-age=0")).storable()).isFalse();
    }

    @Test
    void noCacheIsKeptOnlyToStandInOnError() {
        var control = CacheControl.parse(Optional.of("no-cache, stale-if-error=60"));

        assertThat(control.storable()).isTrue();
        assertThat(control.maxAge()).isZero();
    }

    @Test
    void nonsenseValuesCountAsZero() {
        assertThat(CacheControl.parse(Optional.of("max-age=soon")).storable()).isFalse();
        assertThat(CacheControl.parse(Optional.of("max-age=99999999999")).maxAge())
                .isEqualTo(Duration.ofDays(365));
    }
}
