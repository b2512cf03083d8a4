/**
 * Enrichment: what an article's own text says about it. Named entities (a statistical recognizer
 * trained on Arabic news, with a rule and gazetteer fallback), canonical entities, keywords and
 * tags, generic page tags, and a category.
 */
package org.marsad.enrich;
