/** Configuration: validated at start-up, failing fast with the name of the bad variable. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { selectServices } from '../../src/server.ts';
import { serviceNames } from '../../src/services.ts';

describe('loadConfig', () => {
  it('gives working defaults for development', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ env: 'development', port: 8080, bodyLimit: '100kb' });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it.each<[string, { given: NodeJS.ProcessEnv; want: RegExp }]>([
    [
      'an unknown environment',
      {
        given: { APP_ENV: 'prod' },
        want: /env \(APP_ENV\): must be one of the possible values: \["development","test","staging","production"\]: value was "prod"/,
      },
    ],
    [
      'a port that is not a port',
      { given: { PORT: 'eighty' }, want: /port \(PORT\): ports must be within range 0 - 65535/ },
    ],
    [
      'a short app token',
      {
        given: { APP_TOKEN_IOS: 'short' },
        want: /appTokens\.ios \(APP_TOKEN_IOS\): must be a string of at least 16 characters/,
      },
    ],
    [
      'development app tokens in production',
      {
        given: { APP_ENV: 'production' },
        want: /APP_TOKEN_ANDROID, APP_TOKEN_IOS, APP_TOKEN_WEB, OTP_SECRET, CSRF_SECRET still hold the development default/,
      },
    ],
    [
      'the recording OTP sender in production',
      {
        given: {
          APP_ENV: 'production',
          APP_TOKEN_ANDROID: 'a'.repeat(20),
          APP_TOKEN_IOS: 'b'.repeat(20),
          APP_TOKEN_WEB: 'c'.repeat(20),
          OTP_SECRET: 'd'.repeat(40),
          CSRF_SECRET: 'e'.repeat(40),
        },
        want: /OTP_SENDER=recording keeps codes in Redis/,
      },
    ],
    [
      'the webhook OTP sender without its URL',
      {
        given: { OTP_SENDER: 'webhook' },
        want: /OTP_WEBHOOK_URL must be the SMS gateway's URL when OTP_SENDER=webhook/,
      },
    ],
  ])('rejects %s, naming it', (_name, { given, want }) => {
    expect(() => loadConfig(given)).toThrow(want);
  });
});

describe('selectServices', () => {
  it('serves every service when SERVICES is empty', () => {
    expect(selectServices('')).toEqual([...serviceNames]);
  });
  it('serves the named ones', () => {
    expect(selectServices(' core ')).toEqual(['core']);
  });
  it('rejects an unknown name, listing the known ones', () => {
    expect(() => selectServices('core,billing')).toThrow(
      `SERVICES names unknown service 'billing'; known: ${serviceNames.join(', ')}`,
    );
  });
});
