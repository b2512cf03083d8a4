package org.marsad.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.UpdateParams;
import org.apache.solr.common.util.NamedList;
import org.marsad.store.StoreException;

/**
 * The few document operations {@link SolrStore} is built from, on one collection: real-time get
 * (sees a write at once, committed or not), blind writes, writes that hold only when the stored
 * {@code _version_} is as expected (Solr's optimistic concurrency: the one way several processes
 * agree on a key or a counter), queries, and the soft commit that makes writes visible to queries.
 * Failures of the cluster become {@link StoreException}s naming the collection.
 */
final class SolrDocs {
  /** {@code _version_} for "must not exist yet". */
  static final long ABSENT = -1;

  /** Ids per real-time get request: keeps request bodies small. */
  private static final int IDS_PER_GET = 200;

  /** Retries of one optimistic write before the store reports contention. */
  static final int MAX_TRIES = 100;

  private static final int CONFLICT = 409;

  private static final int BAD_REQUEST = 400;

  /** The update chain of the configset that tolerates a refused document (solrconfig.xml). */
  static final String TOLERANT = "marsad-tolerant";

  /** How Solr refuses a request naming a chain its configset lacks. */
  private static final String UNKNOWN_CHAIN = "unknown UpdateRequestProcessorChain: ";

  private final SolrClient client;
  private final String collection;

  SolrDocs(SolrClient client, String collection) {
    this.client = client;
    this.collection = collection;
  }

  String collection() {
    return collection;
  }

  /** The document with this id as last written, or null. */
  SolrDocument get(String id) {
    SolrDocumentList found = realTimeGet(List.of(id));
    return found.isEmpty() ? null : found.get(0);
  }

  /** The documents with these ids that exist, by id. */
  Map<String, SolrDocument> getAll(Collection<String> ids) {
    Map<String, SolrDocument> found = new LinkedHashMap<>();
    List<String> all = List.copyOf(ids);
    for (int from = 0; from < all.size(); from += IDS_PER_GET) {
      for (SolrDocument doc :
          realTimeGet(all.subList(from, Math.min(all.size(), from + IDS_PER_GET)))) {
        found.put((String) doc.getFieldValue("id"), doc);
      }
    }
    return found;
  }

