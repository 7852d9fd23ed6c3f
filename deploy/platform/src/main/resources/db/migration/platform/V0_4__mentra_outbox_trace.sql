-- The W3C trace context of the transaction that wrote the event (traceparent, and tracestate when the trace has
-- one). The relay publishes the event seconds later with it in the Kafka record headers, so the consumers' work
-- joins the trace of the request that caused it. Null for events written outside any trace (and rows from before).
ALTER TABLE mentra_outbox ADD COLUMN traceparent TEXT, ADD COLUMN tracestate TEXT;
