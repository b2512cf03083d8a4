package org.marsad.extract;

import org.marsad.model.Link;

/**
 * One line of a dump after fused read-also fragments were cut out of it.
 *
 * @param text the line's original text, stripped
 * @param role how the page parser must treat it
 * @param link the link recovered from a fused fragment, only for {@link Role#FUSED_LINK}
 */
record DumpLine(String text, Role role, Link link) {

  enum Role {
    /** An ordinary line, classified by the parser. */
    TEXT,
    /** Article text that followed a fused fragment: a paragraph, whatever its length. */
    CONTINUATION,
    /** A read-also fragment cut out of a line. */
    FUSED_LINK
  }

  static DumpLine text(String text) {
    return new DumpLine(text, Role.TEXT, null);
  }
}
