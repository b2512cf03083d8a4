package org.marsad.pipeline;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import org.marsad.alert.AlertChecker;
import org.marsad.alert.AlertTask;
import org.marsad.alert.SavedSearches;
import org.marsad.alert.WebhookDeliverer;
import org.marsad.config.MarsadConfig;
import org.marsad.dedup.DedupConfig;
import org.marsad.dedup.DuplicateDetector;
import org.marsad.dedup.UrlCanonicalizer;
import org.marsad.enrich.ArticleEnricher;
import org.marsad.enrich.CategoryClassifier;
import org.marsad.enrich.CategoryClassifiers;
import org.marsad.enrich.EntityRecognizer;
import org.marsad.enrich.EntityRecognizers;
import org.marsad.enrich.TermCounts;
import org.marsad.extract.PageExtractor;
import org.marsad.ingest.AddressGuard;
import org.marsad.ingest.ArticleLimits;
import org.marsad.ingest.FeedParser;
import org.marsad.ingest.FetcherConfig;
import org.marsad.ingest.HttpFetcher;
import org.marsad.ingest.LeaseKeeper;
import org.marsad.ingest.PollResult;
import org.marsad.ingest.PollScheduler;
import org.marsad.ingest.PollSummary;
import org.marsad.ingest.PollingConfig;
import org.marsad.ingest.SourcePoller;
import org.marsad.search.SearchIndex;
import org.marsad.store.Store;
import org.marsad.story.ArticleSimilarity;
import org.marsad.story.StoryClusterer;
import org.marsad.story.StoryConfig;
import org.marsad.story.TermStatistics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running Marsad over a data directory's backends (embedded, or SolrCloud as its configuration
 * says: {@link BackendConfig}): the store, the index kept in step with it, and the fetch, poll,
 * extract and store chain, assembled here in one readable place. {@code marsad fetch} runs one
 * pass; {@code marsad serve} starts the scheduler. Close it to stop polling and release the store
 * and the index.
 *
 * <p>The store is the truth and may be written by other processes ({@code marsad import} beside
 * {@code serve}); {@link #followStore} keeps the index in step with it by the store's change
 * cursor.
 */
public final class Engine implements AutoCloseable {
  /** The per-article stages to run, in order (configuration). */
  public static final String STAGES_KEY = "pipeline.stages";

  /** The stages there are, in the order they must run. */
  private static final List<String> STAGES = List.of("duplicates", "enrich", "stories");

  private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
  private final Store store;
  private final SearchIndex index;
  private final LeasedFollower pipeline;
  private final IndexCatchUp indexCatchUp;
  private final HttpFetcher fetcher;
  private final PollScheduler scheduler;
  private final MarsadConfig config;
  private final SourceCatalog sources;
  private final RelatedArticles related;
  private final SavedSearches savedSearches;
  private final AlertTask alerts;
  private volatile Consumer<PollResult> pollListener = result -> {};

  private Engine(
      Path dataDir, MarsadConfig config, Clock clock, AddressGuard.HostResolver resolver) {
    this.config = config;
    // Configuration first, so that a bad value fails before anything is opened.
    FetcherConfig fetching = fetcherConfig(config);
    SourceLimits limits = SourceLimits.from(config);
    stageNames(config);
    RelatedArticles.Settings relatedSettings = relatedSettings(config);
    WebhookDeliverer.Settings webhookSettings = webhookSettings(config);
    BackendConfig backend = BackendConfig.from(config, dataDir);
    Duration leaseTtl = LeaseKeeper.checkTtl(config.duration("poll.lease-ttl"));
    this.store = Backends.openStore(backend);
    try {
      this.index = Backends.openIndex(backend);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    LeaseKeeper leases = new LeaseKeeper(Backends.openLeases(backend, clock), leaseTtl);
    this.pipeline =
        new LeasedFollower(
            () -> follower(store, index, config),
            leases,
            store,
            index,
            leaseTtl.plus(config.duration("index.sync-interval")));
    this.indexCatchUp = new IndexCatchUp(pipeline, ReindexRequest.in(dataDir));
    this.related = new RelatedArticles(store, index, relatedSettings);
    this.fetcher = new HttpFetcher(fetching, clock, resolver);
    this.sources =
        new SourceCatalog(
            store,
            limits,
            new SourceAddressCheck(
                fetching.allowPrivateNetworks(), fetching.allowedRanges(), resolver));
    this.savedSearches =
        new SavedSearches(
            store,
            new AddressGuard(fetching.allowPrivateNetworks(), fetching.allowedRanges(), resolver),
            "fetch.allow-private-networks or serve --allow-private-networks",
            clock);
    this.alerts =
        new AlertTask(
            new AlertChecker(store, index, config.integer("alerts.batch")),
            new WebhookDeliverer(store, fetcher, webhookSettings, clock));
    PollingConfig polling =
        new PollingConfig(
            config.duration("poll.interval"),
            config.duration("poll.min-interval"),
            config.duration("poll.max-interval"),
            config.duration("poll.max-backoff"),
            config.integer("poll.threads"),
            config.integer("poll.per-host"));
    SourcePoller poller =
        new SourcePoller(
            fetcher,
            new FeedParser(
                config.integer(FeedParser.MAX_ITEMS_KEY),
                FeedParser.DEFAULT_MAX_BYTES,
                articleLimits(config)),
            new StoredItems(store),
            polling,
            clock);
    FeedIngestion ingestion =
        new FeedIngestion(
            store,
            new FeedArticles(
                fetcher, new PageExtractor(), new UrlCanonicalizer(), articleLimits(config), clock),
            indexCatchUp::request,
            clock);
    this.scheduler =
        new PollScheduler(
            poller,
            new StoreSourceStates(store),
            ingestion.andThen(result -> pollListener.accept(result)),
            polling,
            leases,
            clock);
  }

  /** Opens the data directory (created when absent) with this configuration. */
  public static Engine open(Path dataDir, MarsadConfig config) {
    return open(dataDir, config, InetAddress::getAllByName);
  }

  /**
   * Opens with another DNS look-up for the private-network checks (when sources are added and
   * fetched), so that tests can make a name point anywhere.
   */
  public static Engine open(Path dataDir, MarsadConfig config, AddressGuard.HostResolver resolver) {
    return new Engine(dataDir, config, Clock.systemUTC(), resolver);
  }

  /**
   * The per-article pipeline over a data directory's backends: the stages, assembled here alone,
   * between the store and the index. {@code marsad import} and {@code reindex} use it when they
   * hold the index themselves.
   */
  public static StoreFollower follower(Store store, SearchIndex index, MarsadConfig config) {
    List<ArticleStage> stages = new ArrayList<>();
    for (String name : stageNames(config)) {
      stages.add(
          switch (name) {
            case "duplicates" -> duplicateStage(store, index, config);
            case "enrich" -> new EnrichStage(enricher(config));
            default -> storyStage(store, config);
          });
    }
    return new StoreFollower(
        store, index, ArticleStage.chain(stages), config.integer("pipeline.recall-articles"));
  }

  /**
   * Runs the per-article pipeline over backends a command opened itself ({@code marsad import}),
   * under the pipeline's lease as an engine does: analyzes and indexes what the store holds, or
   * waits while the process holding the lease does; returns how many articles this call indexed.
   */
  public static int catchUp(
      Store store, SearchIndex index, MarsadConfig config, BackendConfig backend) {
    return underLease(store, index, config, backend, LeasedFollower::catchUpAll);
  }

  /**
   * Rebuilds the index from the store ({@code marsad reindex}) under the pipeline's lease; returns
   * how many articles, or -1 when another process holds the lease (a running serve).
   */
  public static int rebuild(
      Store store, SearchIndex index, MarsadConfig config, BackendConfig backend) {
    return underLease(store, index, config, backend, LeasedFollower::rebuild);
  }

  private static int underLease(
      Store store,
      SearchIndex index,
      MarsadConfig config,
      BackendConfig backend,
      ToIntFunction<LeasedFollower> work) {
    Duration ttl = LeaseKeeper.checkTtl(config.duration("poll.lease-ttl"));
    try (LeaseKeeper leases =
        new LeaseKeeper(Backends.openLeases(backend, Clock.systemUTC()), ttl)) {
      return work.applyAsInt(
          new LeasedFollower(
              () -> follower(store, index, config),
              leases,
              store,
              index,
              ttl.plus(config.duration("index.sync-interval"))));
    }
  }

  /** The configured stages, checked before anything is opened. */
  private static List<String> stageNames(MarsadConfig config) {
    DedupConfig.from(config);
    config.duration("story.window");
    config.integer("pipeline.recall-articles");
    enricherSettings(config);
    for (String key : List.of("enrich.ner-model", "enrich.category-model")) {
      String file = config.string(key);
      if (!file.isBlank() && !Files.isRegularFile(Path.of(file))) {
        throw new IllegalArgumentException("configuration: " + key + " names no file: " + file);
      }
    }
    List<String> names = config.list(STAGES_KEY);
    int previous = -1;
    for (String name : names) {
      if (STAGES.indexOf(name) >= 0 && STAGES.indexOf(name) <= previous) {
        throw new IllegalArgumentException(
            "configuration: "
                + STAGES_KEY
                + " lists '"
                + name
                + "' out of order: stages run in the order "
                + String.join(", ", STAGES));
      }
      previous = STAGES.indexOf(name);
      if (!STAGES.contains(name)) {
        throw new IllegalArgumentException(
            "configuration: "
                + STAGES_KEY
                + " names an unknown stage '"
                + name
                + "' (known: "
                + String.join(", ", STAGES)
                + ")");
      }
    }
    return names;
  }

  private static ArticleStage duplicateStage(Store store, SearchIndex index, MarsadConfig config) {
    // Sources named in dedup.ungrouped-sources are excluded by the detector, feed URLs by the
    // stage.
    DedupConfig dedup = DedupConfig.from(config);
    return new DuplicateStage(
        new DuplicateDetector(dedup),
        id -> store.source(id).orElse(null),
        Set.copyOf(config.list("dedup.ungrouped-sources")),
        new IndexedCopies(store, index),
        dedup.window());
  }

  /**
   * The enrichment of articles with the configured models ({@code enrich.ner-model}, {@code
   * enrich.category-model}: a file, or empty for the model shipped in the jar).
   *
   * @throws IllegalArgumentException naming a model file that cannot be read or a bad setting
   */
  public static ArticleEnricher enricher(MarsadConfig config) {
    String nerModel = config.string("enrich.ner-model");
    String categoryModel = config.string("enrich.category-model");
    EntityRecognizer recognizer =
        nerModel.isBlank()
            ? EntityRecognizers.shipped()
            : EntityRecognizers.load(Path.of(nerModel));
    CategoryClassifier classifier;
    try {
      classifier =
          categoryModel.isBlank()
              ? CategoryClassifiers.shipped()
              : CategoryClassifiers.load(Path.of(categoryModel));
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "configuration: enrich.category-model " + categoryModel + ": " + e.getMessage(), e);
    }
    return new ArticleEnricher(recognizer, classifier, new TermCounts(), enricherSettings(config));
  }

  private static ArticleEnricher.Settings enricherSettings(MarsadConfig config) {
    try {
      return new ArticleEnricher.Settings(
          config.integer("enrich.max-keywords"),
          config.integer("enrich.max-tags"),
          config.integer("enrich.max-chars"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("configuration: enrich.*: " + e.getMessage(), e);
    }
  }

  private static ArticleStage storyStage(Store store, MarsadConfig config) {
    return new StoryStage(
        new StoryClusterer(
            StoryConfig.defaults().withWindow(config.duration("story.window")),
            new ArticleSimilarity(new TermStatistics())),
        ids -> StoreFollower.load(store, ids));
  }

  /**
   * Related articles over a data directory's backends, with the {@code related.*} settings.
   *
   * @throws IllegalArgumentException naming a {@code related.*} value out of range
   */
  public static RelatedArticles relatedArticles(
      Store store, SearchIndex index, MarsadConfig config) {
    return new RelatedArticles(store, index, relatedSettings(config));
  }

  static RelatedArticles.Settings relatedSettings(MarsadConfig config) {
    try {
      return new RelatedArticles.Settings(
          config.integer("related.candidates"),
          config.decimal("related.diversity-lambda"),
          config.decimal("related.min-similarity"),
          config.decimal("related.copy-similarity"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("configuration: " + e.getMessage(), e);
    }
  }

  /** Related articles over this engine's store and index. */
  public RelatedArticles relatedArticles() {
    return related;
  }

  private static WebhookDeliverer.Settings webhookSettings(MarsadConfig config) {
    try {
      config.integer("alerts.batch");
      config.duration("alerts.interval");
      return new WebhookDeliverer.Settings(
          config.integer("alerts.max-attempts"),
          config.duration("alerts.retry-base-delay"),
          config.duration("alerts.retry-max-delay"),
          config.integer("alerts.posts-per-turn"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("configuration: " + e.getMessage(), e);
    }
  }

  /** The saved searches and their delivery logs. */
  public SavedSearches savedSearches() {
    return savedSearches;
  }

  /** The alerts' turn (matching, then posting webhooks), which {@link #startAlerts} repeats. */
  public AlertTask alerts() {
    return alerts;
  }

  /**
   * Matches newly indexed articles against the saved searches and posts their webhooks in the
   * background, every {@code alerts.interval}: {@code marsad serve}. Stopped by {@link #close}.
   */
  public void startAlerts() {
    alerts.start(config.duration("alerts.interval"));
  }

  static FetcherConfig fetcherConfig(MarsadConfig config) {
    return FetcherConfig.builder()
        .userAgent(config.string("fetch.user-agent"))
        .connectTimeout(config.duration("fetch.connect-timeout"))
        .readTimeout(config.duration("fetch.read-timeout"))
        .maxBytes(config.bytes("fetch.max-bytes"))
        .maxRedirects(config.integer("fetch.max-redirects"))
        .maxAttempts(config.integer("fetch.retries") + 1)
        .retryDelays(
            config.duration("fetch.retry-base-delay"), config.duration("fetch.retry-max-delay"))
        .maxConnectionsPerHost(config.integer("fetch.per-host-connections"))
        .minDelayPerHost(config.duration("fetch.per-host-delay"))
        .robotsTtl(config.duration("fetch.robots-ttl"))
        .allowPrivateNetworks(config.bool("fetch.allow-private-networks"))
        .build();
  }

  /** The caps on what one article adds to the store, from the {@code article.*} keys. */
  public static ArticleLimits articleLimits(MarsadConfig config) {
    try {
      return new ArticleLimits(
          config.integer(ArticleLimits.URL_KEY),
          config.integer(ArticleLimits.TITLE_KEY),
          config.integer(ArticleLimits.SUMMARY_KEY),
          config.integer(ArticleLimits.BODY_KEY));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("configuration: " + e.getMessage(), e);
    }
  }

  public Store store() {
    return store;
  }

  public SearchIndex index() {
    return index;
  }

  public SourceCatalog sources() {
    return sources;
  }

  public MarsadConfig config() {
    return config;
  }

  /**
   * Indexes what the store holds that the index has not seen (after an import, a crash), or waits
   * while the process holding the pipeline's lease does ({@link LeasedFollower#catchUpAll});
   * returns how many articles this process indexed.
   */
  public int catchUpIndex() {
    return pipeline.catchUpAll();
  }

  /**
   * Polls every source once, now, and waits: {@code marsad fetch}. The index first catches up with
   * what a killed run stored but did not index, since a pass that finds nothing new would not, and
   * holds all that the pass stored when it returns. {@code onEach} hears of each source as its poll
   * is stored (for a progress bar), in a worker thread. After {@link #stop} it returns what was
   * done.
   */
  public synchronized PollSummary fetchAll(Consumer<PollResult> onEach) {
    pipeline.catchUp();
    pollListener = onEach;
    try {
      return scheduler.pollAll(store.sources());
    } finally {
      pollListener = result -> {};
      pipeline.catchUpAll();
    }
  }

  /** Starts polling sources as they come due, in the background: {@code marsad serve}. */
  public void startPolling() {
    scheduler.start(store::sources, config.duration("poll.tick"));
  }

  /**
   * Stops polling, for a shutdown: polls not started are dropped, polls in flight are interrupted
   * and commit the articles they made (not their state, so the next poll re-offers the rest), for
   * at most {@link PollScheduler#STOP_GRACE}. Safe to call from a shutdown hook and more than once.
   */
  public void stop() {
    scheduler.close();
  }

  /**
   * Keeps the index in step with the store in the background, every {@code index.sync-interval}:
   * what another process stored ({@code marsad import} beside {@code serve}) becomes searchable
   * within that time, and a pending {@link ReindexRequest} is carried out. Failures are logged and
   * retried at the next turn.
   */
  public void followStore() {
    pipeline.keepBetweenCatchUps();
    indexCatchUp.follow(config.duration("index.sync-interval"));
  }

  @Override
  public void close() {
    alerts.close();
    scheduler.close();
    indexCatchUp.close();
    fetcher.close();
    index.close();
    store.close();
  }
}
