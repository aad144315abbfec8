package org.fengqiao.kit.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A moment, a day or a month the platform can work with: from {@link TimeLimits#EARLIEST} to
 * {@link TimeLimits#LATEST} (the years 2000 to 2099, UTC). Anything else (year 999999999, or
 * -1000000000) is a 400 naming the field, never arithmetic that overflows or a year of day lists.
 * {@code null} passes: say {@code @NotNull} where a value is required.
 */
@Documented
@Constraint(validatedBy = {PlausibleTimeValidator.class})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleTime {

    String message() default "must lie in the years 2000 to 2099";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
