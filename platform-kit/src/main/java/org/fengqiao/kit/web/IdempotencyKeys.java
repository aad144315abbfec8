package org.fengqiao.kit.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bson.Document;
import org.bson.types.Binary;
import org.fengqiao.security.BufferedBodyRequest;
import org.fengqiao.security.SecurityProblems;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on every POST: a client that retries a request after a timeout, with the
 * same key, gets the answer of the first one and causes nothing a second time.
 * <ul>
 *   <li>The key is the caller's (the token's subject) and the path's: two people, or two paths,
 *       never share one.</li>
 *   <li>The same key with the same body: the first answer again (status, {@code Location},
 *       {@code Content-Type}, body), marked {@code Idempotent-Replayed: true}.</li>
 *   <li>The same key with another body: 422 problem+json naming {@code Idempotency-Key}.</li>
 *   <li>The same key while the first is still being handled: 409, try again shortly. A first
 *       request still "being handled" after {@code platform.idempotency.abandon-after} (a minute)
 *       died with its process (no request takes that long; its client gave up on it long ago): the
 *       key is free again and the retry is handled.</li>
 *   <li>Unless the request had begun an operation of several writes
 *       ({@link org.fengqiao.kit.recovery.UnfinishedOperations}), which ties itself to the key:
 *       then the key waits for the operation's sweeper (409 meanwhile), and the sweeper settles it
 *       ({@link #settle}): an operation it completed answers the retry 303 See Other with the
 *       {@code Location} of what was made, and nothing is done again; one it undid frees the key,
 *       and the retry is handled afresh.</li>
 *   <li>A process that died after a single-write request's effect was stored but before its
 *       answer was kept leaves that effect done once without its answer: the retry then does it
 *       again (one write cannot hold both), unless the request derives the ids of what it creates
 *       from the key ({@link org.fengqiao.kit.recovery.RetriedRequests}) and so finds it.</li>
 *   <li>An answer of 5xx is not kept (the request may be tried again with the same key); every
 *       other answer is, for {@code platform.idempotency.keep-for} (a day).</li>
 *   <li>A key is at most 200 characters of {@code [A-Za-z0-9._:-]}; otherwise 400.</li>
 * </ul>
 * One document per key in {@value #COLLECTION}, read and written by {@code _id}.
 */
public class IdempotencyKeys extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    public static final URI KEY_REUSED = URI.create("urn:fengqiao:problem:idempotency-key-reused");
    public static final URI IN_PROGRESS = URI.create("urn:fengqiao:problem:idempotency-key-in-progress");
    /** The request attribute naming the key's entry while its request is handled (for {@link #tieTo}). */
    public static final String ENTRY = IdempotencyKeys.class.getName() + ".entry";
    static final String COLLECTION = "idempotency_keys";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,200}");

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration keepFor;
    private final Duration abandonAfter;

    public IdempotencyKeys(MongoTemplate mongo, Clock clock, Duration keepFor, Duration abandonAfter) {
        this.mongo = mongo;
        this.clock = clock;
        this.keepFor = keepFor;
        this.abandonAfter = abandonAfter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!KEY.matcher(key).matches()) {
            SecurityProblems.write(request, response, 400, ProblemTypes.VALIDATION_FAILED, "Validation failed",
                    HEADER + ": at most 200 letters, digits and . _ : -", Map.of("field", HEADER,
                            "errors", List.of(Map.of("field", HEADER, "message", "at most 200 letters, digits and . _ : -"))));
            return;
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated()) {
            chain.doFilter(request, response); // refused further on, as without a key
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String id = sha256(caller.getName() + "\n" + request.getRequestURI() + "\n" + key);
        String bodyHash = sha256(body);
        Instant now = clock.instant();
        Document earlier = mongo.findById(id, Document.class, COLLECTION);
        if (earlier != null && (earlier.getDate("expiresAt").toInstant().isBefore(now) || abandoned(earlier, now))) {
            mongo.remove(new Query(Criteria.where("_id").is(id).and("expiresAt").is(earlier.getDate("expiresAt"))), COLLECTION);
            earlier = null;
        }
        if (earlier == null) {
            try {
                mongo.insert(new Document("_id", id).append("bodyHash", bodyHash).append("state", "IN_PROGRESS")
                        .append("createdAt", Date.from(now)).append("expiresAt", Date.from(now.plus(keepFor))), COLLECTION);
            } catch (DuplicateKeyException raced) {
                earlier = mongo.findById(id, Document.class, COLLECTION);
            }
        }
        if (earlier != null) {
            answerAgain(request, response, earlier, bodyHash);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        request.setAttribute(ENTRY, id);
        try {
            chain.doFilter(new BufferedBodyRequest(request, body), recorded);
            if (recorded.getStatus() < 500) {
                mongo.updateFirst(new Query(Criteria.where("_id").is(id)), new org.springframework.data.mongodb.core.query.Update()
                        .set("state", "DONE").set("status", recorded.getStatus())
                        .set("contentType", recorded.getContentType()).set("location", recorded.getHeader("Location"))
                        .set("body", new Binary(recorded.getContentAsByteArray())), COLLECTION);
                kept = true;
            }
        } catch (Throwable failure) {
            // a process halted here keeps nothing more: the entry stays "in progress", as after kill -9
            kept = org.fengqiao.kit.recovery.CrashPoints.halted(failure);
            throw failure;
        } finally {
            if (!kept) {
                mongo.remove(new Query(Criteria.where("_id").is(id)), COLLECTION);
            }
            recorded.copyBodyToResponse();
        }
    }

    /**
     * Ties the entry of the request being handled (if it came with a key) to an operation under
     * way, recorded as {@code operation} in {@code collection}: while that record exists, a retry
     * waits for it instead of doing the work again.
     */
    public static void tieTo(MongoTemplate mongo, String entry, String collection, String operation) {
        mongo.updateFirst(new Query(Criteria.where("_id").is(entry)), new org.springframework.data.mongodb.core.query.Update()
                .set("operationCollection", collection).set("operation", operation), COLLECTION);
    }

    /**
     * What a sweeper did with an interrupted operation tied to a key: completed ({@code location}
     * names what it made), so that a retry is answered 303 See Other there and does nothing; or
     * undone ({@code location} null), so that the key is free and a retry is handled afresh.
     */
    public static void settle(MongoTemplate mongo, String entry, String location) {
        if (location == null) {
            mongo.remove(new Query(Criteria.where("_id").is(entry)), COLLECTION);
            return;
        }
        String body = new Document("detail", "The first request with this " + HEADER + " was interrupted when the service stopped;"
                + " the service finished it afterwards. What it made is at the Location; it is not done again.")
                .append("location", location).toJson();
        mongo.updateFirst(new Query(Criteria.where("_id").is(entry)), new org.springframework.data.mongodb.core.query.Update()
                .set("state", "DONE").set("status", 303).set("contentType", "application/json").set("location", location)
                .set("body", new Binary(body.getBytes(StandardCharsets.UTF_8))), COLLECTION);
    }

    /**
     * Removes the keys kept longer than {@code keep-for}: a background sweep, hourly (on the
     * embedded store a scan of the keys; MongoDB uses the {@code expiresAt} field).
     */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "${platform.idempotency.sweep-interval:PT1H}",
            initialDelayString = "${platform.idempotency.sweep-interval:PT1H}")
    public void removeExpired() {
        mongo.remove(new Query(Criteria.where("expiresAt").lt(Date.from(clock.instant()))), COLLECTION);
    }

    /**
     * A first request still in progress after {@link #abandonAfter}: its process died while
     * handling it; unless it began an operation that is still recorded, which its sweeper settles.
     */
    private boolean abandoned(Document earlier, Instant now) {
        return !"DONE".equals(earlier.getString("state")) && earlier.getDate("createdAt").toInstant().plus(abandonAfter).isBefore(now)
                && !awaitsSweeper(earlier);
    }

    private boolean awaitsSweeper(Document earlier) {
        String operation = earlier.getString("operation");
        return operation != null && mongo.exists(new Query(Criteria.where("_id").is(operation)), earlier.getString("operationCollection"));
    }

    private void answerAgain(HttpServletRequest request, HttpServletResponse response, Document earlier, String bodyHash) throws IOException {
        if (!bodyHash.equals(earlier.getString("bodyHash"))) {
            SecurityProblems.write(request, response, 422, KEY_REUSED, "Idempotency key reused",
                    "This " + HEADER + " was used for another request body; use a new key for a new request.", Map.of("field", HEADER));
            return;
        }
        if (!"DONE".equals(earlier.getString("state"))) {
            boolean interrupted = earlier.getString("operation") != null
                    && earlier.getDate("createdAt").toInstant().plus(abandonAfter).isBefore(clock.instant());
            response.setHeader("Retry-After", interrupted ? "30" : "1");
            SecurityProblems.write(request, response, 409, IN_PROGRESS, "Request in progress", interrupted
                    ? "The first request with this " + HEADER + " was interrupted when the service stopped; the service finishes or"
                            + " undoes it within a few minutes. Try again then: you will be told what it made, or it is done afresh."
                    : "The first request with this " + HEADER + " is still being handled; try again shortly.", Map.of("field", HEADER));
            return;
        }
        response.setStatus(earlier.getInteger("status"));
        response.setHeader(REPLAYED, "true");
        if (earlier.getString("contentType") != null) {
            response.setContentType(earlier.getString("contentType"));
        }
        if (earlier.getString("location") != null) {
            response.setHeader("Location", earlier.getString("location"));
        }
        Binary stored = earlier.get("body", Binary.class);
        if (stored != null) {
            response.getOutputStream().write(stored.getData());
        }
    }

    private static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
