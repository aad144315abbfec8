package org.fengqiao.localstack;

import java.util.Map;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

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
final class StoredDocuments extends BsonTaggedType {

    /** The tag before a document written as BSON. */
    static final byte BSON_DOCUMENT = 120;

    private StoredDocuments() {
        super(BSON_DOCUMENT, 512);
    }

    /** The builder for a collection's map of documents with this value type. */
    static MVMap.Builder<Object, Document> collectionMap() {
        return new MVMap.Builder<Object, Document>().valueType(new StoredDocuments());
    }

    @Override
    boolean isOfKind(Object value) {
        return value instanceof Document;
    }

    @Override
    Map<String, ?> toBson(Object value) {
        return value instanceof Document document ? document : null;
    }

    @Override
    Object fromBson(Document bson) {
        return bson;
    }
}
