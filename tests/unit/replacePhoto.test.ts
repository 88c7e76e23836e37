import { describe, expect, it } from 'vitest';
import { keptPhotoMessage, replacedName } from '../../src/cms/replacePhoto.ts';

describe('replacedName', () => {
  it("reads the file name from Decap's question before a replacing upload, and nothing else", () => {
    expect(replacedName('harbour.jpg already exists. Do you want to replace it?')).toBe(
      'harbour.jpg',
    );
    expect(replacedName('the old pier.jpg already exists. Do you want to replace it?')).toBe(
      'the old pier.jpg',
    );
    expect(replacedName('Are you sure you want to delete selected media?')).toBeUndefined();
    expect(replacedName('The build will warn of one thing in this story')).toBeUndefined();
  });
});

describe('keptPhotoMessage', () => {
  it('says the old photo is kept, a name to upload the new one under, and why', () => {
    const message = keptPhotoMessage('harbour.jpg');
    expect(message).toMatch(/^Not uploaded: there is a photo named "harbour.jpg" here already/);
    expect(message).toContain('(e.g. harbour-2.jpg)');
    expect(message).toContain('would delete the old photo at once, before the story is saved');
    expect(keptPhotoMessage('scan')).toContain('(e.g. scan-2)');
  });
});
