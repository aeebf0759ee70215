/**
 * The curriculum check ({@code ./mvnw verify -Psolutions} runs it per phase): every convention
 * of the challenge format as a failure with a fix-it sentence. Start at
 * {@link io.mlpath.grader.check.CheckMain}.
 */
package io.mlpath.grader.check;
