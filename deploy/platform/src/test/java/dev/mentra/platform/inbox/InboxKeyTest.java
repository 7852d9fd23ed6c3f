package dev.mentra.platform.inbox;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InboxKeyTest {

    @Test
    void anEventIdIsItsOwnKey() {
        UUID id = UUID.randomUUID();
        assertThat(InboxKey.of(id.toString())).isEqualTo(id);
        assertThat(InboxKey.of(id.toString().toUpperCase())).isEqualTo(id);
    }

    @Test
    void aSvixMessageIdIsRecordedAsItsNameBasedUuid() {
        UUID key = InboxKey.of("msg_2KWPBgLlAfxdpx2AI54pPJ85f4W");
        assertThat(key).isEqualTo(InboxKey.of("msg_2KWPBgLlAfxdpx2AI54pPJ85f4W"));
        assertThat(key.version()).isEqualTo(3);
        assertThat(key).isNotEqualTo(InboxKey.of("msg_2KWPBgLlAfxdpx2AI54pPJ85f4X"));
    }

    @Test
    void aBlankKeyIsRefused() {
        assertThatThrownBy(() -> InboxKey.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
