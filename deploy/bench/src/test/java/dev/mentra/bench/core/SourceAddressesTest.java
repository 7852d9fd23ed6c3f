package dev.mentra.bench.core;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceAddressesTest {

    @Test
    void addressesAreDistinctLoopbackHostAddresses() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String address = SourceAddresses.address(i);
            assertThat(address).startsWith("127.");
            assertThat(address).doesNotEndWith(".0").doesNotEndWith(".255");
            assertThat(seen.add(address)).isTrue();
        }
        assertThat(SourceAddresses.address(0)).isEqualTo("127.10.0.1");
        assertThat(SourceAddresses.address(254)).isEqualTo("127.10.1.1");
    }

    @Test
    void theRangeEndsWithinLoopback() {
        assertThat(SourceAddresses.address(SourceAddresses.capacity() - 1)).isEqualTo("127.254.253.254");
        assertThatThrownBy(() -> SourceAddresses.address(SourceAddresses.capacity()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
