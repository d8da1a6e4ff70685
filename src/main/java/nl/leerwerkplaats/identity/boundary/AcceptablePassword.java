package nl.leerwerkplaats.identity.boundary;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A new password that {@link PasswordPolicy} accepts, for forms that do not know the user name yet. The
 * violation names the actual problem (too short, common, ...); null is valid, {@code @NotBlank} handles that.
 */
@Documented
@Constraint(validatedBy = AcceptablePasswordValidator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface AcceptablePassword {

    String message() default "{password.unacceptable}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
