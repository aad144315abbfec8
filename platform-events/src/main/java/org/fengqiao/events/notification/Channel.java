package org.fengqiao.events.notification;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How a notification reaches its recipient. */
public enum Channel {
    IN_APP,
    EMAIL,
    WEBHOOK,
    @JsonEnumDefaultValue
    OTHER
}
