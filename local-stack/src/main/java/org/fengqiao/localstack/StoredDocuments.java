package org.fengqiao.localstack;

import java.nio.ByteBuffer;
import java.util.Map;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The documents of the embedded store's collections, written to the H2 file as BSON instead of by
 * Java serialisation.
 *
 * <p>mongo-java-server's H2 backend keeps each collection in an MVStore map of documents, left to
 * H2's default value type, which writes a document with an {@code ObjectOutputStream} and reads it
 * back with an {@code ObjectInputStream}. H2 writes a changed page whole, so every document that
 * shares a page with a changed one is written again. The capacity benchmark's profile of the
 * process holding the broker and the store at 200 reports/s showed Java serialisation on 45% of its
 * samples (writing changed pages, and reading pages back into the cache). BSON, which the store
 * already speaks on the wire, is written and read in a fraction of that time.
 *
 * <p>A document is written as {@link #BSON_DOCUMENT} (a tag H2's own type does not use) followed by
 * its BSON. Anything else, and a document BSON cannot carry, is written as H2 writes it. Reading
 * tells the two apart by the tag, so a store written before this type existed is read as it is,
 * and its documents are rewritten as BSON when they or their page are next written. A store
 * written with this type cannot be opened by an older version of the local stack.
 */
final class StoredDocuments extends ObjectDataType {

    /** The tag before a document written as BSON; H2's {@link ObjectDataType} uses 0 to 119. */
    static final byte BSON_DOCUMENT = 120;

    /**
     * Heap bytes per BSON byte of a document once read back (nested maps of boxed values). H2
     * sizes its pages and its cache by this estimate.
     */
    static final int HEAP_PER_BSON_BYTE = 3;

    /** Running average of the BSON size of the documents written, as H2 keeps for its own. */
    private volatile int averageSize = 512;

    private StoredDocuments() {
    }

    /** The builder for a collection's map of documents with this value type. */
    static MVMap.Builder<Object, Document> collectionMap() {
        return new MVMap.Builder<Object, Document>().valueType(new StoredDocuments());
    }

    @Override
    public int getMemory(Object value) {
        if (value instanceof Document) {
            return averageSize * HEAP_PER_BSON_BYTE;
        }
        return super.getMemory(value);
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        if (value instanceof Document document) {
            int size = writeBson(buffer, BSON_DOCUMENT, document, averageSize);
            if (size >= 0) {
                averageSize = (size + 15 * averageSize) / 16;
                return;
            }
        }
        super.write(buffer, value);
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON_DOCUMENT) {
            return super.read(buffer);
        }
        buffer.get();
        return readBson(buffer);
    }

    /**
     * Writes {@code tag} and the document as BSON, and returns the BSON's size; or writes nothing
     * and returns -1 when BSON cannot carry one of its values.
     */
    static int writeBson(WriteBuffer buffer, byte tag, Map<String, ?> document, int expectedSize) {
        ByteBuf bson = Unpooled.buffer(expectedSize * 2);
        try {
            BsonEncoder.encodeDocument(document, bson);
        } catch (RuntimeException notBson) {
            return -1;
        }
        int size = bson.readableBytes();
        buffer.put(tag).put(bson.array(), bson.arrayOffset() + bson.readerIndex(), size);
        return size;
    }

    /** Reads one BSON document from the buffer's position, and moves the position past it. */
    static Document readBson(ByteBuffer buffer) {
        ByteBuf bson = Unpooled.wrappedBuffer(buffer.slice());
        Document document = BsonDecoder.decodeBson(bson);
        buffer.position(buffer.position() + bson.readerIndex());
        return document;
    }
}
