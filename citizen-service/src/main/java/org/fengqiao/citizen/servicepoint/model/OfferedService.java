package org.fengqiao.citizen.servicepoint.model;

/**
 * What residents can get done at a service point. Events carry these as plain strings, so values
 * may be added without breaking older readers.
 */
public enum OfferedService {
    /** Household-registration (hukou) business, e.g. at a community pre-acceptance point. */
    HOUSEHOLD_REGISTRATION,
    /** Applying for or renewing a resident ID card. */
    ID_CARD,
    /** Residence permits, e.g. for migrant workers on a construction project. */
    RESIDENCE_PERMIT,
    /** Certificates and attestations the police issue. */
    CERTIFICATE,
    /** Advice: legal questions, anti-fraud, what to bring for a case. */
    CONSULTATION
}
