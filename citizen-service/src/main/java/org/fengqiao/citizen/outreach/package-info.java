/**
 * Outreach the station records: activities held (co-building, safety tours, open days, legal
 * publicity, anti-fraud training) and lost persons helped.
 */
package org.fengqiao.citizen.outreach;
