package dev.collage.bench.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HangScenarioTest {

    @Test
    void readsTheOutcomeOfTheLateCopyFirst() {
        String page = "<div class=\"collage-slot\" id=\"collage-slot-b\" data-slot=\"b\" data-app=\"hang\""
                + " data-outcome=\"pending\"></div>…<div class=\"collage-late\" id=\"collage-late-b\" data-slot=\"b\""
                + " data-app=\"hang\" data-outcome=\"timeout\" data-ms=\"501\">x</div>";
        assertThat(HangScenario.outcomeOfSlotB(page)).isEqualTo("timeout");
    }

    @Test
    void readsTheInOrderSlotWhenNothingCameLate() {
        String page = "<div class=\"collage-slot\" id=\"collage-slot-b\" data-slot=\"b\" data-app=\"hang\""
                + " data-outcome=\"circuit-open\" data-ms=\"0\">fallback</div>";
        assertThat(HangScenario.outcomeOfSlotB(page)).isEqualTo("circuit-open");
    }

    @Test
    void compressesRunsOfOutcomes() {
        assertThat(HangScenario.compress("timeout,timeout,circuit-open,circuit-open,circuit-open"))
                .isEqualTo("timeout×2 circuit-open×3");
    }
}
