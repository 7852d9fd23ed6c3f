package dev.mentra.bench.faults;

import dev.mentra.bench.core.Stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one fault scenario found: the requests it tried, the faults it injected, what was lost or duplicated, and how
 * long the system took to recover once the fault was over (NaN: it did not within the drain time), with the details
 * that explain the figures.
 */
final class ScenarioReport {

    final String scenario;
    final String fault;
    long tried;
    long faults;
    long lost;
    long duplicated;
    double recoverySeconds = Double.NaN;
    /** What "recovered" means in this scenario, in words. */
    String recoveredWhen = "";
    final Map<String, Object> details = new LinkedHashMap<>();
    final List<Stats> figures = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    ScenarioReport(String scenario, String fault) {
        this.scenario = scenario;
        this.fault = fault;
    }

    ScenarioReport detail(String name, Object value) {
        details.put(name, value);
        return this;
    }

    boolean recovered() {
        return !Double.isNaN(recoverySeconds);
    }

    /** The scenario's line in the result's sizes (the JSON file keeps it whole). */
    Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("fault", fault);
        summary.put("requests tried", tried);
        summary.put("faults injected", faults);
        summary.put("lost", lost);
        summary.put("duplicated", duplicated);
        summary.put("recovery seconds", recovered() ? Math.round(recoverySeconds * 100) / 100.0 : "not recovered");
        summary.put("recovered when", recoveredWhen);
        summary.putAll(details);
        return summary;
    }
}
