package org.fengqiao.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

class BodySizeFilterTest {

    @Test
    void a_body_up_to_the_limit_is_read_whole() throws IOException {
        assertThat(BodySizeFilter.readAtMost(new ByteArrayInputStream(new byte[100]), 100)).hasSize(100);
        assertThat(BodySizeFilter.readAtMost(new ByteArrayInputStream(new byte[0]), 100)).isEmpty();
    }

    @Test
    void reading_stops_as_soon_as_the_body_proves_too_long() throws IOException {
        CountingStream endless = new CountingStream();

        assertThat(BodySizeFilter.readAtMost(endless, 100_000)).isNull();
        assertThat(endless.served).isLessThan(100_000 + 8192 + 1);
    }

    /** A body that never ends. */
    private static final class CountingStream extends InputStream {

        private long served;

        @Override
        public int read() {
            served++;
            return 'x';
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            served += length;
            return length;
        }
    }
}