  /**
   * Real-time get by POST: SolrJ's {@code getById} puts the ids in the URL, and a long URL key (a
   * few thousand Arabic letters, percent-encoded) overflows the HTTP/2 request header.
   */
  private SolrDocumentList realTimeGet(List<String> ids) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("id", ids.toArray(new String[0]));
    QueryRequest request = new QueryRequest(params, SolrRequest.METHOD.POST);
    request.setPath("/get");
    try {
      NamedList<Object> response = request.process(client, collection).getResponse();
      SolrDocumentList found = new SolrDocumentList();
      if (response.get("doc") instanceof SolrDocument one) {
        found.add(one);
      } else if (response.get("response") instanceof SolrDocumentList many) {
        found.addAll(many);
      }
      return found;
    } catch (SolrServerException | IOException | SolrException e) {
      throw failure("reading " + ids.size() + " documents from " + ids.get(0), e);
    }
  }

  /** Writes documents whatever is stored under their ids. */
  void put(Collection<SolrInputDocument> docs) {
    if (docs.isEmpty()) {
      return;
    }
    try {
      client.add(collection, new ArrayList<>(docs));
    } catch (SolrServerException | IOException | SolrException e) {
      throw failure("writing " + docs.size() + " documents", e);
    }
  }

  void put(SolrInputDocument doc) {
    put(List.of(doc));
  }

  /**
   * Writes documents in one request, each on its own terms: a document given a {@code _version_} by
   * {@link #expecting} is written only if that holds, and refusing it refuses no other (the
   * configset's {@value #TOLERANT} update chain reports refused documents one by one). Returns the
   * ids of the documents not written, whatever the reason (a conflict, or a refusal that writing
   * the document alone will report); all of them when the collection's configset predates the chain
   * (nothing is then written: Solr looks the chain up first).
   */
  Set<String> putEach(Collection<SolrInputDocument> docs) {
    if (docs.isEmpty()) {
      return Set.of();
    }
    UpdateRequest request = new UpdateRequest();
    request.add(new ArrayList<>(docs));
    request.setParam(UpdateParams.UPDATE_CHAIN, TOLERANT);
    try {
      NamedList<?> header = request.process(client, collection).getResponseHeader();
      Set<String> refused = new HashSet<>();
      if (header != null && header.get("errors") instanceof List<?> errors) {
        errors.forEach(error -> refused.add(String.valueOf(entry(error, "id"))));
      }
      return refused;
    } catch (SolrException e) {
      if (e.code() == BAD_REQUEST
          && String.valueOf(e.getMessage()).contains(UNKNOWN_CHAIN + TOLERANT)) {
        Set<String> all = new HashSet<>();
        docs.forEach(doc -> all.add(String.valueOf(doc.getFieldValue("id"))));
        return all;
      }
      throw failure("writing " + docs.size() + " documents", e);
    } catch (SolrServerException | IOException e) {
      throw failure("writing " + docs.size() + " documents", e);
    }
  }

  /** A field of one tolerated error: a map or a named list, depending on the response parser. */
  private static Object entry(Object error, String name) {
    if (error instanceof Map<?, ?> map) {
      return map.get(name);
    }
    return error instanceof NamedList<?> list ? list.get(name) : null;
  }

  /**
   * {@code doc}, to be written by {@link #putEach} only if the stored version is {@code version}.
   */
  static SolrInputDocument expecting(SolrInputDocument doc, long version) {
    doc.setField("_version_", version);
    return doc;
  }

  /**
   * Writes {@code doc} only if the stored version is {@code version} ({@link #ABSENT}: only if no
   * document has its id); false when another write came first.
   */
  boolean putIfVersion(SolrInputDocument doc, long version) {
    doc.setField("_version_", version);
    try {
      client.add(collection, doc);
      return true;
    } catch (SolrException e) {
      if (e.code() == CONFLICT) {
        return false;
      }
      throw failure("writing " + doc.getFieldValue("id"), e);
    } catch (SolrServerException | IOException e) {
      throw failure("writing " + doc.getFieldValue("id"), e);
    }
  }

  void delete(Collection<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    try {
      client.deleteById(collection, new ArrayList<>(ids));
    } catch (SolrServerException | IOException | SolrException e) {
      throw failure("deleting " + ids.size() + " documents", e);
    }
  }

  /** Deletes a document only if it is still the version read; false when it changed since. */
  boolean deleteIfVersion(String id, long version) {
    UpdateRequest delete = new UpdateRequest();
    delete.deleteById(id, version);
    try {
      delete.process(client, collection);
      return true;
    } catch (SolrException e) {
      if (e.code() == CONFLICT) {
        return false;
      }
      throw failure("deleting " + id, e);
    } catch (SolrServerException | IOException e) {
      throw failure("deleting " + id, e);
    }
  }

  void deleteByQuery(String query) {
    try {
      client.deleteByQuery(collection, query);
    } catch (SolrServerException | IOException | SolrException e) {
      throw failure("deleting " + query, e);
    }
  }

  /** Runs a query, by POST so that long filters (thousands of ids) fit. */
  QueryResponse query(SolrQuery query) {
    try {
      return client.query(collection, query, SolrRequest.METHOD.POST);
    } catch (SolrServerException | IOException | SolrException e) {
      throw failure("querying " + query.getQuery(), e);
    }
  }

  /** The documents a query finds, in its order. */
  SolrDocumentList find(SolrQuery query) {
    return query(query).getResults();
  }

  /** Makes every write so far visible to queries, and waits until it is. */
  void commit() {
    try {
      client.commit(collection, true, true, true);
    } catch (SolrServerException | IOException | SolrException e) {
      throw failure("committing", e);
    }
  }

  /** What a write that kept losing its race throws. */
  static StoreException contended(String what) {
    return new StoreException(what + " stayed contended for " + MAX_TRIES + " tries");
  }

  private StoreException failure(String what, Exception e) {
    return new StoreException("Solr collection " + collection + ": " + what + ": " + e, e);
  }
}
