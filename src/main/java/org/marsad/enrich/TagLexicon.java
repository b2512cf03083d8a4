package org.marsad.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The names and phrases Marsad knows, for cutting a tag line whose separators were lost: names
 * given (gazetteer lists, the entities' canonical names the store knows, the {@link #bundled()}
 * list) and, optionally, the collocations of a {@link TermCounts}. Matching is by {@link WordKeys
 * key} sequence, so {@code الأمم المتحدة} knows {@code للأمم المتحدة}. Names of more than {@value
 * #MAX_WORDS} words are ignored. Immutable; thread-safe.
 */
public final class TagLexicon {
  /** Longest name looked up, in words: bounds the work per word of a tag line. */
  public static final int MAX_WORDS = 6;

  private static final String BUNDLED = "tag-phrases.txt";
  private static final LongCounts NONE = new LongCounts(16);

  private final LongCounts names;
  private final Collocations collocations;

  private TagLexicon(LongCounts names, Collocations collocations) {
    this.names = names;
    this.collocations = collocations;
  }

  /** A lexicon of {@code names} (blank and over-long ones skipped). */
  public static TagLexicon of(Collection<String> names) {
    LongCounts set = new LongCounts(Math.max(16, names.size() + 1));
    for (String name : names) {
      if (name == null) {
        continue;
      }
      Words w = Words.of(name, 1_000, null);
      if (w.size > 0 && w.size <= MAX_WORDS) {
        set.increment(WordKeys.phrase(w.hashes, 0, w.size));
      }
    }
    return new TagLexicon(set, null);
  }

  /**
   * The phrases written for this project ({@code org/marsad/enrich/tag-phrases.txt}): institutions,
   * places and news phrases of several words that any Arabic news tag line may hold.
   */
  public static TagLexicon bundled() {
    return of(bundledNames());
  }

  static List<String> bundledNames() {
    List<String> names = new ArrayList<>();
    try (InputStream in = TagLexicon.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("resource " + BUNDLED + " missing from the jar");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = lines.readLine()) != null) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          names.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BUNDLED, e);
    }
    return names;
  }

  /** This lexicon and {@code more} names. */
  public TagLexicon plus(Collection<String> more) {
    TagLexicon added = of(more);
    LongCounts union = new LongCounts(Math.max(16, names.size() + added.names.size() + 1));
    names.forEachKey(union::increment);
    added.names.forEachKey(union::increment);
    return new TagLexicon(union, collocations);
  }

  /** This lexicon, also knowing the collocations {@code counts} holds ({@link Collocations}). */
  public TagLexicon withCollocations(TermCounts counts) {
    return new TagLexicon(names, new Collocations(counts));
  }

  /** Whether words {@code [from, to)} of {@code w} are a known name or collocation. */
  boolean knows(Words w, int from, int to) {
    if (names.get(WordKeys.phrase(w.hashes, from, to)) > 0) {
      return true;
    }
    return collocations != null
        && to - from >= 2
        && to - from <= TermCounts.MAX_PHRASE_WORDS
        && w.informative[from]
        && w.informative[to - 1]
        && collocations.strength(w, from, to, NONE, NONE) >= 0;
  }
}
