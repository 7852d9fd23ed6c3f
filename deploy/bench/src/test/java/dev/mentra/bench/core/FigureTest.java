package dev.mentra.bench.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FigureTest {

    private static Stats stats(String what, double perSecond, double p50, double p99) {
        return Stats.of(what, new LatencySummary(100, p50, p50, p99, p99), perSecond, 0);
    }

    @Test
    void ratiosAreMeasuredOverBaseline() {
        Figure figure = Figure.against(stats("gateway", 4000, 3, 9), stats("nginx", 5000, 2, 6));
        assertThat(figure.throughputRatio()).isCloseTo(0.8, within(1e-9));
        assertThat(figure.p50Ratio()).isCloseTo(1.5, within(1e-9));
        assertThat(figure.p99Ratio()).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void aRatioToNothingIsUnknown() {
        assertThat(Figure.ratio(1, 0)).isNaN();
        assertThat(Figure.ratio(Double.NaN, 2)).isNaN();
        assertThat(Figure.alone(stats("race", Double.NaN, 3, 9)).throughputRatio()).isNaN();
    }

    @Test
    void targetsSayWhetherTheyAreMet() {
        assertThat(Target.atLeast("gateway / nginx", 0.79, "", 0.8).met()).isFalse();
        assertThat(Target.atMost("added p50", 0.7, "ms", 1).met()).isTrue();
        assertThat(Target.atMost("added p50", 0.7, "ms", 1).goal()).isEqualTo("≤ 1 ms");
    }
}
