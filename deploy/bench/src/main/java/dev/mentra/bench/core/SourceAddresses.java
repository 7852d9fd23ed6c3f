package dev.mentra.bench.core;

/**
 * Loopback addresses for load generators to bind their sockets to, spread over 127.0.0.0/8, so that per-address
 * limits (the gateway's anonymous bucket, identity's sign-in throttle) see many modest clients instead of one
 * loud one, and are never lifted. Linux answers on all of 127.0.0.0/8 without configuration.
 */
public final class SourceAddresses {

    /** 127.10.0.1 upwards: clear of 127.0.0.1 and 127.0.1.1, which other tools on the machine use. */
    private static final int FIRST_SECOND_OCTET = 10;
    private static final int PER_OCTET = 254;

    private SourceAddresses() {
    }

    /** The {@code index}-th address (0-based): 127.10.0.1, 127.10.0.2, …, 127.10.0.254, 127.10.1.1, … */
    public static String address(int index) {
        if (index < 0 || index >= capacity()) {
            throw new IllegalArgumentException("source address index out of range: " + index);
        }
        int c = index % PER_OCTET + 1;
        int b = (index / PER_OCTET) % PER_OCTET;
        int a = FIRST_SECOND_OCTET + index / (PER_OCTET * PER_OCTET);
        return "127." + a + "." + b + "." + c;
    }

    /** How many distinct addresses {@link #address} hands out. */
    public static int capacity() {
        return (255 - FIRST_SECOND_OCTET) * PER_OCTET * PER_OCTET;
    }
}
