package io.mlpath.grader.plot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Where a {@link Plot} saves its pictures: PNG files in one directory per challenge. */
public final class Figures {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Path dir;
    private final List<Path> saved = new ArrayList<>();

    /** Figures saved under {@code dir} (created when the first is saved). */
    public Figures(Path dir) {
        this.dir = dir;
    }

    /**
     * Saves {@code chart} as {@code <name>.png}.
     *
     * @param name a lower-case, hyphenated file stem such as {@code iris-projection}
     * @return the file written
     */
    public Path save(String name, Chart<?, ?> chart) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a figure name must be lower-case words joined by hyphens, was '" + name + "'");
        }
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
            saved.add(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write figure " + name + " under " + dir, e);
        }
    }

    /** The files saved so far, in order. */
    public List<Path> saved() {
        return List.copyOf(saved);
    }
}
