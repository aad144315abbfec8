package org.fengqiao.console.flow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.fengqiao.console.cases.CaseIndex;
import org.fengqiao.console.config.ConsoleProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reads every event topic and every dead-letter topic as consumer group {@value #GROUP}, and hands
 * each batch to the live flow and the case index; its offsets are committed only once the batch is
 * in the index, so a restart or a store that was away loses nothing (the index adds each record
 * once, however often it is read). It reads only: the console never writes to a topic.
 *
 * <p>{@link #rebuild()} reads everything again from the start of every topic into an emptied index.
 */
@Component
public class FlowReader implements SmartLifecycle {

    public static final String GROUP = "ops-console";
    /** The four event topics and their dead-letter topics ({@code <topic>.<group>.dlt}). */
    static final Pattern TOPICS = Pattern.compile("(dispute|patrol|citizen|notification)\\.events(\\..+\\.dlt)?");
    private static final Logger log = LoggerFactory.getLogger(FlowReader.class);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final ConsoleProperties properties;
    private final FlowStats stats;
    private final CaseIndex index;
    private final AtomicBoolean rebuildAsked = new AtomicBoolean();
    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    public FlowReader(ConsoleProperties properties, FlowStats stats, CaseIndex index) {
        this.properties = properties;
        this.stats = stats;
        this.index = index;
    }

    /** Empties the case index and reads every topic again from its start. */
    public void rebuild() {
        rebuildAsked.set(true);
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "console-flow-reader");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, byte[]> reader = new KafkaConsumer<>(config())) {
                consumer = reader;
                reader.subscribe(TOPICS);
                readUntilStopped(reader);
            } catch (RuntimeException e) {
                // the broker or the store away: nothing was committed past what is in the index
                log.warn("Reading the topics failed, again in {}: {}", RETRY_AFTER, e.toString());
                pause();
            } finally {
                consumer = null;
            }
        }
    }

    private void readUntilStopped(KafkaConsumer<String, byte[]> reader) {
        while (running) {
            try {
                if (!reader.assignment().isEmpty() && rebuildAsked.getAndSet(false)) {
                    index.clear();
                    reader.seekToBeginning(reader.assignment());
                    log.info("Case index emptied; reading every topic again from the start");
                }
                ConsumerRecords<String, byte[]> records = reader.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    continue;
                }
                List<RecordSummary> batch = new ArrayList<>(records.count());
                for (ConsumerRecord<String, byte[]> record : records) {
                    batch.add(RecordSummary.of(record));
                }
                index.add(batch);
                stats.record(batch);
                reader.commitSync();
            } catch (WakeupException e) {
                // stop() or rebuild(): the loop looks again
            }
        }
    }

    private Properties config() {
        Properties config = new Properties();
        config.putAll(properties.kafkaClient());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, GROUP + "-flow");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        // new dead-letter topics are picked up within seconds of their first record
        config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 5_000);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return config;
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_AFTER.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
