package org.fengqiao.security.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The names of the observations a service starts, as a metrics or tracing backend would be handed them. */
@TestConfiguration(proxyBeanMethods = false)
class ObservedNames {

    final List<String> started = new CopyOnWriteArrayList<>();

    @Bean
    ObservationHandler<Observation.Context> recordingObservationNames() {
        return new ObservationHandler<>() {
            @Override
            public void onStart(Observation.Context context) {
                started.add(context.getName());
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }
        };
    }

    /** Which observations one GET started, once it was answered with {@code status}. */
    List<String> ofGet(int port, String path, String token, int status) throws Exception {
        started.clear();
        assertThat(ResourceServerIT.get(port, path, token).statusCode()).isEqualTo(status);
        return List.copyOf(started);
    }
}
