/**
 * The distributed backend: Marsad's store and search index on SolrCloud, for when one machine is
 * outgrown. Several stateless Marsad processes share one cluster, reached through ZooKeeper.
 */
package org.marsad.solr;
