package io.mlpath.grader.report;

/**
 * The progress page's style sheet, inlined into the page so that it works as a single file
 * opened from disk, without a network.
 *
 * <p>Each status has its own background colour ({@code status-<label>}), always together with
 * the status's text, so the page does not rely on colour alone. Every colour has a contrast of
 * at least 4.5:1 with its text (WCAG AA).
 */
final class HtmlStyle {

    /** The CSS, for a {@code <style>} element. */
    static final String CSS = """
            :root { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
                    color: #1f2328; background: #f6f8fa; line-height: 1.45; }
            body { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
            h1 { margin: 0 0 .5rem; font-size: 1.8rem; }
            h2 { margin: 0 0 .25rem; font-size: 1.3rem; }
            header, section { background: #fff; border: 1px solid #d0d7de; border-radius: 8px;
                              padding: 1rem 1.25rem; margin-bottom: 1.25rem; }
            .total { font-size: 1.2rem; font-weight: 600; margin: .25rem 0 .5rem; }
            .meta, caption, .module { color: #59636e; font-size: .9rem; }
            .module { font-weight: normal; }
            .bar { height: 1rem; background: #d8dee4; border-radius: 999px; overflow: hidden; }
            .fill { height: 100%; background: #1a7f37; }
            .notice { background: #fff8c5; border: 1px solid #d4a72c; border-radius: 6px; padding: .75rem 1rem;
                      margin-bottom: 1.25rem; }
            table { width: 100%; border-collapse: collapse; margin-top: 1rem; }
            caption { text-align: left; padding-bottom: .25rem; }
            th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid #d0d7de; vertical-align: top; }
            thead th { background: #f6f8fa; }
            tbody th { font-weight: normal; }
            .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .status { width: 9rem; color: #fff; font-weight: 600; white-space: nowrap; }
            .status-passed { background: #1a7f37; }
            .status-partial { background: #9a6700; }
            .status-failed { background: #cf222e; }
            .status-not-attempted { background: #59636e; }
            .status-timeout { background: #8250df; }
            .status-error { background: #82071e; }
            .status-not-run { background: #d8dee4; color: #1f2328; }
            .more > td { background: #fbfcfd; padding-left: 1.5rem; }
            .failures { margin: .25rem 0; padding-left: 1.25rem; }
            .test { margin: .25rem 0 0; font-weight: 600; }
            .visibility { color: #59636e; font-weight: normal; }
            pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f8fa; border: 1px solid #d0d7de;
                  border-radius: 6px; padding: .5rem .75rem; margin: .25rem 0 .5rem; font-size: .85rem; }
            .pictures { list-style: none; display: flex; flex-wrap: wrap; gap: .75rem; padding: 0; margin: .5rem 0; }
            .pictures figure { margin: 0; }
            .pictures img { display: block; max-width: 160px; height: auto; border: 1px solid #d0d7de; background: #fff; }
            .pictures figcaption { font-size: .8rem; color: #59636e; }
            """;

    private HtmlStyle() {
    }
}
