package org.fengqiao.gateway.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The largest request body the gateway passes on ({@code gateway.max-body-size}).
 *
 * @param maxBodySize e.g. {@code 1MB}; the platform's requests are small JSON documents
 */
@ConfigurationProperties("gateway")
public record BodyLimitProperties(DataSize maxBodySize) {

    public BodyLimitProperties {
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(1) : maxBodySize;
        if (maxBodySize.isNegative()) {
            throw new IllegalArgumentException("gateway.max-body-size must not be negative");
        }
    }
}
