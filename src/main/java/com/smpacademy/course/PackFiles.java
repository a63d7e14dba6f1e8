package com.smpacademy.course;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The files of one course pack, read into memory: paths relative to the pack folder, with '/' separators. Packs are
 * small (text and diagrams), and reading them whole lets the same loader serve a folder on disk and the packs
 * shipped inside the jar.
 */
public record PackFiles(String folder, SortedMap<String, byte[]> files, String sourceLabel) {

    static final String CLASSPATH_ROOT = "courses";

    /** Every pack (sub-folder with a course.yaml) of a folder on disk. */
    public static List<PackFiles> readDirectory(Path coursesDir) {
        List<PackFiles> packs = new ArrayList<>();
        if (!Files.isDirectory(coursesDir)) {
            return packs;
        }
        try (Stream<Path> children = Files.list(coursesDir)) {
            for (Path packDir : children.filter(Files::isDirectory).sorted().toList()) {
                SortedMap<String, byte[]> files = new TreeMap<>();
                try (Stream<Path> walk = Files.walk(packDir)) {
                    for (Path file : walk.filter(Files::isRegularFile).toList()) {
                        String relative = packDir.relativize(file).toString().replace('\\', '/');
                        files.put(relative, Files.readAllBytes(file));
                    }
                }
                packs.add(new PackFiles(packDir.getFileName().toString(), files,
                        coursesDir.toAbsolutePath().normalize().toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read course packs under " + coursesDir, e);
        }
        return packs;
    }

    /** The packs shipped inside the application (copied from courses/ at build time). */
    public static List<PackFiles> readClasspath(ClassLoader classLoader) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
        Map<String, SortedMap<String, byte[]>> byPack = new TreeMap<>();
        try {
            for (Resource resource : resolver.getResources("classpath*:" + CLASSPATH_ROOT + "/**")) {
                if (!resource.isReadable()) {
                    continue;
                }
                String url = resource.getURL().toString();
                int at = url.lastIndexOf("/" + CLASSPATH_ROOT + "/");
                if (at < 0 || url.endsWith("/")) {
                    continue;
                }
                String path = url.substring(at + CLASSPATH_ROOT.length() + 2);
                int slash = path.indexOf('/');
                if (slash <= 0) {
                    continue;
                }
                try (InputStream in = resource.getInputStream()) {
                    byPack.computeIfAbsent(path.substring(0, slash), k -> new TreeMap<>())
                            .put(java.net.URLDecoder.decode(path.substring(slash + 1),
                                    java.nio.charset.StandardCharsets.UTF_8), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the course packs shipped with the application", e);
        }
        List<PackFiles> packs = new ArrayList<>();
        byPack.forEach((folder, files) -> packs.add(new PackFiles(folder, files, "built-in")));
        return packs;
    }
}
