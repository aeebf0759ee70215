package io.mlpath.grader.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SystemBansTest {

    @Test
    @DisplayName("every system-wide ban has a shape, a reason and a remedy, and appears once")
    void systemBansWellFormed() {
        Set<String> seen = new HashSet<>();
        for (Ban ban : SystemBans.list()) {
            assertThat(ApiPrefix.of(ban.prefix())).as("shape of %s", ban.prefix()).isPresent();
            assertThat(ban.why()).as("why of %s", ban.prefix()).isNotBlank().doesNotEndWith(".");
            assertThat(ban.instead()).as("instead of %s", ban.prefix()).isNotBlank().doesNotEndWith(".");
            assertThat(seen.add(ban.prefix())).as("%s listed once", ban.prefix()).isTrue();
        }
        assertThat(seen).contains("java.lang.System.exit", "java.lang.Runtime.halt", "java.lang.ProcessBuilder",
                "java.lang.reflect.", "java.nio.file.", "java.net.", "io.mlpath.grader.", "org.junit.");
    }

    @Test
    @DisplayName("an entry's allowances lift exactly the bans they name")
    void applyingToLiftsExactly() {
        CatalogEntry entry = new CatalogEntry("p1.a.b", "T", "a", 1, 1, "s", List.of("a.B"), List.of("h"), List.of(),
                null, List.of(new Allowance("java.net.", "serves HTTP")));
        List<String> applying = SystemBans.applyingTo(entry).stream().map(Ban::prefix).toList();
        assertThat(applying).doesNotContain("java.net.").contains("java.net.http.", "javax.net.", "java.lang.System.exit");
        assertThat(applying).hasSize(SystemBans.list().size() - 1);
    }
}
