package io.mlpath.grader.check;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import io.mlpath.grader.catalog.CatalogEntry;
import io.mlpath.grader.run.SourceCompiler;
import io.mlpath.grader.run.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The stub rule: every method body in a stub is either exactly one
 * {@code throw new UnsupportedOperationException("TODO(<id>): ...")} naming its own challenge,
 * or the same code as the reference's method (a getter, a given helper). Each stub file has at
 * least one TODO, and no TODO names another challenge.
 */
final class StubRules {

    private static final Pattern ANY_MARKER = Pattern.compile("TODO\\(([^)]*)\\)");

    private StubRules() {
    }

    static void check(ModuleLayout layout, Findings findings) {
        Map<String, SourceFile> references = new HashMap<>();
        for (SourceFile file : SourceCompiler.sourcesUnder(layout.solutions())) {
            references.put(file.logicalPath(), file);
        }
        for (SourceFile stub : SourceCompiler.sourcesUnder(layout.stubs())) {
            if (stub.logicalPath().endsWith("package-info.java")) {
                continue;
            }
            Optional<CatalogEntry> owner = layout.owner(ModuleLayout.className(stub.logicalPath()));
            SourceFile reference = references.get(stub.logicalPath());
            if (owner.isEmpty() || reference == null) {
                continue; // LayoutRules reports these
            }
            checkFile(layout, stub, reference, owner.get().id(), findings);
        }
        findings.ok("every stub body is one TODO throw or the reference's own code");
    }

    private static void checkFile(ModuleLayout layout, SourceFile stub, SourceFile reference, String id,
                                  Findings findings) {
        String where = layout.show(stub.file());
        String marker = "TODO(" + id + ")";
        Matcher any = ANY_MARKER.matcher(stub.text());
        int count = 0;
        while (any.find()) {
            count++;
            if (!any.group(0).equals(marker)) {
                findings.add("todo", where, "has the marker '" + any.group(0) + "' but the file belongs to " + id,
                        "write the marker exactly as " + marker);
            }
        }
        if (count == 0) {
            findings.add("todo", where, "has no " + marker + " marker",
                    "make each body the learner writes: throw new UnsupportedOperationException(\"" + marker + ": <what to do>\");");
        }
        Map<String, String> referenceBodies = bodies(reference);
        for (Map.Entry<String, String> method : bodies(stub).entrySet()) {
            String body = method.getValue();
            if (isTodoThrow(body, marker) || body.equals(referenceBodies.get(method.getKey()))) {
                continue;
            }
            findings.add("todo", where + " " + method.getKey(), "the body is neither one TODO throw nor the reference's code",
                    "replace the body with throw new UnsupportedOperationException(\"" + marker
                            + ": <what to do>\"); or copy the reference's body exactly");
        }
    }

    private static boolean isTodoThrow(String body, String marker) {
        String compact = body.replaceAll("\\s+", " ").trim();
        return compact.matches("\\{ throw new UnsupportedOperationException\\(\"" + Pattern.quote(marker)
                + "(?:[^\"\\\\]|\\\\.)*\"\\); \\}");
    }

    /** Each method's body as javac prints it (comments and layout gone), keyed by class, name and parameter types. */
    private static Map<String, String> bodies(SourceFile file) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager manager = compiler.getStandardFileManager(null, Locale.ROOT, null)) {
            JavacTask task = (JavacTask) compiler.getTask(null, manager, d -> { }, List.of("-proc:none"), null,
                    manager.getJavaFileObjects(file.file()));
            Map<String, String> bodies = new HashMap<>();
            for (CompilationUnitTree unit : task.parse()) {
                new TreeScanner<Void, String>() {
                    @Override
                    public Void visitClass(ClassTree node, String outer) {
                        String name = outer.isEmpty() ? node.getSimpleName().toString() : outer + "." + node.getSimpleName();
                        for (Tree member : node.getMembers()) {
                            scan(member, name);
                        }
                        return null;
                    }

                    @Override
                    public Void visitMethod(MethodTree node, String owner) {
                        BlockTree body = node.getBody();
                        if (body != null) {
                            String params = node.getParameters().stream().map(p -> p.getType().toString())
                                    .collect(Collectors.joining(", "));
                            bodies.put(owner + "." + node.getName() + "(" + params + ")", body.toString());
                        }
                        return null;
                    }

                    @Override
                    public Void visitNewClass(NewClassTree node, String owner) {
                        return null; // anonymous classes belong to the body that holds them
                    }

                    @Override
                    public Void visitThrow(ThrowTree node, String owner) {
                        return null;
                    }
                }.scan(unit, "");
            }
            return bodies;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + file.file(), e);
        }
    }
}
