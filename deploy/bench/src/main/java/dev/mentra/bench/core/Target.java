package dev.mentra.bench.core;

/**
 * A target of issue 13 and how this run did against it.
 *
 * @param what   e.g. "gateway / nginx throughput"
 * @param value  the measured value, in {@code unit}
 * @param goal   the target, in words ("≥ 0.8")
 * @param met    whether the value meets it
 */
public record Target(String what, double value, String unit, String goal, boolean met) {

    public static Target atLeast(String what, double value, String unit, double goal) {
        return new Target(what, value, unit, "≥ " + Format.number(goal) + unitSuffix(unit), value >= goal);
    }

    public static Target atMost(String what, double value, String unit, double goal) {
        return new Target(what, value, unit, "≤ " + Format.number(goal) + unitSuffix(unit), value <= goal);
    }

    public static Target exactly(String what, double value, String unit, double goal) {
        return new Target(what, value, unit, "= " + Format.number(goal) + unitSuffix(unit), value == goal);
    }

    private static String unitSuffix(String unit) {
        return unit == null || unit.isEmpty() ? "" : " " + unit;
    }
}
