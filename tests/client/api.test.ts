// How the client reports a failed request (gql in client/src/api.ts): the status bar tells "the server is down"
// from "the query failed", shows one loading indicator for all requests in flight, and offers a retry.
// fetch is replaced by a stub: no network.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, clearApiError, gql, onApiStatus, setEndpoint, type ApiStatus } from '../../client/src/api.ts';

const json = (body: unknown, init: ResponseInit = {}) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' }, ...init });

let seen: { inFlight: number; error: ApiError | null }[] = [];
let last: ApiStatus | null = null;
onApiStatus((s) => {
  last = s;
  seen.push({ inFlight: s.inFlight, error: s.error });
});

function stubFetch(impl: (url: string, init: RequestInit) => Promise<Response> | Response) {
  const f = vi.fn(async (url: string, init: RequestInit) => impl(url, init));
  vi.stubGlobal('fetch', f);
  return f;
}

async function failure(p: Promise<unknown>): Promise<ApiError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ApiError);
  return e as ApiError;
}

beforeEach(() => {
  clearApiError();
  seen = [];
  setEndpoint('/graphql');
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('gql', () => {
  it('posts the query and variables as JSON to the endpoint and returns data', async () => {
    const f = stubFetch(() => json({ data: { ok: 1 } }));
    setEndpoint('http://127.0.0.1:4000/graphql');
    await expect(gql('query { ok }', { a: 'Quy định' })).resolves.toEqual({ ok: 1 });
    const [url, init] = f.mock.calls[0]!;
    expect(url).toBe('http://127.0.0.1:4000/graphql');
    expect(init.method).toBe('POST');
    expect(new Headers(init.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(init.body))).toEqual({ query: 'query { ok }', variables: { a: 'Quy định' } });
  });

  it('calls a request that never reached the server a network error', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const e = await failure(gql('query { ok }'));
    expect(e.kind).toBe('network');
    expect(e.message).toBe('Failed to fetch');
  });

  it('calls a 5xx without a GraphQL answer a network error (a proxy in front of a stopped server)', async () => {
    stubFetch(() => new Response('Bad Gateway', { status: 502, statusText: 'Bad Gateway' }));
    const e = await failure(gql('query { ok }'));
    expect(e.kind).toBe('network');
    expect(e.message).toBe('HTTP 502 Bad Gateway');
  });

  it('calls a 4xx without GraphQL errors an HTTP error', async () => {
    stubFetch(() => new Response('nope', { status: 401, statusText: 'Unauthorized' }));
    const e = await failure(gql('query { ok }'));
    expect(e.kind).toBe('http');
    expect(e.message).toBe('HTTP 401 Unauthorized');
  });

  it('reports GraphQL errors with their messages, whatever the status', async () => {
    stubFetch(() => json({ errors: [{ message: 'Unknown field "x"' }, { message: 'Depth limit' }] }, { status: 400 }));
    const e = await failure(gql('query { x }'));
    expect(e.kind).toBe('graphql');
    expect(e.message).toBe('Unknown field "x"; Depth limit');

    stubFetch(() => json({ data: null, errors: [{ message: 'Không tìm thấy' }] }));
    expect(await failure(gql('query { x }'))).toMatchObject({ kind: 'graphql', message: 'Không tìm thấy' });
  });

  it('counts requests in flight and publishes the error with a retry', async () => {
    stubFetch(() => new Response('', { status: 503, statusText: 'Service Unavailable' }));
    await failure(gql('query { ok }'));
    expect(seen.map((s) => s.inFlight)).toEqual([1, 0]);
    expect(last!.error).toMatchObject({ kind: 'network' });
    expect(typeof last!.retry).toBe('function');
  });

  it('runs the same operation again on retry and hands the data to onRetry', async () => {
    let up = false;
    const f = stubFetch(() => (up ? json({ data: { n: 7 } }) : Promise.reject(new TypeError('down'))));
    const got: unknown[] = [];
    await failure(gql<{ n: number }>('query { n }', { v: 1 }, { onRetry: (d) => got.push(d) }));
    up = true;
    last!.retry!();
    await vi.waitFor(() => expect(got).toEqual([{ n: 7 }]));
    expect(f).toHaveBeenCalledTimes(2);
    expect(f.mock.calls[1]![1].body).toBe(f.mock.calls[0]![1].body);
    expect(last!.error).toBeNull();
    expect(last!.inFlight).toBe(0);
  });

  it('clears a published error on the next success', async () => {
    stubFetch(() => Promise.reject(new TypeError('down')));
    await failure(gql('query { ok }'));
    expect(last!.error).not.toBeNull();
    stubFetch(() => json({ data: { ok: 1 } }));
    await gql('query { ok }');
    expect(last!.error).toBeNull();
    expect(last!.retry).toBeNull();
  });

  it('keeps a quiet request out of the status bar', async () => {
    stubFetch(() => Promise.reject(new TypeError('down')));
    const e = await failure(gql('query { ok }', {}, { quiet: true }));
    expect(e.kind).toBe('network');
    expect(last!.error).toBeNull();
    expect(seen.map((s) => s.inFlight)).toEqual([1, 0]);
  });

  it('treats a 200 whose body is not JSON as a failure, not as data', async () => {
    stubFetch(() => new Response('<html>proxy login</html>', { status: 200, statusText: 'OK' }));
    const e = await failure(gql('query { ok }'));
    expect(e.kind).toBe('http');
  });
});

describe('api', () => {
  it('unwraps each query to the object it asks for', async () => {
    const sub = { nodes: [], edges: [], truncated: false };
    const f = stubFetch((_u, init) => {
      const { query } = JSON.parse(String(init.body)) as { query: string };
      if (query.includes('query Graph')) return json({ data: { graph: sub } });
      if (query.includes('query Instrument')) return json({ data: { instrument: { instrument: null } } });
      return json({ data: { search: [] } });
    });
    await expect(api.graph({ focus: ['a'], depth: 1 })).resolves.toEqual(sub);
    expect(JSON.parse(String(f.mock.calls[0]![1].body)).variables).toEqual({ focus: ['a'], depth: 1 });
    await expect(api.instrument('missing')).resolves.toBeNull();
    await expect(api.search('quy dinh')).resolves.toEqual([]);
    expect(JSON.parse(String(f.mock.calls[2]![1].body)).variables).toEqual({ text: 'quy dinh', first: 12 });
  });
});

describe('cancelling', () => {
  it('an aborted search rejects as cancelled, passes its signal to fetch, and never reaches the status bar', async () => {
    const f = stubFetch((_url, init) => new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')))));
    const ac = new AbortController();
    const pending = api.search('quy dinh 213', 12, ac.signal);
    expect(f.mock.calls[0]![1].signal).toBe(ac.signal);
    ac.abort();
    const e = await failure(pending);
    expect(e.kind).toBe('cancelled');
    expect(last?.error).toBeNull();
    expect(last?.inFlight).toBe(0);
  });

  it('the multipart upload of convertFile: operations, map and the file, no JSON content type', async () => {
    const f = stubFetch(() => json({ data: { convertFile: { text: 'Quy định số 213-QĐ/TW', title: null, fileName: 'a.docx', length: 21 } } }));
    const file = new File(['PK'], 'a.docx');
    await expect(api.convertFile(file)).resolves.toMatchObject({ fileName: 'a.docx' });
    const init = f.mock.calls[0]![1];
    expect(new Headers(init.headers).get('content-type')).toBeNull();
    const form = init.body as FormData;
    expect(JSON.parse(String(form.get('operations')))).toMatchObject({ variables: { file: null } });
    expect(JSON.parse(String(form.get('map')))).toEqual({ 0: ['variables.file'] });
    expect((form.get('0') as File).name).toBe('a.docx');
  });
});
