package dev.mentra.platform.inbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** One record as the consumer received it, with where it came from (kept with the event if it is parked). */
record Delivery(String topic, Integer partition, Long offset, String key, String value) {

    static Delivery of(ConsumerRecord<String, String> record) {
        return new Delivery(record.topic(), record.partition(), record.offset(), record.key(), record.value());
    }
}
