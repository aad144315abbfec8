package org.fengqiao.kit.validation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAccessor;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** {@link PlausibleTime} for {@link Instant}, {@link LocalDate} and {@link YearMonth}. */
public class PlausibleTimeValidator implements ConstraintValidator<PlausibleTime, TemporalAccessor> {

    @Override
    public boolean isValid(TemporalAccessor value, ConstraintValidatorContext context) {
        return value == null || TimeLimits.isPlausible(value);
    }
}
