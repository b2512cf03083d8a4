/** Telling copies apart from new articles: URL canonicalization first. */
package org.marsad.dedup;
