package org.fengqiao.kit.messaging;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.stream.binder.ConsumerProperties;

class EventBatchConsumerTest {

    @Test
    void a_binding_without_batch_mode_or_native_decoding_is_refused_with_the_property_to_set() {
        ConsumerProperties converted = new ConsumerProperties();
        converted.setBatchMode(true);
        ConsumerProperties oneAtATime = new ConsumerProperties();
        oneAtATime.setUseNativeDecoding(true);
        ConsumerProperties asRead = new ConsumerProperties();
        asRead.setBatchMode(true);
        asRead.setUseNativeDecoding(true);

        assertThatThrownBy(() -> EventBatchConsumer.checkBinding("disputeEvents-in-0", converted))
                .hasMessageContaining("spring.cloud.stream.bindings.disputeEvents-in-0.consumer.batch-mode=true and .use-native-decoding=true")
                .hasMessageContaining("use-native-decoding false");
        assertThatThrownBy(() -> EventBatchConsumer.checkBinding("disputeEvents-in-0", oneAtATime)).hasMessageContaining("batch-mode false");
        assertThatCode(() -> EventBatchConsumer.checkBinding("disputeEvents-in-0", asRead)).doesNotThrowAnyException();
    }
}
