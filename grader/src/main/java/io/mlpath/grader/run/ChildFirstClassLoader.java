package io.mlpath.grader.run;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads a challenge's classes (one variant: stub, reference or a known mistake) and its tests
 * from its own directories first, and everything else (JUnit, the grader, ND4J, …) from the
 * parent, so each variant is fresh while heavy libraries and their natives load once.
 */
public final class ChildFirstClassLoader extends URLClassLoader {

    static {
        registerAsParallelCapable();
    }

    /** A loader over {@code dirs} that asks {@code parent} only for what they lack. */
    public ChildFirstClassLoader(List<Path> dirs, ClassLoader parent) {
        super(urls(dirs), parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null && findResource(name.replace('.', '/') + ".class") != null) {
                loaded = findClass(name);
            }
            if (loaded == null) {
                return super.loadClass(name, resolve);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    public URL getResource(String name) {
        URL own = findResource(name);
        return own != null ? own : super.getResource(name);
    }

    private static URL[] urls(List<Path> dirs) {
        return dirs.stream().map(dir -> {
            try {
                return dir.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("not a usable directory: " + dir, e);
            }
        }).toArray(URL[]::new);
    }
}
