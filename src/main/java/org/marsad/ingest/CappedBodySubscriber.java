package org.marsad.ingest;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a byte cap, then cancels the stream: a 50 MB response costs at
 * most the cap in memory and stops being read once the cap is reached.
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<CappedBodySubscriber.Body> {

  /** The bytes read, and whether more were on offer. */
  record Body(byte[] bytes, boolean truncated) {}

  private final long cap;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final CompletableFuture<Body> result = new CompletableFuture<>();
  private volatile Flow.Subscription subscription;

  CappedBodySubscriber(long cap) {
    this.cap = cap;
  }

  @Override
  public CompletionStage<Body> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription newSubscription) {
    subscription = newSubscription;
    newSubscription.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer chunk : buffers) {
      long room = cap - buffer.size();
      int take = (int) Math.min(room, chunk.remaining());
      byte[] bytes = new byte[take];
      chunk.get(bytes);
      buffer.write(bytes, 0, take);
      if (chunk.hasRemaining()) {
        subscription.cancel();
        result.complete(new Body(buffer.toByteArray(), true));
        return;
      }
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    result.complete(new Body(buffer.toByteArray(), false));
  }

  /** Stops reading (on timeout); the result is left as it is. */
  void abort() {
    Flow.Subscription current = subscription;
    if (current != null) {
      current.cancel();
    }
  }
}
