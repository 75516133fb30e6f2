/**
 * Writes an HAProxy configuration for the gateway:
 *   node scripts/gateway.ts --listen 0.0.0.0:8080 --map /etc/haproxy/gateway.map \
 *     --backend core=core:8080 --backend user=user:8080 --backend driver=driver:8080 > haproxy.cfg
 * A service may be given several times for several replicas; `--metrics 127.0.0.1:8405` adds
 * HAProxy's Prometheus exporter on that (private) address.
 */
import { parseArgs } from 'node:util';
import { renderHaproxyConfig } from '../src/gateway/haproxy.ts';

const { values } = parseArgs({
  options: {
    listen: { type: 'string', default: '0.0.0.0:8080' },
    metrics: { type: 'string' },
    map: { type: 'string', default: 'generated/gateway.map' },
    backend: { type: 'string', multiple: true, default: [] },
  },
});
const backends: Record<string, string[]> = {};
for (const entry of values.backend) {
  const [service, address] = entry.split('=');
  if (!service || !address) throw new Error(`--backend must be service=host:port, got '${entry}'`);
  (backends[service] ??= []).push(address);
}
process.stdout.write(
  renderHaproxyConfig({
    listen: values.listen,
    backends,
    mapFile: values.map,
    metricsListen: values.metrics,
  }),
);
