package dev.mentra.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code grafana/mentra-overview.json} is a dashboard Grafana can import, and it charts only what the applications
 * really expose: every metric its PromQL names is in {@code grafana/metrics.txt}, for the application it filters on,
 * and every service's tests assert that list against their own {@code /q/metrics}. Every Mentra metric listed is
 * charted somewhere.
 */
class GrafanaDashboardTest {

    private static final Path DASHBOARD = Path.of("grafana", "mentra-overview.json");
    private static final Path METRICS = Path.of("grafana", "metrics.txt");
    private static final String DATASOURCE = "${datasource}";

    private static JsonNode dashboard;
    private static List<JsonNode> panels;
    private static Map<String, Set<String>> exposed;

    @BeforeAll
    static void read() throws IOException {
        dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
        panels = new ArrayList<>();
        dashboard.path("panels").forEach(p -> {
            panels.add(p);
            p.path("panels").forEach(panels::add); // collapsed rows keep their panels inside
        });
        exposed = listed(Files.readAllLines(METRICS));
    }

    @Test
    void isADashboardWithAStableUidAndADatasourceVariable() {
        assertThat(dashboard.path("uid").asText()).isEqualTo("mentra-overview");
        assertThat(dashboard.path("title").asText()).isNotBlank();
        assertThat(dashboard.path("schemaVersion").isInt()).isTrue();
        assertThat(dashboard.path("templating").path("list")).anySatisfy(variable -> {
            assertThat(variable.path("name").asText()).isEqualTo("datasource");
            assertThat(variable.path("type").asText()).isEqualTo("datasource");
            assertThat(variable.path("query").asText()).isEqualTo("prometheus");
        });
    }

    @Test
    void panelsHaveUniqueIdsFitTheGridAndQueryThroughTheVariable() {
        Set<Integer> ids = new HashSet<>();
        assertThat(panels).isNotEmpty().allSatisfy(panel -> {
            String title = panel.path("title").asText();
            assertThat(panel.path("id").isInt()).as("%s has an id", title).isTrue();
            assertThat(ids.add(panel.path("id").asInt())).as("id of %s is unique", title).isTrue();
            JsonNode grid = panel.path("gridPos");
            assertThat(grid.path("w").asInt() + grid.path("x").asInt()).as("%s fits 24 columns", title)
                    .isBetween(1, 24);
            assertThat(grid.path("h").asInt()).as("%s has a height", title).isPositive();
            if (!panel.path("type").asText().equals("row")) {
                assertThat(title).isNotBlank();
                assertThat(panel.path("datasource").path("uid").asText()).as(title).isEqualTo(DATASOURCE);
                assertThat(panel.path("targets")).as("%s has queries", title).isNotEmpty().allSatisfy(target -> {
                    assertThat(target.path("refId").asText()).isNotBlank();
                    assertThat(target.path("expr").asText()).as("query of %s", title).isNotBlank();
                    assertThat(target.path("datasource").path("uid").asText()).isEqualTo(DATASOURCE);
                });
            }
        });
        // one row per application, and the platform's
        assertThat(panels).filteredOn(p -> p.path("type").asText().equals("row"))
                .extracting(p -> p.path("title").asText())
                .contains("gateway", "identity-service", "mentor-service", "booking-service", "chat-service");
    }

    @Test
    void chartsOnlyMetricsTheApplicationsExposeForTheApplicationItFiltersOn() {
        for (String expr : expressions()) {
            assertThat(metricsIn(expr)).as("metrics in %s", expr).isNotEmpty().allSatisfy(name ->
                    assertThat(exposed).as("%s (in %s) is listed in %s", name, expr, METRICS).containsKey(name));
            Matcher selector = SELECTOR.matcher(expr);
            while (selector.find()) {
                Matcher application = APPLICATION.matcher(selector.group(2));
                if (application.find() && exposed.containsKey(selector.group(1))) {
                    assertThat(exposed.get(selector.group(1))).as("%s is exposed by %s", selector.group(1),
                            application.group(1)).contains(application.group(1));
                }
            }
        }
    }

    @Test
    void chartsEveryMentraMetricTheApplicationsExpose() {
        Set<String> charted = new HashSet<>();
        expressions().forEach(expr -> metricsIn(expr).forEach(name -> charted.add(family(name))));
        assertThat(exposed.keySet()).filteredOn(name -> name.startsWith("mentra_"))
                .allSatisfy(name -> assertThat(charted).as("%s is charted", name).contains(family(name)));
    }

    @Test
    void findsTheMetricsInAQuery() {
        assertThat(metricsIn("histogram_quantile(0.95, sum by (le, kind) (rate(a_seconds_bucket{application=\"x\","
                + " outcome=~\"5..\"}[$__rate_interval]))) / on (kind) group_left max(b_total offset 5m) > bool 0"))
                .containsExactly("a_seconds_bucket", "b_total");
    }

    // ---- PromQL, as far as this dashboard uses it ------------------------------------------------------------

    private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*\\{([^}]*)}");
    private static final Pattern APPLICATION = Pattern.compile("application\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(\\s*\\()?");
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right", "bool", "and", "or", "unless", "offset");

    private static List<String> expressions() {
        List<String> exprs = new ArrayList<>();
        panels.forEach(p -> p.path("targets").forEach(t -> exprs.add(t.path("expr").asText())));
        return exprs;
    }

    /** The metric names in a query: identifiers that are not functions, keywords, labels, strings or durations. */
    static Set<String> metricsIn(String expr) {
        String bare = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
                .replaceAll("\\boffset\\s+\\w+", " ")
                .replaceAll("\\b\\d+(\\.\\d+)?([eE][+-]?\\d+)?\\b", " ");
        Set<String> names = new LinkedHashSet<>();
        Matcher m = IDENTIFIER.matcher(bare);
        while (m.find()) {
            String word = m.group().replaceAll("[\\s(]", "");
            if (m.group(1) == null && !KEYWORDS.contains(word)) {
                names.add(word);
            }
        }
        return names;
    }

    /** A timer's or histogram's samples belong to one family: {@code x_seconds_count} → {@code x_seconds}. */
    private static String family(String name) {
        return name.replaceFirst("_(count|sum|max|bucket)$", "");
    }

    private static Map<String, Set<String>> listed(List<String> lines) {
        Map<String, Set<String>> names = new LinkedHashMap<>();
        for (String line : lines) {
            String content = line.replaceFirst("#.*", "").trim();
            if (!content.isEmpty()) {
                String[] words = content.split("\\s+");
                names.put(words[0], Set.copyOf(Arrays.asList(words).subList(1, words.length)));
            }
        }
        return names;
    }
}
