import { createLogger, maskUrl } from './logger';
import { LogCapture } from '../test-support/log-capture';

describe('the structured logger', () => {
  it('redacts tokens, secrets, signatures and authorization wherever they appear', () => {
    const capture = new LogCapture();
    const logger = createLogger({ level: 'info', destination: capture });
    logger.info(
      {
        accessToken: 'oat-1',
        refresh_token: 'ort-2',
        grant: { refreshToken: 'ort-3', client_secret: 'cs-4' },
      },
      'tokens',
    );
    logger.info(
      {
        req: {
          method: 'POST',
          url: '/oauth/callback?code=code-5&state=st-6',
          headers: { authorization: 'Bearer oat-7' },
        },
      },
      'request',
    );
    const text = capture.lines.join('\n');
    for (const secret of ['oat-1', 'ort-2', 'ort-3', 'cs-4', 'code-5', 'st-6', 'oat-7'])
      expect(text).not.toContain(secret);
    expect(text).toContain('[Redacted]');
  });

  it('masks credentials in logged URLs but keeps the rest', () => {
    expect(maskUrl('/oauth/callback?code=abc&state=def&portalId=1')).toBe(
      '/oauth/callback?code=[Redacted]&state=[Redacted]&portalId=1',
    );
  });
});
