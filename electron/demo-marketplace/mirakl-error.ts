/**
 * An HTTP error answered with Mirakl's error body `{ "status": <code>, "message": "..." }`. Its own
 * module, so the marketplace's state can throw it without depending on the HTTP layer's types.
 */
export class MiraklHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
