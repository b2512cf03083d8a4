package org.marsad.solr;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Marsad's analysis plug-in for Solr nodes ({@code marsad-solr-plugin.jar}), written from the
 * running Marsad's own classes (its jar, or its classes directory in a build), so that the nodes
 * analyze with exactly the code of the processes that query them: the normalizer ({@code
 * org.marsad.text}), the Arabic analysis chain with its factories, and their service files listing
 * Marsad's factories alone (a shaded jar merges Lucene's into them; Lucene is Solr's own). The one
 * way the plug-in is built: {@code marsad solr configset} and the tests' cluster both call it.
 */
public final class SolrPlugin {

  /** The jar's file name, as operators find it in {@code lib/}. */
  public static final String JAR_NAME = "marsad-solr-plugin.jar";

  private static final Pattern CLASSES =
      Pattern.compile(
          "org/marsad/text/[^/]+\\.class"
              + "|org/marsad/search/(Arabic|LengthBoundStopFilter|TableLowerCase)[^/]*\\.class");
  private static final Pattern SERVICES =
      Pattern.compile("META-INF/services/org\\.apache\\.lucene\\.analysis\\.[^/]+");
  private static final String MARSAD_CLASS = "org.marsad.";

  /** Entries get this time, so that the same code gives the same jar. */
  private static final long ENTRY_TIME = 0;

  private SolrPlugin() {}

  /**
   * Writes the plug-in jar to {@code jar} (its directory created when missing); returns its entry
   * names.
   *
   * @throws IllegalStateException when the running code lacks the analysis classes or services
   */
  public static List<String> writeJar(Path jar) {
    Map<String, byte[]> entries = collect();
    try {
      Files.createDirectories(jar.toAbsolutePath().getParent());
      Path partial = Files.createTempFile(jar.toAbsolutePath().getParent(), ".plugin", ".jar");
      try (OutputStream file = Files.newOutputStream(partial);
          JarOutputStream out = new JarOutputStream(file)) {
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
          JarEntry jarEntry = new JarEntry(entry.getKey());
          jarEntry.setTime(ENTRY_TIME);
          out.putNextEntry(jarEntry);
          out.write(entry.getValue());
          out.closeEntry();
        }
      }
      Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING);
      return List.copyOf(entries.keySet());
    } catch (IOException e) {
      throw new UncheckedIOException("writing the Solr plug-in " + jar, e);
    }
  }

  /** The plug-in's entries, by name in order, read from where this class was loaded. */
  private static Map<String, byte[]> collect() {
    Path codeSource;
    try {
      codeSource =
          Path.of(SolrPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate Marsad's classes", e);
    }
    Map<String, byte[]> entries = new TreeMap<>();
    try {
      if (Files.isDirectory(codeSource)) {
        try (Stream<Path> files = Files.walk(codeSource)) {
          for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
            String name = codeSource.relativize(file).toString().replace('\\', '/');
            if (wanted(name)) {
              entries.put(name, Files.readAllBytes(file));
            }
          }
        }
      } else {
        try (JarFile jar = new JarFile(codeSource.toFile())) {
          for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
            if (!entry.isDirectory() && wanted(entry.getName())) {
              try (InputStream in = jar.getInputStream(entry)) {
                entries.put(entry.getName(), in.readAllBytes());
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading Marsad's classes from " + codeSource, e);
    }
    entries.replaceAll(
        (name, bytes) -> SERVICES.matcher(name).matches() ? marsadOnly(bytes) : bytes);
    boolean hasServices = entries.keySet().stream().anyMatch(n -> SERVICES.matcher(n).matches());
    boolean hasClasses = entries.keySet().stream().anyMatch(n -> CLASSES.matcher(n).matches());
    if (!hasServices || !hasClasses) {
      throw new IllegalStateException(
          "the analysis classes or their services are missing from " + codeSource);
    }
    return entries;
  }

  private static boolean wanted(String name) {
    return CLASSES.matcher(name).matches() || SERVICES.matcher(name).matches();
  }

  /** A service file's lines that name Marsad's classes. */
  private static byte[] marsadOnly(byte[] serviceFile) {
    List<String> kept = new ArrayList<>();
    for (String line : new String(serviceFile, StandardCharsets.UTF_8).split("\n")) {
      if (line.strip().startsWith(MARSAD_CLASS)) {
        kept.add(line.strip());
      }
    }
    return (String.join("\n", kept) + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
