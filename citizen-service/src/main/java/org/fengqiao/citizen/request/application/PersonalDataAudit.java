package org.fengqiao.citizen.request.application;

import java.time.Instant;
import java.util.List;

/** A record of who read a resident's unmasked personal data, when and why. */
public interface PersonalDataAudit {

    record Access(String requestId, String citizenRef, String officerId, String purpose, Instant at) {
    }

    void record(Access access);

    List<Access> forRequest(String requestId);
}
