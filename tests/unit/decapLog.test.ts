import { describe, expect, it } from 'vitest';
import { isPhotoNotThere } from '../../src/cli/decapLog.ts';

describe('isPhotoNotThere', () => {
  it('quiets a photo looked for and not there, coloured or not, and nothing else', () => {
    const missing =
      'error: Error handling {"action":"getMediaFile","params":{"branch":"main","path":"content/x/ferry.jpg"}}: ENOENT: no such file or directory, realpath \'/site/content/x/ferry.jpg\'';
    expect(isPhotoNotThere(missing)).toBe(true);
    expect(isPhotoNotThere(missing.replace('error', '\u001b[31merror\u001b[39m'))).toBe(true);
    for (const line of [
      missing.replace('ENOENT', 'EACCES'),
      missing.replace('getMediaFile', 'persistEntry'),
      'error: Error handling {"action":"persistEntry"}: ENOSPC: no space left on device',
      'info: Decap CMS File System Proxy Server listening on port 8081',
    ]) {
      expect(isPhotoNotThere(line), line).toBe(false);
    }
  });
});
