package org.fengqiao.gateway.limits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fengqiao.security.BufferedBodyRequest;
import org.fengqiao.security.SecurityProblems;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than {@code gateway.max-body-size} with 413 problem+json, and
 * nothing of it reaches a service. A body that announces its length is judged by it before a byte
 * is read. A body without one (chunked) is counted as it arrives and held until it is complete,
 * so a service never receives the first part of a body that turns out too large; the bytes held
 * per request are bounded by the cap. It runs after the token check and the rate limits, so only
 * requests already admitted (a valid token, or a public document) can make the gateway hold one.
 */
final class BodySizeFilter extends OncePerRequestFilter {

    private final long maxBytes;

    BodySizeFilter(BodyLimitProperties properties) {
        this.maxBytes = properties.maxBodySize().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long announced = request.getContentLengthLong();
        if (announced > maxBytes) {
            refuse(request, response);
            return;
        }
        if (announced < 0 && hasChunkedBody(request)) {
            byte[] body = readAtMost(request.getInputStream(), maxBytes);
            if (body == null) {
                refuse(request, response);
                return;
            }
            chain.doFilter(new BufferedBodyRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasChunkedBody(HttpServletRequest request) {
        String transferEncoding = request.getHeader("Transfer-Encoding");
        return transferEncoding != null && !transferEncoding.isBlank();
    }

    /** The whole body, or null as soon as it proves longer than {@code limit}. */
    static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        long total = 0;
        int read;
        while ((read = in.read(chunk)) != -1) {
            total += read;
            if (total > limit) {
                return null;
            }
            body.write(chunk, 0, read);
        }
        return body.toByteArray();
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // the rest of the body is not read; the connection is not worth keeping for it
        response.setHeader("Connection", "close");
        SecurityProblems.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, SecurityProblems.PAYLOAD_TOO_LARGE,
                "Request body too large", "The request body may be at most " + maxBytes + " bytes.", Map.of("maxBodySize", maxBytes));
    }
}
