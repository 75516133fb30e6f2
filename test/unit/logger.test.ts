import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/observability/logger.ts';

describe('when a log line holds a secret field', () => {
  it('then pino redacts it, at the top and one level down', () => {
    const written: string[] = [];
    const log = createLogger(
      { logLevel: 'info', logPretty: false },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          written.push(chunk.toString());
          done();
        },
      }),
    );
    log.info(
      {
        password: 'top-secret-1',
        body: { password: 'top-secret-2', otp: '493817', refresh_token: 'rt.secret-3' },
        req: { headers: { authorization: 'Bearer secret-4', 'x-app-token': 'secret-5' } },
        phone_number: '+6281234567890',
      },
      'sign-in',
    );
    const line = written.join('');
    for (const secret of ['top-secret-1', 'top-secret-2', '493817', 'secret-3', 'secret-4', 'secret-5'])
      expect(line).not.toContain(secret);
    expect(line).toContain('[Redacted]');
    expect(line).toContain('+6281234567890');
  });
});
