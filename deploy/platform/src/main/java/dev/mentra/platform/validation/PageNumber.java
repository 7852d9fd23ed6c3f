package dev.mentra.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A page number: 0 (the first page) to {@value Paging#MAX_PAGE}. */
@Documented
@Min(0)
@Max(Paging.MAX_PAGE)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PageNumber {

    String message() default "must be a page number from 0 to " + Paging.MAX_PAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
