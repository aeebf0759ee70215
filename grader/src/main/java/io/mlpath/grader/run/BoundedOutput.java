package io.mlpath.grader.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Drains a child process's output stream on its own thread, keeping at most a fixed number of
 * characters of text and every line that starts with a given marker (up to a line length cap),
 * so a process that prints without end can neither fill memory nor block on a full pipe.
 */
final class BoundedOutput {

    private static final int MAX_MARKED_LINE = 8 * 1024 * 1024;

    private final StringBuilder kept = new StringBuilder();
    private final List<String> marked = new ArrayList<>();
    private final int limit;
    private final String marker;
    private long dropped;
    private final Thread thread;

    BoundedOutput(InputStream stream, int limit, String marker, String name) {
        this.limit = limit;
        this.marker = marker;
        this.thread = new Thread(() -> drain(stream), name);
        thread.setDaemon(true);
        thread.start();
    }

    private void drain(InputStream stream) {
        StringBuilder line = new StringBuilder();
        boolean lineTooLong = false;
        char[] buffer = new char[8192];
        try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    char c = buffer[i];
                    if (c == '\n') {
                        take(line, lineTooLong);
                        line.setLength(0);
                        lineTooLong = false;
                    } else if (line.length() < MAX_MARKED_LINE) {
                        line.append(c);
                    } else {
                        lineTooLong = true;
                    }
                }
            }
            if (!line.isEmpty()) {
                take(line, lineTooLong);
            }
        } catch (IOException e) {
            // the process ended: what was read is kept
        }
    }

    private synchronized void take(StringBuilder line, boolean tooLong) {
        if (marker != null && !tooLong && line.indexOf(marker) == 0) {
            marked.add(line.toString());
            return;
        }
        int room = limit - kept.length();
        if (room > 0) {
            String text = line.length() + 1 <= room ? line + "\n" : line.substring(0, room);
            kept.append(text);
            dropped += line.length() + 1 - text.length();
        } else {
            dropped += line.length() + 1;
        }
    }

    /** Waits up to {@code millis} for the stream to end. */
    void await(long millis) throws InterruptedException {
        thread.join(millis);
    }

    /** The lines that started with the marker. */
    synchronized List<String> marked() {
        return List.copyOf(marked);
    }

    /** The text kept, with a note of how much was dropped. */
    synchronized String text() {
        return dropped == 0 ? kept.toString() : kept + "\n[… " + dropped + " more characters of output dropped]";
    }
}
