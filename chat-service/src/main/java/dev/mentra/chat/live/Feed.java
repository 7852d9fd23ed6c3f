package dev.mentra.chat.live;

import dev.mentra.chat.MessageView;
import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.TreeMap;

/**
 * One conversation as one socket receives it: messages leave strictly in seq order, each once. Live messages (from
 * {@code chat.messages.v1}, possibly twice, possibly out of order across replicas) wait here until the one before
 * them has been sent; a gap is filled from the database. {@code subscribe(afterSeq)} moves the starting point and
 * replays from the database while live messages keep arriving and wait: no gap and no duplicate at the seam.
 */
final class Feed {

    private static final Logger LOG = Logger.getLogger(Feed.class);

    /** Reads committed messages with {@code after < seq < before}, oldest first, one page at most. */
    interface History {
        Uni<List<MessageView>> between(String conversationId, long after, long before);
    }

    /** Where the feed's frames go: a socket. */
    interface Sink {
        void sendMessage(MessageView message);

        void sendError(String code, String detail);
    }

    private final String conversationId;
    private final Sink socket;
    private final History history;
    private final int pageSize;
    private final TreeMap<Long, MessageView> waiting = new TreeMap<>();
    /** The newest seq this socket has been sent; -1 until the first message or subscription fixes the start. */
    private long lastSent = -1;
    /** The oldest seq this socket has been sent (all from here to lastSent were). */
    private long firstSent;
    private int fetching;
    private Runnable onCaughtUp;

    Feed(String conversationId, Sink socket, History history, int pageSize) {
        this.conversationId = conversationId;
        this.socket = socket;
        this.history = history;
        this.pageSize = pageSize;
    }

    /** A live message. */
    synchronized void offer(MessageView message) {
        if (lastSent < 0 && fetching == 0) {
            // the first we hear of this conversation on this socket (inbox channel): it starts here
            lastSent = message.seq() - 1;
            firstSent = message.seq();
        }
        if (message.seq() <= lastSent) {
            return;
        }
        waiting.put(message.seq(), message);
        drain();
    }

    /**
     * The client has everything up to {@code afterSeq}: send what follows, then {@code caughtUp}, then live.
     * Messages this socket was already sent (live, before it subscribed) are not sent again: if the client asks
     * from further back, only the part before them is filled in, ahead of what comes live.
     */
    synchronized void subscribe(long afterSeq, Runnable caughtUp) {
        onCaughtUp = caughtUp;
        if (lastSent < 0 || afterSeq >= lastSent) {
            lastSent = afterSeq;
            firstSent = afterSeq + 1;
            waiting.headMap(afterSeq, true).clear();
            fetch(Long.MAX_VALUE);
        } else if (afterSeq + 1 < firstSent) {
            backfill(afterSeq, firstSent);
            firstSent = afterSeq + 1;
        } else {
            drain();
        }
    }

    /** Sends what is next in line; asks the database for anything missing before the next waiting message. */
    private void drain() {
        while (!waiting.isEmpty() && waiting.firstKey() == lastSent + 1) {
            MessageView next = waiting.pollFirstEntry().getValue();
            lastSent = next.seq();
            socket.sendMessage(next);
        }
        if (fetching > 0) {
            return;
        }
        if (!waiting.isEmpty()) {
            fetch(waiting.firstKey());
        } else if (onCaughtUp != null) {
            Runnable done = onCaughtUp;
            onCaughtUp = null;
            done.run();
        }
    }

    /** Sends {@code after < seq < before} from the database, page by page, outside the live order. */
    private void backfill(long after, long before) {
        fetching++;
        history.between(conversationId, after, before).subscribe().with(found -> {
            synchronized (this) {
                fetching--;
                found.forEach(socket::sendMessage);
                long last = found.isEmpty() ? before : found.get(found.size() - 1).seq();
                if (found.size() >= pageSize && last + 1 < before) {
                    backfill(last, before);
                } else {
                    drain();
                }
            }
        }, this::failed);
    }

    private void fetch(long before) {
        fetching++;
        long after = lastSent;
        history.between(conversationId, after, before).subscribe().with(
                found -> fetched(found, after, before),
                failure -> failed(failure));
    }

    private synchronized void fetched(List<MessageView> found, long after, long before) {
        fetching--;
        for (MessageView m : found) {
            if (m.seq() > lastSent) {
                waiting.putIfAbsent(m.seq(), m);
            }
        }
        boolean fullPage = found.size() >= pageSize;
        if (!fullPage && !waiting.isEmpty() && waiting.firstKey() > lastSent + 1 && lastSent == after) {
            // committed seqs have no gaps, so this cannot happen unless rows were removed: do not wait forever
            LOG.warnf("Conversation %s has no messages between %d and %d; skipping", conversationId, lastSent, waiting.firstKey());
            lastSent = waiting.firstKey() - 1;
        }
        if (fullPage) {
            // send this page, then read on from where it ended
            while (!waiting.isEmpty() && waiting.firstKey() == lastSent + 1) {
                MessageView next = waiting.pollFirstEntry().getValue();
                lastSent = next.seq();
                socket.sendMessage(next);
            }
            fetch(before);
            return;
        }
        drain();
    }

    private synchronized void failed(Throwable failure) {
        fetching--;
        LOG.warnf("Catching up conversation %s for a socket failed: %s", conversationId, failure.toString());
        socket.sendError("catch-up-failed", "Some messages could not be loaded; subscribe again with afterSeq "
                + lastSent);
        waiting.clear();
        onCaughtUp = null;
    }
}
