package org.marsad.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.marsad.config.MarsadConfig;
import org.marsad.solr.SolrCluster;

/**
 * Which backend a process opens, read once from configuration ({@code backend}, {@code solr.*}) and
 * checked before anything is opened, so that a wrong value fails with its key's name.
 *
 * @param kind embedded (SQLite and Lucene in {@code dataDir}) or SolrCloud
 * @param dataDir the data directory: the embedded backend's files, and every backend's
 *     configuration and reindex requests
 * @param solr the cluster's settings; null for the embedded backend
 */
public record BackendConfig(Kind kind, Path dataDir, Solr solr) {

  /** The configuration key naming the backend. */
  public static final String BACKEND_KEY = "backend";

  /** The configuration key of the cluster's ZooKeeper address. */
  public static final String ZK_KEY = "solr.zk";

  /** The backends there are. */
  public enum Kind {
    EMBEDDED,
    SOLR
  }

  /**
   * A SolrCloud cluster and how Marsad lays out its collections in it.
   *
   * @param zk the ZooKeeper ensemble, {@code host:port[,host:port][/chroot]}
   * @param prefix the prefix of every collection's name
   * @param shards the articles collection's shards
   * @param replicas copies of each shard
   * @param connectTimeout how long to wait for ZooKeeper before giving up
   */
  public record Solr(String zk, String prefix, int shards, int replicas, Duration connectTimeout) {
    public Solr {
      Objects.requireNonNull(zk, "zk");
      Objects.requireNonNull(prefix, "prefix");
    }
  }

  public BackendConfig {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(dataDir, "dataDir");
    if ((kind == Kind.SOLR) != (solr != null)) {
      throw new IllegalArgumentException("the Solr settings go with the Solr backend alone");
    }
  }

  /** The embedded backend of a data directory. */
  public static BackendConfig embedded(Path dataDir) {
    return new BackendConfig(Kind.EMBEDDED, dataDir, null);
  }

  /**
   * The backend the configuration names.
   *
   * @throws IllegalArgumentException naming the key when {@code backend} is unknown, or it is solr
   *     and {@code solr.zk} is missing or not a ZooKeeper address, or a {@code solr.*} number is
   *     out of range
   */
  public static BackendConfig from(MarsadConfig config, Path dataDir) {
    String backend = config.string(BACKEND_KEY).toLowerCase(Locale.ROOT);
    return switch (backend) {
      case "embedded" -> embedded(dataDir);
      case "solr" -> new BackendConfig(Kind.SOLR, dataDir, solr(config));
      default ->
          throw new IllegalArgumentException(
              "configuration key '"
                  + BACKEND_KEY
                  + "' is '"
                  + config.string(BACKEND_KEY)
                  + "', expected embedded or solr");
    };
  }

  private static Solr solr(MarsadConfig config) {
    String zk = config.string(ZK_KEY).strip();
    if (zk.isEmpty()) {
      throw new IllegalArgumentException(
          "the solr backend needs the cluster's ZooKeeper address: set '"
              + ZK_KEY
              + "' (or --zk HOST:PORT[/chroot])");
    }
    try {
      SolrCluster.checkAddress(zk);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "configuration key '" + ZK_KEY + "' (or --zk): " + e.getMessage(), e);
    }
    String prefix = config.string("solr.prefix").strip();
    if (!prefix.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*")) {
      throw new IllegalArgumentException(
          "configuration key 'solr.prefix' is '"
              + prefix
              + "', expected letters, digits, '_', '.' or '-' (a Solr collection name)");
    }
    return new Solr(
        zk,
        prefix,
        atLeastOne(config, "solr.shards"),
        atLeastOne(config, "solr.replicas"),
        config.duration("solr.connect-timeout"));
  }

  private static int atLeastOne(MarsadConfig config, String key) {
    int value = config.integer(key);
    if (value < 1) {
      throw new IllegalArgumentException(
          "configuration key '" + key + "' is '" + value + "', expected at least 1");
    }
    return value;
  }

  /** What is opened, for messages: the data directory or the cluster. */
  public String describe() {
    return kind == Kind.EMBEDDED
        ? "the data directory " + dataDir
        : "the SolrCloud cluster at " + solr.zk() + " (collections " + solr.prefix() + "*)";
  }
}
