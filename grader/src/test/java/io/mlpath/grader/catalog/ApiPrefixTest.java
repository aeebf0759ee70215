package io.mlpath.grader.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiPrefixTest {

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource({"java.net., PACKAGE", "sun., PACKAGE", "org.apache.commons.math3., PACKAGE",
            "java.lang.ProcessBuilder, CLASS", "java.lang.invoke.MethodHandles$Lookup, CLASS",
            "java.lang.System.exit, MEMBER", "java.lang.Class.getDeclaredField, MEMBER"})
    @DisplayName("packages end in a dot, classes start in upper case, members follow a class in lower case")
    void shapes(String prefix, ApiPrefix shape) {
        assertThat(ApiPrefix.of(prefix)).contains(shape);
    }

    @ParameterizedTest(name = "''{0}'' has no shape")
    @CsvSource({"java.net", "java", "Java.net.", "java.lang.System.Exit", "java.lang.invoke.MethodHandles.Lookup",
            "java.lang.System.exit.", "java.*", "''"})
    @DisplayName("a package without its dot, a nested class written with a dot, or a wildcard has no shape")
    void noShape(String prefix) {
        assertThat(ApiPrefix.of(prefix)).isEmpty();
    }

    @Test
    @DisplayName("a member covers that member alone: System.exit does not cover System.exitFoo")
    void memberIsExact() {
        assertThat(ApiPrefix.MEMBER.covers("java.lang.System.exit", "java.lang.System.exit")).isTrue();
        assertThat(ApiPrefix.MEMBER.covers("java.lang.System.exit", "java.lang.System.exitFoo")).isFalse();
        assertThat(ApiPrefix.MEMBER.covers("java.lang.System.exit", "java.lang.System")).isFalse();
    }

    @Test
    @DisplayName("a class covers itself, its nested classes and its members, not classes that share its name's start")
    void classCoversNestedAndMembers() {
        assertThat(List.of("java.io.File", "java.io.File$Cache", "java.io.File.delete"))
                .allMatch(name -> ApiPrefix.CLASS.covers("java.io.File", name));
        assertThat(List.of("java.io.FileInputStream", "java.io.FilenameFilter", "java.io.FileNotFoundException"))
                .noneMatch(name -> ApiPrefix.CLASS.covers("java.io.File", name));
    }

    @Test
    @DisplayName("a package covers every class and member below it, and nothing that merely contains it")
    void packageCoversBelow() {
        assertThat(ApiPrefix.PACKAGE.covers("sun.", "sun.misc.Unsafe.getInt")).isTrue();
        assertThat(ApiPrefix.PACKAGE.covers("java.net.", "java.net.http.HttpClient")).isTrue();
        assertThat(ApiPrefix.PACKAGE.covers("sun.", "com.sun.net.httpserver.HttpServer")).isFalse();
        assertThat(ApiPrefix.PACKAGE.covers("java.net.", "java.nio.ByteBuffer")).isFalse();
    }

    @Test
    @DisplayName("null has no shape")
    void nullHasNoShape() {
        assertThat(ApiPrefix.of(null)).isEmpty();
    }
}
