package org.fengqiao.localstack;

import java.nio.ByteBuffer;
import java.util.Map;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * H2's value type with one kind of value written as BSON behind a tag of its own, instead of by
 * Java serialisation; every other value, and one of that kind BSON cannot carry, is written as H2
 * writes it. Reading tells the two apart by the tag, so what H2 wrote before is read as it is.
 */
abstract class BsonTaggedType extends ObjectDataType {

    /**
     * Heap bytes per BSON byte of a value once read back (nested maps of boxed values). H2 sizes
     * its pages and its cache by this estimate.
     */
    static final int HEAP_PER_BSON_BYTE = 3;

    private final byte tag;
    /** Running average of the BSON size of the values written, as H2 keeps for its own. */
    private volatile int averageSize;

    /** {@code tag}: a first byte H2's {@link ObjectDataType} does not write (it uses 0 to 119). */
    BsonTaggedType(byte tag, int expectedSize) {
        this.tag = tag;
        this.averageSize = expectedSize;
    }

    /** The value as a BSON document, or {@code null} when it is not of this type's kind or BSON would not give it back as it is. */
    abstract Map<String, ?> toBson(Object value);

    /** The value a BSON document written by {@link #toBson} holds. */
    abstract Object fromBson(Document bson);

    /** Whether the value is of this type's kind (sized by the BSON written so far). */
    abstract boolean isOfKind(Object value);

    @Override
    public int getMemory(Object value) {
        if (isOfKind(value)) {
            return averageSize * HEAP_PER_BSON_BYTE;
        }
        return super.getMemory(value);
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        Map<String, ?> document = toBson(value);
        if (document != null) {
            ByteBuf bson = Unpooled.buffer(averageSize * 2);
            boolean encoded;
            try {
                BsonEncoder.encodeDocument(document, bson);
                encoded = true;
            } catch (RuntimeException notBson) {
                encoded = false;
            }
            if (encoded) {
                int size = bson.readableBytes();
                buffer.put(tag).put(bson.array(), bson.arrayOffset() + bson.readerIndex(), size);
                averageSize = (size + 15 * averageSize) / 16;
                return;
            }
        }
        super.write(buffer, value);
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != tag) {
            return super.read(buffer);
        }
        buffer.get();
        ByteBuf bson = Unpooled.wrappedBuffer(buffer.slice());
        Document document = BsonDecoder.decodeBson(bson);
        buffer.position(buffer.position() + bson.readerIndex());
        return fromBson(document);
    }
}
