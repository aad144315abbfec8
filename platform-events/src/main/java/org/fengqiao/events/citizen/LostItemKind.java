package org.fengqiao.events.citizen;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What was found. A value unknown to a reader reads as OTHER. */
public enum LostItemKind {
    ID_CARD,
    BAG,
    CUP,
    PHONE,
    KEYS,
    WALLET,
    @JsonEnumDefaultValue
    OTHER
}
