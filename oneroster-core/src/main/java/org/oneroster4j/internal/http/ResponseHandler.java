package org.oneroster4j.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;

/** Reads a successful response; the body stream is size-capped and closed afterwards. */
@FunctionalInterface
public interface ResponseHandler<T> {
  /** Turns a 2xx response (or a DELETE's 404 after a retry) into a value. */
  T handle(int status, HttpHeaders headers, InputStream body) throws IOException;
}
