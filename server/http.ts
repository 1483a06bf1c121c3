// The HTTP server: GraphQL at /graphql, the web client (client/dist, built by `npm run build:client`) at /.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { YogaServerInstance } from 'graphql-yoga';
import { REPO_ROOT } from './graph/queries.ts';

export const CLIENT_DIST = join(REPO_ROOT, 'client', 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

const PLACEHOLDER = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>vanban-graph</title>
<body style="font-family:system-ui;margin:3rem"><h1>vanban-graph</h1>
<p>The web client is not built yet: run <code>npm run build:client</code>. The GraphQL API is at <a href="/graphql">/graphql</a>.</p></body></html>`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function createHttpServer(yoga: YogaServerInstance<any, any>, clientDir = CLIENT_DIST): Server {
  const root = resolve(clientDir);
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/graphql' || url.pathname.startsWith('/graphql/') || url.pathname === '/healthz') {
      void yoga(req, res);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) {
      res.writeHead(400).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html'); // single-page app
    if (!existsSync(file)) {
      res.writeHead(200, { 'content-type': TYPES['.html']! }).end(PLACEHOLDER);
      return;
    }
    const immutable = file.includes(`${join(root, 'assets')}`);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
  });
}

/** Listens, turning EADDRINUSE into a sentence a person can act on. */
export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((res, rej) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') rej(new Error(`port ${port} on ${host} is already in use: stop what uses it or set PORT to another port`));
      else if (err.code === 'EACCES') rej(new Error(`not allowed to listen on ${host}:${port}: choose a PORT above 1024`));
      else rej(err);
    });
    server.listen(port, host, () => {
      const addr = server.address();
      res(typeof addr === 'object' && addr ? addr.port : port);
    });
  });
}
