package dev.mentra.identity.service;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A password bcrypt reads in full: at most {@value PasswordHasher#MAX_BYTES} bytes of UTF-8 (null is left to
 * {@code @NotNull}). bcrypt ignores what follows, so a longer password would be a shorter one in disguise.
 */
@Documented
@Constraint(validatedBy = BcryptLength.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface BcryptLength {

    String message() default "must be at most " + PasswordHasher.MAX_BYTES
            + " bytes (72 plain letters or digits; accented letters and emoji take 2 to 4 bytes each)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<BcryptLength, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || PasswordHasher.fits(value);
        }
    }
}
