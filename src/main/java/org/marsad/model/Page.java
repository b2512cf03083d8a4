package org.marsad.model;

/**
 * One fetched or read page, before extraction: raw bytes plus what the transport said of them.
 *
 * @param bytes the body as received (possibly cut at a size cap, see {@code truncated})
 * @param contentType the HTTP Content-Type header, or null when unknown (files)
 * @param url where the page came from, or null; used to resolve relative links
 * @param truncated true when the bytes were cut at a size cap
 */
public record Page(byte[] bytes, String contentType, String url, boolean truncated) {}
