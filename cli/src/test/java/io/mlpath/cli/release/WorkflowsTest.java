package io.mlpath.cli.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The facts the two GitHub workflows must keep, read from their text. */
class WorkflowsTest {

    static final Path WORKFLOWS = Upstream.real().resolve(".github/workflows");

    static String read(String name) throws IOException {
        return Files.readString(WORKFLOWS.resolve(name));
    }

    /** The steps of a workflow's only job, each as the text from its {@code - } to the next. */
    static List<String> steps(String workflow) {
        String steps = workflow.substring(workflow.indexOf("    steps:\n"));
        return Pattern.compile("(?m)^      - ").splitAsStream(steps).skip(1).toList();
    }

    @Test
    @DisplayName("both workflows are indented with spaces, read-only, use v4 actions and never name a secret or token")
    void common() throws IOException {
        for (String name : List.of("grade.yml", "grade-submission.yml")) {
            String workflow = read(name);
            assertThat(workflow).as(name)
                    .doesNotContain("\t", "secrets.", "github.token", "GITHUB_TOKEN")
                    .contains("\npermissions:\n  contents: read\n", "uses: actions/checkout@v4",
                            "uses: actions/setup-java@v4", "distribution: temurin", "java-version: '17'",
                            "uses: actions/upload-artifact@v4");
            assertThat(workflow.lines().filter(l -> l.contains("uses: actions/")))
                    .as("%s: every action is pinned to v4", name).allMatch(l -> l.endsWith("@v4"));
        }
    }

    @Test
    @DisplayName("grade.yml runs ./mlpath grade on push and pull request, summarises and keeps the reports always")
    void grade() throws IOException {
        String workflow = read("grade.yml");

        assertThat(workflow).contains("\non:\n  push:\n  pull_request:\n", "run: ./mlpath grade\n", "cache: maven",
                "target/mlpath/grades.md >> \"$GITHUB_STEP_SUMMARY\"", "target/mlpath/points.txt")
                .doesNotContain("--submission");
        assertThat(steps(workflow)).filteredOn(s -> s.contains("upload-artifact"))
                .singleElement().asString().contains("if: always()", "path: target/mlpath");
    }

    @Test
    @DisplayName("grade-submission.yml grades the submission from the trusted tree, without credentials or cache")
    void gradeSubmission() throws IOException {
        String workflow = read("grade-submission.yml");
        List<String> steps = steps(workflow);

        assertThat(workflow).contains("  workflow_dispatch:\n", "      repository:\n", "      ref:\n",
                "  pull_request_target:\n", "run: ./mlpath grade --submission submission --out graded\n",
                "graded/grades.md graded/tampering.md", "$GITHUB_STEP_SUMMARY", "path: graded")
                .as("no Maven cache: one saved after learner code ran could poison the next grading")
                .doesNotContain("cache:");
        assertThat(steps).filteredOn(s -> s.contains("uses: actions/checkout@v4")).hasSize(2)
                .allMatch(s -> s.contains("persist-credentials: false"))
                .filteredOn(s -> s.contains("github.event.pull_request.head"))
                .singleElement().asString().contains("path: submission");
        assertThat(steps.get(0)).as("the first checkout is the workspace: this repository's trusted commit")
                .contains("ref: ${{ github.sha }}").doesNotContain("repository:", "path:");
        assertThat(workflow.lines().filter(l -> l.contains("${{ inputs.")))
                .as("inputs reach scripts through env only, never pasted into a run: script")
                .isNotEmpty().allMatch(l -> l.matches(" +[A-Z_]+: \\$\\{\\{ inputs\\.\\w+ }}"));
    }
}
