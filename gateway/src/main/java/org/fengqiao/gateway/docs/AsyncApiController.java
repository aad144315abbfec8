package org.fengqiao.gateway.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.fengqiao.events.AsyncApi;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /asyncapi.json}: the topics and their events as an AsyncAPI 3.0 document, for the
 * systems that subscribe to them (public, like the Swagger UI). The document is the one
 * {@code platform-events} generates from its catalog and schemas.
 */
@RestController
class AsyncApiController {

    private final String document;

    AsyncApiController() {
        try (InputStream in = AsyncApi.class.getResourceAsStream(AsyncApi.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + AsyncApi.RESOURCE + " on the classpath");
            }
            this.document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping(value = "/asyncapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> asyncApi() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(document);
    }
}
