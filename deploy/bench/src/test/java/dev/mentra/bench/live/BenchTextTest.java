package dev.mentra.bench.live;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BenchTextTest {

    @Test
    void readsBackWhatItWrites() {
        BenchText text = new BenchText("run7", 42, 123456789L);
        assertThat(BenchText.parse(text.text(), "run7")).contains(text);
    }

    @Test
    void ignoresOtherRunsAndOrdinaryText() {
        assertThat(BenchText.parse(new BenchText("run7", 1, 2).text(), "run8")).isEmpty();
        assertThat(BenchText.parse("hello there", "run7")).isEmpty();
        assertThat(BenchText.parse("bench run7 x 2", "run7")).isEmpty();
        assertThat(BenchText.parse(null, "run7")).isEmpty();
    }
}
