package dev.mentra.platform.input;

import dev.mentra.local.testing.HostileInputContract;
import dev.mentra.local.testing.HostileRoute;
import dev.mentra.platform.validation.Paging;
import io.quarkus.test.junit.QuarkusTest;

import java.util.List;
import java.util.UUID;

/** The shared hostile-input table against the miniature service: the contract itself, proven on the mechanism. */
@QuarkusTest
class PlatformHostileInputTest extends HostileInputContract {

    @Override
    protected List<HostileRoute> routes() {
        return List.of(
                HostileRoute.post("/inputs/{key}").pathParam("key", "a-key").query("q", "query")
                        .header("Idempotency-Key", () -> UUID.randomUUID().toString())
                        .json("""
                                {"text": "hello", "tags": ["a", "b", "c"], "labels": {"k": "v"},
                                 "nested": {"name": "n"}, "count": 1, "flag": true, "at": "2026-03-02T10:15:00Z"}"""),
                HostileRoute.get("/inputs").page("page", Paging.MAX_PAGE).size("size", 100).cursor("after", "0"),
                HostileRoute.post("/inputs/form").form("action=scheduled&id=12"),
                HostileRoute.post("/inputs/chat").json("{\"text\": \"hello\"}").cleaned("text"));
    }
}
