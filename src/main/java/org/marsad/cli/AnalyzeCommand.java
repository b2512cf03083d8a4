package org.marsad.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import org.marsad.enrich.ArticleEnricher;
import org.marsad.extract.ExtractionLimits;
import org.marsad.extract.PageExtractor;
import org.marsad.model.Enrichment;
import org.marsad.model.ExtractedArticle;
import org.marsad.model.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad analyze}: runs extraction on one page and prints what it produced, as the JSON
 * contract or as readable text. The debug door of the extraction stage.
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Extract the article from one page (HTML or a plain-text dump) and print every part:",
      "title, body, paragraphs, source, published, author, url, language, page tags,",
      "related articles, links, then what its text says: entities, keywords, tags, the page",
      "tags the text never mentions and a category; then problems."
    })
public final class AnalyzeCommand implements Runnable {

  /** Output formats. */
  enum Format {
    json,
    text
  }

  @Option(names = "--format", defaultValue = "json", description = "json (default) or text.")
  Format format;

  @Option(
      names = "--base-url",
      description = "The page's address, to resolve relative links of a file or stdin.")
  String baseUrl;

  @Parameters(
      index = "0",
      paramLabel = "PATH|URL|-",
      description = "A file (.gz too), an http(s) URL, or - for standard input.")
  String input;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Standard input, replaceable by tests. */
  InputStream stdin = System.in;

  @Override
  public void run() {
    PageLoader loader = new PageLoader(ExtractionLimits.DEFAULT.maxBytes());
    Page page = loader.load(input, baseUrl, stdin);
    if (baseUrl != null && page.url() == null) {
      page = new Page(page.bytes(), page.contentType(), baseUrl, page.truncated());
    }
    if (PageExtractor.sniff(page) == PageExtractor.Kind.BINARY) {
      throw new UserInputException("not an HTML or text page (binary content): " + input);
    }
    ExtractedArticle article = new PageExtractor().extract(page);
    Enrichment enrichment =
        ArticleEnricher.shipped(ArticleEnricher.Settings.DEFAULT)
            .enrich(article.title(), article.body(), article.pageTags());
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        format == Format.json
            ? ArticleReport.json(article, enrichment)
            : ArticleReport.text(article, enrichment));
    out.flush();
  }
}
