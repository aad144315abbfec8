/**
 * Service requests (ID card, household registration, residence permit) at a point, door to door,
 * or in an enterprise batch collected on site; followed step by step, personal data masked and
 * every unmasked read logged.
 */
package org.fengqiao.citizen.request;
