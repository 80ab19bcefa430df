package dev.collage.sdk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ListenTest {

    @Test
    void defaultsToLoopbackAndTheGivenPort() {
        assertThat(Listen.fromEnvironment(Map.of(), 7101)).isEqualTo(new Listen("127.0.0.1", 7101));
    }

    @Test
    void takesHostAndPortFromTheEnvironment() {
        assertThat(Listen.fromEnvironment(Map.of("HOST", "0.0.0.0", "PORT", "9000"), 7101))
                .isEqualTo(new Listen("0.0.0.0", 9000));
    }

    @Test
    void aPortThatIsNotANumberIsNamed() {
        assertThatThrownBy(() -> Listen.fromEnvironment(Map.of("PORT", "eighty"), 7101))
                .hasMessage("PORT must be a number from 0 to 65535, was 'eighty'");
        assertThatThrownBy(() -> Listen.fromEnvironment(Map.of("PORT", "70000"), 7101))
                .hasMessageContaining("was '70000'");
    }
}
