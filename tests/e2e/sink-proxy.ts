/**
 * A local HTTP(S) proxy that forwards nothing: it writes down every request the browser sends it
 * (plain HTTP by absolute URL, HTTPS by its CONNECT host) and refuses each with 502. Pointed at by
 * Firefox's proxy prefs, it hears every request that reaches the network layer from any part of
 * the browser, including an extension's background page, which WebDriver BiDi does not report.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SinkProxy {
  /** "CONNECT host:port" or "HTTP http://host/path", in arrival order. */
  seen: string[];
  /** Firefox prefs that send all traffic (localhost included) through this proxy. */
  prefs: Record<string, string | number | boolean>;
  close(): Promise<void>;
}

export async function startSinkProxy(): Promise<SinkProxy> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`HTTP ${req.url}`);
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.on('error', () => {});
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    seen,
    prefs: {
      'network.proxy.type': 1, // manual
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.share_proxy_settings': false,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
