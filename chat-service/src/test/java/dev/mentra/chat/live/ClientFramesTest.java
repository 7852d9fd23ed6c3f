package dev.mentra.chat.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentra.platform.input.StrictJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Client frames decoded by their type with the application's strict JSON rules, and what makes one bad. */
class ClientFramesTest {

    private final ClientFrames frames = new ClientFrames(strictMapper());

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }

    private ClientFrame decode(String text) {
        return frames.decode(frames.parse(text));
    }

    @Test
    void eachTypeDecodesIntoItsOwnRecord() {
        assertThat(decode("{\"type\":\"auth\",\"token\":\"t\"}")).isEqualTo(new ClientFrame.Auth("t"));
        assertThat(decode("{\"type\":\"subscribe\",\"conversationId\":\"c\",\"afterSeq\":3}"))
                .isEqualTo(new ClientFrame.Subscribe("c", 3L));
        assertThat(decode("{\"type\":\"send\",\"conversationId\":\"c\",\"clientId\":\"k\",\"text\":\"hi\"}"))
                .isEqualTo(new ClientFrame.Send("c", "k", "hi"));
        assertThat(decode("{\"type\":\"typing\",\"conversationId\":\"c\"}")).isEqualTo(new ClientFrame.Typing("c"));
        assertThat(decode("{\"type\":\"read\",\"conversationId\":\"c\",\"seq\":2}")).isEqualTo(new ClientFrame.Read("c", 2L));
    }

    @Test
    void fieldsAFrameDoesNotKnowAreIgnored() {
        assertThat(decode("{\"type\":\"typing\",\"conversationId\":\"c\",\"mood\":\"happy\"}"))
                .isEqualTo(new ClientFrame.Typing("c"));
    }

    @Test
    void aSubscriptionWithoutAfterSeqStartsFromTheBeginning() {
        assertThat(((ClientFrame.Subscribe) decode("{\"type\":\"subscribe\",\"conversationId\":\"c\"}")).from()).isZero();
        assertThat(((ClientFrame.Subscribe) decode("{\"type\":\"subscribe\",\"conversationId\":\"c\",\"afterSeq\":-5}")).from())
                .isZero();
    }

    @Test
    void anUnknownTypeIsNamedAbbreviatedInTheError() {
        assertThatThrownBy(() -> decode("{\"type\":\"dance\"}"))
                .isInstanceOf(ClientFrames.UnknownType.class).hasMessage("Unknown frame type dance");
        assertThatThrownBy(() -> decode("{\"type\":\"" + "x".repeat(50) + "\"}"))
                .isInstanceOf(ClientFrames.UnknownType.class).hasMessage("Unknown frame type " + "x".repeat(40) + "…");
    }

    @Test
    void aMissingOrBlankFieldIsABadFrameNamingIt() {
        assertThatThrownBy(() -> decode("{\"type\":\"send\",\"text\":\"no conversation\"}"))
                .isInstanceOf(ClientFrame.BadFrame.class).hasMessage("send needs conversationId");
        assertThatThrownBy(() -> decode("{\"type\":\"typing\",\"conversationId\":\"  \"}"))
                .isInstanceOf(ClientFrame.BadFrame.class).hasMessage("typing needs conversationId");
        assertThatThrownBy(() -> decode("{\"type\":\"send\",\"conversationId\":\"c\"}"))
                .isInstanceOf(ClientFrame.BadFrame.class).hasMessage("send needs text");
        assertThatThrownBy(() -> decode("{\"type\":\"read\",\"conversationId\":\"c\"}"))
                .isInstanceOf(ClientFrame.BadFrame.class).hasMessage("read needs a seq");
    }

    @Test
    void aFieldOfTheWrongJsonTypeIsABadFrameNamingIt() {
        assertThatThrownBy(() -> decode("{\"type\":\"typing\",\"conversationId\":{\"id\":1}}"))
                .isInstanceOf(ClientFrame.BadFrame.class).hasMessage("typing needs conversationId");
        assertThatThrownBy(() -> decode("{\"type\":\"read\",\"conversationId\":\"c\",\"seq\":\"1\"}"))
                .isInstanceOf(ClientFrame.BadFrame.class).hasMessage("read needs a seq");
        assertThatThrownBy(() -> decode("{\"type\":\"read\",\"conversationId\":\"c\",\"seq\":-1}"))
                .isInstanceOf(ClientFrame.BadFrame.class).hasMessage("read needs a seq");
    }

    @Test
    void anIdThatCannotBeStoredIsABadFrameWhileTextIsCleaned() {
        assertThatThrownBy(() -> decode("{\"type\":\"typing\",\"conversationId\":\"\\ud800\"}"))
                .isInstanceOf(ClientFrame.BadFrame.class).hasMessage("typing needs conversationId");
        assertThatThrownBy(() -> decode("{\"type\":\"send\",\"conversationId\":\"c\",\"clientId\":\"n-\\u0000\",\"text\":\"hi\"}"))
                .isInstanceOf(ClientFrame.BadFrame.class).hasMessageContaining("clientId");
        assertThat(decode("{\"type\":\"send\",\"conversationId\":\"c\",\"text\":\"he\\u0000llo\"}"))
                .isEqualTo(new ClientFrame.Send("c", null, "hello"));
    }

    @Test
    void onlyAJsonObjectWithATextualTypeHasAType() {
        assertThat(ClientFrames.typeOf(frames.parse("this is not json"))).isNull();
        assertThat(ClientFrames.typeOf(frames.parse("[1, 2, 3]"))).isNull();
        assertThat(ClientFrames.typeOf(frames.parse("{\"type\": 7}"))).isNull();
        assertThat(ClientFrames.typeOf(frames.parse("{\"type\": \"send\"}"))).isEqualTo("send");
    }
}
