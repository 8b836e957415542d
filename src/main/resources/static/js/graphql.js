// The one GraphQL client of the explorer. Values travel only as variables, never inside the
// query text. Credentials: same-origin cookies, and the CSRF token from the XSRF-TOKEN cookie as
// X-XSRF-TOKEN (Spring Security's cookie CSRF repository) when there is one: login lives here only.

import { t } from './i18n.js';

export const BASE = location.pathname.replace(/\/[^/]*$/, ''); // works under a context path too
export const GRAPHQL_URL = `${BASE}/graphql`;

/** A failed request: a network failure, an HTTP error or GraphQL errors (message joins them all). */
export class QueryError extends Error {}

/** The session's CSRF token as the header Spring Security expects, or nothing without a session cookie. */
export function csrfHeader() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
  return match ? { 'X-XSRF-TOKEN': decodeURIComponent(match[1]) } : {};
}

/** Runs one operation; resolves to `data`, rejects with QueryError on any error. */
export async function gql(query, variables = {}) {
  let response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
        // no Basic pop-up from the browser when the session has expired: the page goes to the login
        'X-Requested-With': 'fetch',
        ...csrfHeader(),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch (e) {
    throw new QueryError(`${t('error.network')}: ${e.message}`);
  }
  if (response.status === 401) {
    location.assign('/login');
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    throw new QueryError(t('error.http', { status: response.status }));
  }
  const errors = body?.errors ?? [];
  if (errors.length > 0) {
    // Every error is shown as the server wrote it: a schema regression must be visible, not hidden.
    throw new QueryError(errors.map((e) => e.message + (e.path ? ` (${e.path.join('.')})` : '')).join('; '));
  }
  if (!response.ok) throw new QueryError(t('error.http', { status: response.status }));
  return body.data;
}

/** Thrown by a gate's query when a newer request of the same gate has started. */
export class Stale extends Error {}

/**
 * A request counter: `gate.query(...)` rejects with Stale when `gate.next()` was called again
 * meanwhile, so a slow answer never overwrites a newer one.
 */
export function requestGate() {
  let current = 0;
  return {
    next() {
      current += 1;
      const ticket = current;
      return {
        async query(query, variables) {
          const data = await gql(query, variables);
          if (ticket !== current) throw new Stale();
          return data;
        },
        get fresh() {
          return ticket === current;
        },
      };
    },
  };
}
