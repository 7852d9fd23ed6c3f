package dev.mentra.mentor.catalog.messaging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who becomes the local run's demo mentor: the demo account's fixed id while demo mentors are on, no one else. */
class DemoMentorTest {

    @Test
    void withDemoMentorsOffNoOneIsPromotedNotEvenTheDemoAccountsId() {
        assertThat(UserEventsConsumer.isDemoMentor(false, "user_mentraDemoMentor")).isFalse();
        assertThat(UserEventsConsumer.isDemoMentor(false, "user_2abcDEF")).isFalse();
    }

    @Test
    void withDemoMentorsOnOnlyTheDemoAccountsIdIsPromoted() {
        assertThat(UserEventsConsumer.isDemoMentor(true, "user_mentraDemoMentor")).isTrue();
        assertThat(UserEventsConsumer.isDemoMentor(true, "user_2abcDEF")).isFalse();
        assertThat(UserEventsConsumer.isDemoMentor(true, null)).isFalse();
    }
}
