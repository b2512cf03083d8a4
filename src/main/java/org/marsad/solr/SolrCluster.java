package org.marsad.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.solr.common.cloud.ZkMaintenanceUtils;
import org.apache.solr.common.cloud.ZkStateReader;

/**
 * A connection to a SolrCloud cluster through its ZooKeeper ensemble ({@code host:port[,host:port]
 * [/chroot]}), and the setup every Marsad process may run at start: the configset uploaded and the
 * collections created when missing (idempotent, so several processes can start at once).
 */
public final class SolrCluster implements AutoCloseable {

  private static final int ZK_TIMEOUT_SECONDS = 30;

  private final String zkAddress;
  private final CloudSolrClient client;

  private SolrCluster(String zkAddress, CloudSolrClient client) {
    this.zkAddress = zkAddress;
    this.client = client;
  }

  /**
   * Connects to the cluster whose ZooKeeper ensemble is {@code zkAddress}.
   *
   * @throws IllegalArgumentException when the address is malformed
   */
  public static SolrCluster connect(String zkAddress) {
    return connect(zkAddress, Duration.ofSeconds(ZK_TIMEOUT_SECONDS));
  }

  /**
   * Connects to the cluster and waits at most {@code timeout} for ZooKeeper to answer, so that a
   * wrong or unreachable address fails at start rather than at the first request.
   *
   * @throws IllegalArgumentException when the address is malformed
   * @throws SolrBackendException when ZooKeeper does not answer in time
   */
  public static SolrCluster connect(String zkAddress, Duration timeout) {
    ZkAddress address = ZkAddress.parse(zkAddress);
    CloudSolrClient client =
        new CloudSolrClient.Builder(address.hosts(), address.chroot())
            .withZkClientTimeout(ZK_TIMEOUT_SECONDS, TimeUnit.SECONDS)
            .withZkConnectTimeout(
                (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()), TimeUnit.MILLISECONDS)
            .build();
    try {
      client.connect(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | RuntimeException e) {
      closeQuietly(client);
      throw new SolrBackendException(
          "no answer from ZooKeeper at " + zkAddress + " within " + timeout.toMillis() + " ms", e);
    } catch (InterruptedException e) {
      closeQuietly(client);
      Thread.currentThread().interrupt();
      throw new SolrBackendException("interrupted connecting to " + zkAddress, e);
    }
    return new SolrCluster(zkAddress, client);
  }

  /**
   * Checks a ZooKeeper address without connecting.
   *
   * @throws IllegalArgumentException naming what is wrong with it
   */
  public static void checkAddress(String zkAddress) {
    ZkAddress.parse(zkAddress);
  }

  private static void closeQuietly(CloudSolrClient client) {
    try {
      client.close();
    } catch (IOException | RuntimeException e) {
      // the connection failed already; that is what gets reported
    }
  }

  /** The client for requests to any collection (name it per request). */
  public CloudSolrClient client() {
    return client;
  }

  /** The ZooKeeper address this cluster was reached by. */
  public String zkAddress() {
    return zkAddress;
  }

  /**
   * Uploads Marsad's configset to ZooKeeper, replacing an earlier upload (as {@code bin/solr zk
   * upconfig} does: a configset from ZooKeeper is trusted by the nodes).
   */
  public void uploadConfigset() {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("marsad-configset");
      SolrConfigset.writeTo(dir);
      try (SolrZkClient zk =
          new SolrZkClient.Builder()
              .withUrl(zkAddress)
              .withTimeout(ZK_TIMEOUT_SECONDS, TimeUnit.SECONDS)
              .build()) {
        ZkMaintenanceUtils.uploadToZK(
            zk, dir, ZkMaintenanceUtils.CONFIGS_ZKNODE + "/" + SolrConfigset.NAME, null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("uploading the configset to " + zkAddress, e);
    } finally {
      deleteQuietly(dir);
    }
  }

  /**
   * Reloads every collection made with Marsad's configset, so that an upload replacing it (a new
   * Marsad's fields and update chains) takes effect without restarting the nodes; returns their
   * names.
   */
  public List<String> reloadCollections() {
    List<String> reloaded = new ArrayList<>();
    try {
      for (DocCollection collection :
          ZkStateReader.from(client).getClusterState().collectionStream().toList()) {
        if (SolrConfigset.NAME.equals(collection.getConfigName())) {
          CollectionAdminRequest.reloadCollection(collection.getName()).process(client);
          reloaded.add(collection.getName());
        }
      }
    } catch (SolrServerException | IOException e) {
      throw new SolrBackendException("reloading the collections after " + reloaded, e);
    }
    return reloaded;
  }

  /**
   * Creates a collection with Marsad's configset unless it exists, and waits until its replicas are
   * active.
   */
  public void ensureCollection(String name, int shards, int replicas) {
    try {
      List<String> existing = CollectionAdminRequest.listCollections(client);
      if (!existing.contains(name)) {
        CollectionAdminRequest.createCollection(name, SolrConfigset.NAME, shards, replicas)
            .process(client);
      }
      ZkStateReader.from(client)
          .waitForState(
              name,
              ZK_TIMEOUT_SECONDS,
              TimeUnit.SECONDS,
              (nodes, state) ->
                  state != null
                      && state.getActiveSlices().size() == shards
                      && state.getReplicas().stream().allMatch(r -> r.isActive(nodes)));
    } catch (SolrServerException | IOException | TimeoutException e) {
      throw new SolrBackendException("creating the collection " + name, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SolrBackendException("interrupted creating the collection " + name, e);
    }
  }

  @Override
  public void close() {
    try {
      client.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing the Solr client", e);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind costs nothing
    }
  }

  /** A ZooKeeper connect string split as SolrJ takes it. */
  record ZkAddress(List<String> hosts, Optional<String> chroot) {

    static ZkAddress parse(String address) {
      String text = address == null ? "" : address.strip();
      if (text.isEmpty()) {
        throw new IllegalArgumentException("a ZooKeeper address is host:port[,host:port][/chroot]");
      }
      int slash = text.indexOf('/');
      String hostPart = slash < 0 ? text : text.substring(0, slash);
      Optional<String> chroot =
          slash < 0 || slash == text.length() - 1
              ? Optional.empty()
              : Optional.of(text.substring(slash));
      List<String> hosts = List.of(hostPart.split(","));
      for (String host : hosts) {
        int colon = host.lastIndexOf(':');
        if (colon <= 0 || !host.substring(colon + 1).matches("\\d{1,5}")) {
          throw new IllegalArgumentException(
              "not a ZooKeeper host:port in " + address + ": '" + host + "'");
        }
      }
      return new ZkAddress(hosts, chroot);
    }
  }
}
