package dev.gatehouse.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets anonymous callers in: the operation's {@code security} gains an empty object {@code {}}.
 * Credentials that are sent are still verified, and a presented but invalid credential is still
 * refused.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface OptionalSecurity {}
