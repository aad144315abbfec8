package org.fengqiao.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.DataType;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

class IndexKeyOrderTest {

    private final DataType<KeyValue> keys = IndexKeyOrder.indexMap().getKeyType();

    @Test
    void aKeyOfPlainValuesIsWrittenAsBsonAndReadBackWithTheSameValuesAndOrder() {
        List<KeyValue> written = List.of(
                new KeyValue("SP-5", Instant.parse("2026-11-02T00:00:00Z"), 10.0),
                new KeyValue("SP-3", Instant.parse("2026-11-01T00:00:00Z"), null),
                new KeyValue(42L),
                new KeyValue(7),
                new KeyValue(new ObjectId(), Boolean.TRUE));

        for (KeyValue key : written) {
            ByteBuffer buffer = write(keys, key);
            assertThat(buffer.get(0)).as("%s written as BSON", key).isEqualTo(IndexKeyOrder.BSON_KEY);
            KeyValue read = keys.read(buffer);
            assertThat(read).isEqualTo(key);
            for (int i = 0; i < key.size(); i++) {
                Object value = key.get(i);
                assertThat(read.get(i)).as("value %d of %s", i, key).isEqualTo(value);
                if (value != null) {
                    assertThat(read.get(i)).isExactlyInstanceOf(value.getClass());
                }
            }
            for (KeyValue other : written) {
                assertThat(Integer.signum(keys.compare(read, other))).isEqualTo(Integer.signum(keys.compare(key, other)));
            }
        }
    }

    @Test
    void aKeyBsonWouldNotGiveBackAsItWasIsWrittenAsH2WritesIt() {
        KeyValue withDocument = new KeyValue("SP-5", new Document("block", 7));
        KeyValue withList = new KeyValue("SP-5", new ArrayList<>(Arrays.asList("a", "b")));

        for (KeyValue key : List.of(withDocument, withList)) {
            ByteBuffer buffer = write(keys, key);
            assertThat(buffer.get(0)).isNotEqualTo(IndexKeyOrder.BSON_KEY);
            assertThat(keys.read(buffer)).isEqualTo(key);
        }
    }

    @Test
    void aKeyWrittenByAnOlderVersionIsRead() {
        KeyValue key = new KeyValue("CO-02#5");
        ByteBuffer buffer = write(new ObjectDataType(), key);

        assertThat(keys.read(buffer)).isEqualTo(key);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ByteBuffer write(DataType type, Object value) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, value);
        ByteBuffer written = buffer.getBuffer();
        written.flip();
        return written;
    }
}
