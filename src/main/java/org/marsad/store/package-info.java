/**
 * What Marsad keeps: the {@link org.marsad.store.Store} contract (sources, polling state, fetch
 * log, articles, revisions) and its embedded SQLite implementation. Backend-neutral types only in
 * the interface; SQL stays in package-private classes.
 */
package org.marsad.store;
