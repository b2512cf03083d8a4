/** Records shared by every stage; depends on nothing else in Marsad. */
package org.marsad.model;
