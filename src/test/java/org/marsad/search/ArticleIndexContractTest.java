package org.marsad.search;

/** The {@link SearchIndexContractTest} on the embedded index, in memory. */
class ArticleIndexContractTest extends SearchIndexContractTest {

  @Override
  protected SearchIndex emptyIndex() {
    return ArticleIndex.inMemory();
  }
}
