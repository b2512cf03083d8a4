package org.marsad.solr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Marsad's SolrCloud configset, kept in the jar ({@code org/marsad/solr/configset/conf}): one
 * solrconfig.xml and one schema for every Marsad collection. The schema's Arabic chains are run by
 * the analysis plug-in ({@code marsad-solr-plugin.jar}), which must be on every node's shared
 * library path.
 */
public final class SolrConfigset {

  /** The name the configset is uploaded under in ZooKeeper. */
  public static final String NAME = "marsad";

  static final List<String> FILES = List.of("solrconfig.xml", "schema.xml");

  private static final String RESOURCE_DIR = "/org/marsad/solr/configset/conf/";

  private SolrConfigset() {}

  /** Writes the configset's files into {@code conf} (created when missing). */
  public static Path writeTo(Path conf) {
    try {
      Files.createDirectories(conf);
      for (String file : FILES) {
        try (InputStream in = SolrConfigset.class.getResourceAsStream(RESOURCE_DIR + file)) {
          if (in == null) {
            throw new IllegalStateException("the jar lacks the configset file " + file);
          }
          Files.copy(in, conf.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return conf;
    } catch (IOException e) {
      throw new UncheckedIOException("writing the Solr configset to " + conf, e);
    }
  }
}
