package cn.gov.sucheng.worksafety.enterprise.registry.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import cn.gov.sucheng.worksafety.enterprise.registry.model.CreditCode;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A unified social credit code with the right format and, unless {@code checkCharacter = false}, a correct
 * check character (see {@link CreditCode}).
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidCreditCode.Validator.class)
public @interface ValidCreditCode {

    String message() default "is not a valid unified social credit code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Whether the check character is checked too; false where a failed check may be overridden later. */
    boolean checkCharacter() default true;

    class Validator implements ConstraintValidator<ValidCreditCode, String> {

        private boolean checkCharacter;

        @Override
        public void initialize(ValidCreditCode annotation) {
            checkCharacter = annotation.checkCharacter();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            var problem = checkCharacter ? CreditCode.problemOf(value) : CreditCode.formatProblemOf(value);
            return problem.map(p -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("creditCode " + p).addConstraintViolation();
                return false;
            }).orElse(true);
        }
    }
}
