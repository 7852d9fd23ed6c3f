package dev.mentra.bench.core;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with columns as wide as their widest cell; the first column left-aligned, the rest right. */
public final class ConsoleTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public ConsoleTable(String... header) {
        this.header = List.of(header);
    }

    public ConsoleTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    public String render() {
        int[] widths = new int[header.size()];
        for (List<String> row : allRows()) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        appendRow(text, header, widths);
        for (int i = 0; i < widths.length; i++) {
            text.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
        }
        text.append(System.lineSeparator());
        for (List<String> row : rows) {
            appendRow(text, row, widths);
        }
        return text.toString();
    }

    public void print(PrintStream out) {
        out.print(render());
    }

    /** The measured figures with their baselines, as every benchmark prints them. */
    public static ConsoleTable of(BenchResult result) {
        ConsoleTable table = new ConsoleTable("what", "count", "p50 ms", "p95 ms", "p99 ms", "max ms", "per s",
                "errors", "lost", "dup", "× baseline (per s, p50)");
        for (Figure figure : result.figures()) {
            table.statsRow(figure.measured(), figure.baseline() == null ? ""
                    : Format.ratio(figure.throughputRatio()) + ", " + Format.ratio(figure.p50Ratio())
                    + " of: " + figure.baseline().what());
        }
        return table;
    }

    private void statsRow(Stats s, String ratio) {
        LatencySummary l = s.latency();
        row(s.what(), Long.toString(l.count()), Format.number(l.p50()), Format.number(l.p95()),
                Format.number(l.p99()), Format.number(l.max()), Format.number(s.throughputPerSecond()),
                Long.toString(s.errors()), s.lost() < 0 ? "–" : Long.toString(s.lost()),
                s.duplicated() < 0 ? "–" : Long.toString(s.duplicated()), ratio);
    }

    private List<List<String>> allRows() {
        List<List<String>> all = new ArrayList<>(rows);
        all.add(header);
        return all;
    }

    private static void appendRow(StringBuilder text, List<String> row, int[] widths) {
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i);
            String pad = " ".repeat(widths[i] - cell.length());
            boolean last = i == row.size() - 1;
            text.append(i == 0 ? "" : "  ").append(i == 0 || last ? cell + (last ? "" : pad) : pad + cell);
        }
        text.append(System.lineSeparator());
    }
}
