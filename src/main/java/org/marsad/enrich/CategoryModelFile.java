package org.marsad.enrich;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The binary file of a {@link LinearCategoryClassifier}, gzipped: a header (format name, version,
 * feature settings, labels, biases), then only the slots with a weight, each as the gap from the
 * previous slot (a variable-length int) and one 16-bit weight per label, then an end mark. Weights
 * are stored as multiples of a power of two ({@link #round}); the trainer rounds them the same way
 * before it returns, so a trained model saved and loaded scores exactly as before.
 *
 * <p>Reading checks every count and index against the header and requires the end mark and the gzip
 * trailer, so a truncated or corrupt file fails with a message instead of loading as a different
 * model.
 */
final class CategoryModelFile {
  static final String FORMAT = "marsad-category-model";
  static final int VERSION = 1;
  static final int MAX_LABELS = 1000;

  /**
   * Most weights a file may ask for (64 MB of floats), so a damaged header cannot exhaust memory.
   */
  static final int MAX_WEIGHTS = 1 << 24;

  private static final String END = "end";
  private static final int WEIGHT_LEVELS = Short.MAX_VALUE;

  private CategoryModelFile() {}

  static void write(LinearCategoryClassifier model, OutputStream out) throws IOException {
    CategoryFeatures features = model.features();
    List<String> labels = model.labels();
    int n = labels.size();
    float[] weights = model.weights();
    int exponent = exponent(weights);
    float step = Math.scalb(1f, exponent);
    GZIPOutputStream zip = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(zip, 1 << 16));
    data.writeUTF(FORMAT);
    data.writeInt(VERSION);
    data.writeInt(features.hashBits());
    data.writeInt(features.maxBodyChars());
    data.writeInt(n);
    for (String label : labels) {
      data.writeUTF(label);
    }
    for (float b : model.bias()) {
      data.writeFloat(b);
    }
    data.writeInt(exponent);
    int rows = 0;
    for (int slot = 0; slot < features.dimension(); slot++) {
      rows += nonZero(weights, slot, n) ? 1 : 0;
    }
    data.writeInt(rows);
    int previous = -1;
    for (int slot = 0; slot < features.dimension(); slot++) {
      if (nonZero(weights, slot, n)) {
        writeVarInt(data, slot - previous);
        previous = slot;
        for (int c = 0; c < n; c++) {
          data.writeShort(Math.round(weights[slot * n + c] / step));
        }
      }
    }
    data.writeUTF(END);
    data.flush();
    zip.finish();
  }

  /**
   * Reads a model; {@code name} (the file) is named in every error.
   *
   * @throws IOException if the stream cannot be read or does not hold a whole, valid model
   */
  static LinearCategoryClassifier read(InputStream in, String name) throws IOException {
    try {
      DataInputStream data =
          new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
      String format = data.readUTF();
      if (!format.equals(FORMAT)) {
        throw corrupt(name, "not a category model (starts with '" + format + "')");
      }
      int version = data.readInt();
      if (version != VERSION) {
        throw corrupt(name, "format version " + version + ", this Marsad reads " + VERSION);
      }
      CategoryFeatures features = features(data.readInt(), data.readInt(), name);
      int n = data.readInt();
      if (n < 2 || n > MAX_LABELS) {
        throw corrupt(name, "label count " + n + " not in [2, " + MAX_LABELS + "]");
      }
      if ((long) features.dimension() * n > MAX_WEIGHTS) {
        throw corrupt(name, features.dimension() + " slots x " + n + " labels is too large");
      }
      List<String> labels = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        labels.add(data.readUTF());
      }
      if (new HashSet<>(labels).size() != n || labels.stream().anyMatch(String::isBlank)) {
        throw corrupt(name, "labels blank or repeated: " + labels);
      }
      float[] bias = new float[n];
      for (int c = 0; c < n; c++) {
        bias[c] = finite(data.readFloat(), name);
      }
      float step = Math.scalb(1f, data.readInt());
      int rows = data.readInt();
      if (rows < 0 || rows > features.dimension()) {
        throw corrupt(name, "row count " + rows + " not in [0, " + features.dimension() + "]");
      }
      float[] weights = new float[features.dimension() * n];
      int slot = -1;
      for (int r = 0; r < rows; r++) {
        int gap = readVarInt(data, name);
        if (gap <= 0 || gap > features.dimension() - 1 - slot) {
          throw corrupt(name, "slot out of order or range after slot " + slot);
        }
        slot += gap;
        for (int c = 0; c < n; c++) {
          weights[slot * n + c] = finite(data.readShort() * step, name);
        }
      }
      if (!END.equals(data.readUTF()) || data.read() != -1) {
        throw corrupt(name, "no end mark where the header says the weights end");
      }
      return new LinearCategoryClassifier(features, labels, bias, weights);
    } catch (EOFException e) {
      throw corrupt(name, "truncated");
    } catch (ZipException e) {
      throw corrupt(name, "not gzip or damaged (" + e.getMessage() + ")");
    }
  }

  /**
   * {@code weights} rounded in place to what the file stores: multiples of the power of two that
   * spreads the largest weight over 16 bits.
   */
  static void round(float[] weights) {
    float step = Math.scalb(1f, exponent(weights));
    for (int i = 0; i < weights.length; i++) {
      weights[i] = Math.round(weights[i] / step) * step;
    }
  }

  /** The exponent of the smallest power of two step that fits every weight in 16 bits. */
  private static int exponent(float[] weights) {
    float max = 0;
    for (float w : weights) {
      max = Math.max(max, Math.abs(w));
    }
    if (!Float.isFinite(max)) {
      throw new IllegalArgumentException("a weight is not finite: the training diverged");
    }
    if (max == 0) {
      return 0;
    }
    int e = Math.getExponent(max / WEIGHT_LEVELS);
    return Math.scalb(1f, e) * WEIGHT_LEVELS >= max ? e : e + 1;
  }

  private static boolean nonZero(float[] weights, int slot, int labels) {
    for (int c = 0; c < labels; c++) {
      if (weights[slot * labels + c] != 0) {
        return true;
      }
    }
    return false;
  }

  private static CategoryFeatures features(int hashBits, int maxBodyChars, String name)
      throws IOException {
    try {
      return new CategoryFeatures(hashBits, maxBodyChars);
    } catch (IllegalArgumentException e) {
      throw corrupt(name, e.getMessage());
    }
  }

  private static float finite(float value, String name) throws IOException {
    if (!Float.isFinite(value)) {
      throw corrupt(name, "a weight is not a finite number");
    }
    return value;
  }

  private static void writeVarInt(DataOutputStream out, int value) throws IOException {
    while ((value & ~0x7f) != 0) {
      out.writeByte((value & 0x7f) | 0x80);
      value >>>= 7;
    }
    out.writeByte(value);
  }

  private static int readVarInt(DataInputStream in, String name) throws IOException {
    int value = 0;
    for (int shift = 0; shift < 32; shift += 7) {
      int b = in.readUnsignedByte();
      value |= (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw corrupt(name, "a slot gap longer than an int");
  }

  private static IOException corrupt(String name, String reason) {
    return new IOException("corrupt category model " + name + ": " + reason);
  }
}
