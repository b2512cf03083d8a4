package org.marsad.extract;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.marsad.testing.FuzzRow;
import org.marsad.testing.PropertyRows;

/**
 * {@link UnreadRawText} on random markup made of the pieces its scan must tell apart: the parsed
 * tree never changes but for emptied script and style bodies ({@link
 * UnreadRawTextTest#assertSameTree}).
 */
@AddLifecycleHook(PropertyRows.class)
class UnreadRawTextPropertyTest {

  private static final List<String> PIECES =
      List.of(
          "<script>",
          "<SCRIPT type=module>",
          "<script type=\"application/ld+json\">",
          "</script>",
          "</script ",
          "</scripts>",
          "</script'",
          "<style>",
          "</style>",
          "<!--",
          "-->",
          "--!>",
          "<!-->",
          "<!",
          "<?",
          "<![CDATA[",
          "]]>",
          "<",
          "</",
          ">",
          "/>",
          "<p title=",
          "<p>",
          "</p>",
          "<div a='",
          "'",
          "\"",
          "=",
          " ",
          "\n",
          "<title>",
          "</title>",
          "<textarea>",
          "</textarea>",
          "<iframe>",
          "</iframe>",
          "<noscript>",
          "</noscript>",
          "<svg>",
          "</svg>",
          "<svg/>",
          "<math>",
          "</math>",
          "<plaintext>",
          "<table><tr>",
          "<select>",
          "</select>",
          "<option>",
          "<frameset>",
          "<noframes>",
          "<template>",
          "</template>",
          "<head>",
          "</head>",
          "<body>",
          "</body>",
          "</html>",
          "<colgroup>",
          "<foreignObject>",
          "if (a < b) x();",
          "p{color:red}",
          "text",
          "نص");

  @Provide
  Arbitrary<String> markup() {
    return Arbitraries.of(PIECES).list().ofMaxSize(40).map(pieces -> String.join("", pieces));
  }

  @Property(tries = 5000)
  @FuzzRow(
      tries =
          "UnreadRawText.reader on random strings of up to 40 pieces of markup (script, style,"
              + " comment, declaration, quote, raw-text and SVG tags, near-miss end tags)",
      mustHold =
          "jsoup parses what it reads to the same tree as the page: same nodes, names,"
              + " attributes and text, save script and style bodies (never JSON-LD)")
  void emptyingChangesNothingButScriptAndStyleBodies(@ForAll("markup") String html) {
    UnreadRawTextTest.assertSameTree(html);
  }
}
