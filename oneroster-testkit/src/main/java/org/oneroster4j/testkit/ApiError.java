package org.oneroster4j.testkit;

/** An error response: HTTP status plus the imsx codeMinor and description sent in the body. */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int status;
  final String codeMinor;

  ApiError(int status, String codeMinor, String description) {
    super(description, null, false, false);
    this.status = status;
    this.codeMinor = codeMinor;
  }

  static ApiError invalidData(String description) {
    return new ApiError(422, "invaliddata", description);
  }

  static ApiError badRequest(String description) {
    return new ApiError(400, "invaliddata", description);
  }

  static ApiError notFound(String description) {
    return new ApiError(404, "unknownobject", description);
  }

  static ApiError unauthorized(String description) {
    return new ApiError(401, "unauthorisedrequest", description);
  }
}
