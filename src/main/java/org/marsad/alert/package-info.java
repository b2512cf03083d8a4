/**
 * Saved searches and their alerts: a search kept under a name ({@link
 * org.marsad.alert.SavedSearches}), matched against each newly indexed article ({@link
 * org.marsad.alert.AlertChecker}) and posted, once per article, to its webhook ({@link
 * org.marsad.alert.WebhookDeliverer}), on a schedule ({@link org.marsad.alert.AlertTask}). Above
 * {@code store}, {@code search} and {@code ingest}; {@code pipeline.Engine} assembles it.
 */
package org.marsad.alert;
