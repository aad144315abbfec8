/**
 * What a service's domain model may take from the kit: plain Java, no framework (the models'
 * layering rule holds here too).
 */
package org.fengqiao.kit.domain;
