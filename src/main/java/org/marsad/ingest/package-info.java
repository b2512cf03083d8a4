/**
 * Following sources: fetching (HTTP with politeness, robots.txt, private-network guard, caps),
 * reading feeds (RSS, Atom, JSON Feed, sitemaps, OPML) and polling on a schedule.
 *
 * <p>Wiring, from the bottom up:
 *
 * <pre>{@code
 * HttpFetcher fetcher = new HttpFetcher(FetcherConfig.builder().build());   // share one
 * SourcePoller poller = new SourcePoller(fetcher, new FeedParser(), seenItems,
 *     PollingConfig.defaults(), Clock.systemUTC());
 * PollResult r = poller.poll(source, states.get(source.id()));  // never throws for the source
 * for (FeedItem item : r.newItems()) {
 *   if (item.needsFullText()) { ... fetcher.fetch(URI.create(item.link())).toPage() -> extractor }
 *   ... store the article
 * }
 * states.put(r.state());  // last: its ETag must not vouch for items not stored
 * }</pre>
 *
 * {@link org.marsad.ingest.PollScheduler} runs the poll for many sources on a bounded pool, queued
 * per host: {@code pollAll(sources)} for one pass ({@code marsad fetch}), {@code start(...)} for
 * {@code marsad serve}; results go to a sink, which stores the items and then the state. Nothing
 * here depends on the store: state goes through {@link org.marsad.ingest.SourceStateRepository} and
 * "seen before" through {@link org.marsad.ingest.SeenItems}.
 */
package org.marsad.ingest;
