package org.marsad.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own error answers (a request line or headers too large, a malformed request) in the same
 * JSON as the API's, instead of Jetty's HTML page: {@code {"error": "414 URI Too Long: ..."}}.
 */
final class JsonErrorHandler extends ErrorHandler {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, ApiServer.JSON_TYPE);
    SecurityHeaders.NAMES_AND_VALUES.forEach(fields::put);
    return ByteBuffer.wrap(body(status, reason));
  }

  @Override
  protected void generateAcceptableResponse(
      Request baseRequest,
      HttpServletRequest request,
      HttpServletResponse response,
      int code,
      String message)
      throws IOException {
    baseRequest.setHandled(true);
    response.setContentType(ApiServer.JSON_TYPE);
    SecurityHeaders.NAMES_AND_VALUES.forEach(response::setHeader);
    response.getOutputStream().write(body(code, message));
  }

  private static byte[] body(int status, String reason) {
    String text = status + " " + HttpStatus.getMessage(status);
    if (reason != null && !reason.isBlank() && !reason.equals(HttpStatus.getMessage(status))) {
      text += ": " + reason;
    }
    ObjectNode node = JSON.createObjectNode();
    node.put("error", text);
    return node.toString().getBytes(StandardCharsets.UTF_8);
  }
}
