import { describe, expect, it } from 'vitest';
import { isPhotoNotThere } from '../../src/cli/decapLog.ts';

describe('isPhotoNotThere', () => {
  it('quiets a photo looked for and not there, coloured or not, and nothing else', () => {
    const missing =
      'error: Error handling {"action":"getMediaFile","params":{"branch":"main","path":"content/x/ferry.jpg"}}: ENOENT: no such file or directory, realpath \'/site/content/x/ferry.jpg\'';
    expect(isPhotoNotThere(missing)).toBe(true);
    expect(isPhotoNotThere(missing.replace('error', '\u001b[31merror\u001b[39m'))).toBe(true);
    // As decap-server 3 writes it: the branch first.
    expect(
      isPhotoNotThere(
        'error: Error handling {"branch":"main","action":"getMediaFile","params":{"branch":"main","path":"clinic.jpg"}}: ENOENT: no such file or directory, realpath \'/site/clinic.jpg\'',
      ),
    ).toBe(true);
    for (const line of [
      missing.replace('ENOENT', 'EACCES'),
      missing.replace('getMediaFile', 'persistEntry'),
      missing.replace('"action":"getMediaFile"', '"action":"getMediaFiles"'),
      'error: Error handling {"action":"persistEntry"}: ENOSPC: no space left on device',
      'info: Decap CMS File System Proxy Server listening on port 8081',
    ]) {
      expect(isPhotoNotThere(line), line).toBe(false);
    }
  });
});
