package org.marsad.solr;

/** A request to the SolrCloud cluster failed: the cluster's answer or the transport's error. */
public final class SolrBackendException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SolrBackendException(String message, Throwable cause) {
    super(message + ": " + cause.getMessage(), cause);
  }
}
