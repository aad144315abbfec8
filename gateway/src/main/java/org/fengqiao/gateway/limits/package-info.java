/**
 * How much one caller may ask of the platform: requests per person, per client app and per
 * anonymous address (token buckets, in memory), and the size of one request's body.
 */
package org.fengqiao.gateway.limits;
