package org.fengqiao.dispute.prevention.application;

import java.time.LocalDate;
import java.util.List;

import org.fengqiao.dispute.prevention.model.PublicitySession;

/** Where publicity sessions are kept. */
public interface PublicitySessions {

    PublicitySession save(PublicitySession session);

    /** Sessions held between the two days, both included, earliest first. */
    List<PublicitySession> heldBetween(LocalDate from, LocalDate to);

    List<PublicitySession> ofUnit(String unitId);
}
