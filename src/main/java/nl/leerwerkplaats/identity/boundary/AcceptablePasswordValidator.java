package nl.leerwerkplaats.identity.boundary;

import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import nl.leerwerkplaats.identity.control.PasswordPolicy;

/** Checks {@link AcceptablePassword}, replacing the general message by the policy's specific one. */
public class AcceptablePasswordValidator implements ConstraintValidator<AcceptablePassword, String> {

    private static final PasswordPolicy POLICY = new PasswordPolicy();

    @Override
    public boolean isValid(String password, ConstraintValidatorContext context) {
        if (password == null) {
            return true;
        }
        Optional<String> problem = POLICY.problem(password, null, null);
        problem.ifPresent(key -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{" + key + "}").addConstraintViolation();
        });
        return problem.isEmpty();
    }
}
