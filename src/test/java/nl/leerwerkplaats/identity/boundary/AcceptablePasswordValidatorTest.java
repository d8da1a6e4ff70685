package nl.leerwerkplaats.identity.boundary;

import nl.leerwerkplaats.identity.control.PasswordPolicy;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import jakarta.validation.ClockProvider;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidatorContext;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Bean Validation has no implementation on the test class path, so the context is a recording stub. */
class AcceptablePasswordValidatorTest {

    private static final List<String> KEYS = List.of(PasswordPolicy.TOO_SHORT, PasswordPolicy.TOO_LONG,
            PasswordPolicy.COMMON, PasswordPolicy.PERSONAL, "password.unacceptable");

    private final AcceptablePasswordValidator validator = new AcceptablePasswordValidator();
    private final RecordingContext context = new RecordingContext();

    @Test
    @DisplayName("null is valid: @NotBlank reports a missing password")
    void nullIsValid() {
        assertTrue(validator.isValid(null, context));
        assertFalse(context.defaultDisabled);
        assertEquals(List.of(), context.violations);
    }

    @Test
    @DisplayName("a good passphrase is valid and adds no violation")
    void goodPassphraseIsValid() {
        assertTrue(validator.isValid("paarse olifanten dansen op dinsdag", context));
        assertFalse(context.defaultDisabled);
        assertEquals(List.of(), context.violations);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("", "{password.tooShort}"),
                Arguments.of("korteweg1", "{password.tooShort}"),
                Arguments.of("x".repeat(64) + "y".repeat(65), "{password.tooLong}"),
                Arguments.of("Welkom2024!", "{password.common}"),
                Arguments.of("1234567890", "{password.common}"));
    }

    @ParameterizedTest(name = "\"{0}\" gives only {1}")
    @MethodSource
    void refused(String password, String template) {
        assertFalse(validator.isValid(password, context));
        assertTrue(context.defaultDisabled, "the general message is replaced");
        assertEquals(List.of(template), context.violations);
    }

    @Test
    @DisplayName("a form without user name cannot see personal passwords")
    void noUserNameNoPersonalCheck() {
        assertTrue(validator.isValid("jdevries2024", context));
    }

    @Test
    @DisplayName("the constraint is validated by the validator, on String fields and parameters, kept at runtime")
    void annotationIsAProperConstraint() throws NoSuchMethodException {
        Constraint constraint = AcceptablePassword.class.getAnnotation(Constraint.class);

        assertNotNull(constraint);
        assertArrayEquals(new Class<?>[] {AcceptablePasswordValidator.class}, constraint.validatedBy());
        assertEquals(RetentionPolicy.RUNTIME, AcceptablePassword.class.getAnnotation(Retention.class).value());
        assertArrayEquals(new ElementType[] {ElementType.FIELD, ElementType.PARAMETER},
                AcceptablePassword.class.getAnnotation(Target.class).value());
        assertEquals("{password.unacceptable}", AcceptablePassword.class.getMethod("message").getDefaultValue());
        assertArrayEquals(new Class<?>[0], (Class<?>[]) AcceptablePassword.class.getMethod("groups").getDefaultValue());
        assertArrayEquals(new Class<?>[0], (Class<?>[]) AcceptablePassword.class.getMethod("payload").getDefaultValue());
    }

    @ParameterizedTest(name = "{0} has every password message in nl and en")
    @CsvSource({"ValidationMessages", "i18n.messages"})
    void everyKeyHasADutchAndAnEnglishText(String bundle) {
        ResourceBundle dutch = bundle(bundle, "nl");
        ResourceBundle english = bundle(bundle, "en");

        assertAll(KEYS.stream().map(key -> () -> {
            String nl = dutch.getString(key);
            String en = english.getString(key);
            assertFalse(nl.isBlank(), key);
            assertNotEquals(nl, en, key + " is translated");
            assertFalse(nl.contains("\uFFFD") || en.contains("\uFFFD"), key + " is read as UTF-8");
            assertFalse(nl.contains("{") || en.contains("{"), key + " needs no interpolation");
        }));
    }

    @Test
    @DisplayName("the messages about length name the limits of the policy")
    void lengthMessagesNameTheLimits() {
        for (String language : List.of("nl", "en")) {
            ResourceBundle messages = bundle("ValidationMessages", language);
            assertTrue(messages.getString(PasswordPolicy.TOO_SHORT).contains(String.valueOf(PasswordPolicy.MIN_LENGTH)));
            assertTrue(messages.getString(PasswordPolicy.TOO_LONG).contains(String.valueOf(PasswordPolicy.MAX_LENGTH)));
        }
    }

    private static ResourceBundle bundle(String name, String language) {
        return ResourceBundle.getBundle(name, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Records the templates of the violations added, as Bean Validation would turn them into messages. */
    private static final class RecordingContext implements ConstraintValidatorContext {

        boolean defaultDisabled;
        final List<String> violations = new ArrayList<>();

        @Override
        public void disableDefaultConstraintViolation() {
            defaultDisabled = true;
        }

        @Override
        public String getDefaultConstraintMessageTemplate() {
            return "{password.unacceptable}";
        }

        @Override
        public ClockProvider getClockProvider() {
            throw new UnsupportedOperationException("the validator needs no clock");
        }

        @Override
        public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String template) {
            return new ConstraintViolationBuilder() {

                @Override
                public ConstraintValidatorContext addConstraintViolation() {
                    violations.add(template);
                    return RecordingContext.this;
                }

                @Override
                @SuppressWarnings("deprecation")
                public NodeBuilderDefinedContext addNode(String name) {
                    throw new UnsupportedOperationException("a password violation is on the field itself");
                }

                @Override
                public NodeBuilderCustomizableContext addPropertyNode(String name) {
                    throw new UnsupportedOperationException("a password violation is on the field itself");
                }

                @Override
                public LeafNodeBuilderCustomizableContext addBeanNode() {
                    throw new UnsupportedOperationException("a password violation is on the field itself");
                }

                @Override
                public ContainerElementNodeBuilderCustomizableContext addContainerElementNode(String name,
                        Class<?> containerType, Integer typeArgumentIndex) {
                    throw new UnsupportedOperationException("a password violation is on the field itself");
                }

                @Override
                public NodeBuilderDefinedContext addParameterNode(int index) {
                    throw new UnsupportedOperationException("a password violation is on the field itself");
                }
            };
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException("the validator needs no provider extensions");
        }
    }
}
