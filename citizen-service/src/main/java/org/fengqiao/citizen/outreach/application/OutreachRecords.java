package org.fengqiao.citizen.outreach.application;

import java.time.Instant;
import java.util.List;

import org.fengqiao.citizen.outreach.model.LostPersonHelped;
import org.fengqiao.citizen.outreach.model.OutreachActivity;

/** Where outreach activities and lost persons helped are recorded. */
public interface OutreachRecords {

    OutreachActivity save(OutreachActivity activity);

    LostPersonHelped save(LostPersonHelped lostPerson);

    List<OutreachActivity> activities(Instant from, Instant to, int limit);

    List<LostPersonHelped> lostPersons(Instant from, Instant to, int limit);
}
