package dev.mentra.chat.live;

import dev.mentra.chat.MessageView;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-socket ordering of one conversation: each seq once, in order, gaps filled from the database. */
class FeedTest {

    private static final String CONVERSATION = "cnv_1";

    /** The committed messages, and database reads that answer only when the test says so. */
    private final List<MessageView> committed = new ArrayList<>();
    private final List<Runnable> pendingReads = new ArrayList<>();
    private final List<Long> sent = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private boolean readsAnswerAtOnce = true;

    private final Feed.Sink sink = new Feed.Sink() {
        @Override
        public void sendMessage(MessageView message) {
            sent.add(message.seq());
        }

        @Override
        public void sendError(String code, String detail) {
            errors.add(code);
        }
    };

    private Feed feed(int pageSize) {
        return new Feed(CONVERSATION, sink, (id, after, before) -> {
            List<MessageView> page = committed.stream().filter(m -> m.seq() > after && m.seq() < before)
                    .limit(pageSize).toList();
            if (readsAnswerAtOnce) {
                return Uni.createFrom().item(page);
            }
            CompletableFuture<List<MessageView>> later = new CompletableFuture<>();
            pendingReads.add(() -> later.complete(page));
            return Uni.createFrom().completionStage(later);
        }, pageSize);
    }

    @Test
    void duplicatesAreDroppedAndALateMessageWaitsForItsPredecessor() {
        commit(1, 5);
        Feed feed = feed(10);
        readsAnswerAtOnce = false;
        feed.offer(message(1));
        feed.offer(message(1));
        feed.offer(message(3));
        feed.offer(message(2));
        feed.offer(message(3));
        assertThat(sent).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aGapIsFilledFromTheDatabase() {
        commit(1, 6);
        Feed feed = feed(10);
        feed.offer(message(1));
        feed.offer(message(5));
        feed.offer(message(6));
        assertThat(sent).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void subscribingReplaysThenGoesLiveWithNoGapAndNoDuplicateAtTheSeam() {
        commit(1, 6);
        Feed feed = feed(10);
        readsAnswerAtOnce = false;
        List<String> caughtUp = new ArrayList<>();
        feed.subscribe(2, () -> caughtUp.add("subscribed at " + sent.size()));
        // while the replay is being read: 6 (already committed) and 7, 8 (committed after the read) arrive live
        feed.offer(message(6));
        commit(7, 8);
        feed.offer(message(7));
        feed.offer(message(8));
        assertThat(sent).isEmpty();
        readsAnswerAtOnce = true;
        pendingReads.remove(0).run();
        assertThat(sent).containsExactly(3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(caughtUp).containsExactly("subscribed at 6");
        feed.offer(message(8));
        feed.offer(message(9));
        assertThat(sent).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L);
    }

    @Test
    void aLongReplayIsReadPageByPage() {
        commit(1, 25);
        Feed feed = feed(4);
        feed.subscribe(0, () -> sent.add(-1L));
        assertThat(sent).containsExactlyElementsOf(LongStream.concat(LongStream.rangeClosed(1, 25), LongStream.of(-1)).boxed().toList());
    }

    @Test
    void subscribingFromFurtherBackThanWhatCameLiveSendsOnlyWhatIsMissing() {
        commit(1, 8);
        Feed feed = feed(10);
        feed.offer(message(6));
        feed.offer(message(7));
        feed.subscribe(3, () -> sent.add(-1L));
        feed.offer(message(8));
        assertThat(sent).containsExactly(6L, 7L, 4L, 5L, -1L, 8L);
    }

    @Test
    void aFailedReadSaysSoInsteadOfStallingSilently() {
        Feed feed = new Feed(CONVERSATION, sink, (id, after, before) ->
                Uni.createFrom().failure(new IllegalStateException("database down")), 10);
        feed.subscribe(0, () -> sent.add(-1L));
        assertThat(errors).containsExactly("catch-up-failed");
        assertThat(sent).isEmpty();
    }

    private void commit(long from, long to) {
        LongStream.rangeClosed(from, to).forEach(seq -> committed.add(message(seq)));
    }

    private static MessageView message(long seq) {
        return new MessageView(CONVERSATION, seq, "msg_" + seq, new MessageView.Author("USER", "user_1", "U"),
                "text " + seq, OffsetDateTime.parse("2026-11-24T10:00:00Z"), null, null);
    }
}
