// Talking to the wirecoder REST API under /api.

/** An error the API returned, in its one error shape. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** The query string for a set of filters, leaving out the empty ones. */
export function query(params) {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && String(value).trim() !== "") {
      out.set(key, String(value).trim());
    }
  }
  return out.toString();
}

/** GET a JSON resource; throws ApiError with the server's message on failure. */
export async function getJSON(path, params) {
  const qs = query(params);
  const response = await fetch(qs ? `${path}?${qs}` : path, {
    headers: { Accept: "application/json" },
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body && body.error) || {};
    throw new ApiError(response.status, error.code || "error", error.message || response.statusText);
  }
  return body;
}
