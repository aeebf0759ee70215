package io.mlpath.grader.check;

import io.mlpath.grader.run.ChildFirstClassLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The stub and the reference expose the same public and protected API, member for member. */
final class ApiRules {

    private ApiRules() {
    }

    static void check(ModuleLayout layout, Path stubClasses, Path referenceClasses, Findings findings) {
        try (ChildFirstClassLoader stubs = new ChildFirstClassLoader(List.of(stubClasses), ApiRules.class.getClassLoader());
             ChildFirstClassLoader references = new ChildFirstClassLoader(List.of(referenceClasses),
                     ApiRules.class.getClassLoader())) {
            for (String path : LayoutRules.relativePaths(layout.stubs())) {
                if (path.endsWith("package-info.java")) {
                    continue;
                }
                String type = ModuleLayout.className(path);
                Set<String> stubApi = api(stubs, type);
                Set<String> referenceApi = api(references, type);
                if (stubApi == null || referenceApi == null) {
                    continue; // a missing twin is reported by LayoutRules
                }
                report(layout, type, "the reference", "the stub", diff(referenceApi, stubApi), findings);
                report(layout, type, "the stub", "the reference", diff(stubApi, referenceApi), findings);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        findings.ok("stub and reference have the same public API");
    }

    private static void report(ModuleLayout layout, String type, String has, String lacks, Set<String> members,
                               Findings findings) {
        for (String member : members) {
            findings.add("api", type, has + " declares '" + member + "' but " + lacks + " does not",
                    "give the stub and the reference the same public/protected signatures");
        }
    }

    private static Set<String> diff(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static Set<String> api(ClassLoader loader, String type) {
        try {
            Set<String> members = new TreeSet<>();
            describe(Class.forName(type, false, loader), members);
            return members;
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static void describe(Class<?> type, Set<String> into) {
        String owner = type.getName() + " ";
        into.add(owner + "is " + Modifier.toString(type.getModifiers() & ~Modifier.STATIC)
                + (type.isRecord() ? " record" : type.isEnum() ? " enum" : type.isInterface() ? " interface" : " class")
                + " extends " + (type.getSuperclass() == null ? "-" : type.getGenericSuperclass().getTypeName())
                + " implements " + Arrays.stream(type.getGenericInterfaces()).map(t -> t.getTypeName()).toList());
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (visible(c.getModifiers()) && !c.isSynthetic()) {
                into.add(owner + Modifier.toString(c.getModifiers()) + " " + type.getSimpleName()
                        + Arrays.stream(c.getGenericParameterTypes()).map(t -> t.getTypeName()).toList());
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                into.add(owner + Modifier.toString(m.getModifiers()) + " " + m.getGenericReturnType().getTypeName()
                        + " " + m.getName() + Arrays.stream(m.getGenericParameterTypes()).map(t -> t.getTypeName()).toList()
                        + " throws " + Arrays.stream(m.getGenericExceptionTypes()).map(t -> t.getTypeName()).toList());
            }
        }
        for (Field f : type.getDeclaredFields()) {
            if (visible(f.getModifiers()) && !f.isSynthetic()) {
                into.add(owner + Modifier.toString(f.getModifiers()) + " " + f.getGenericType().getTypeName() + " " + f.getName());
            }
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            if (visible(nested.getModifiers())) {
                describe(nested, into);
            }
        }
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }
}
