package io.mlpath.grader.check;

import java.util.ArrayList;
import java.util.List;

/** What the check found: each broken rule with where, what, and how to fix it. */
final class Findings {

    /** One broken rule. */
    record Finding(String rule, String where, String problem, String fix) {
        @Override
        public String toString() {
            return "[" + rule + "] " + where + ": " + problem + "\n    fix: " + fix;
        }
    }

    private final List<Finding> all = new ArrayList<>();
    private final List<String> passed = new ArrayList<>();

    void add(String rule, String where, String problem, String fix) {
        all.add(new Finding(rule, where, problem, fix));
    }

    void ok(String what) {
        passed.add(what);
    }

    List<Finding> all() {
        return all;
    }

    List<String> passed() {
        return passed;
    }

    boolean isEmpty() {
        return all.isEmpty();
    }
}
