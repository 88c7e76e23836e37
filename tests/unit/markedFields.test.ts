import { describe, expect, it } from 'vitest';
import { asksToSave, markedMessage } from '../../src/cms/markedFields.ts';

describe('markedMessage', () => {
  it('names each field Decap marks, in its words, and says where the cursor is', () => {
    expect(markedMessage(['Title is required.'])).toBe(
      'Not saved: one field is not filled in as the form asks:\n\n• Title is required.\n\nThe cursor is in it. Correct it, then save again.',
    );
    expect(markedMessage(['Title is required.', 'Date is required.'])).toBe(
      'Not saved: 2 fields are not filled in as the form asks:\n\n• Title is required.\n\n• Date is required.\n\nThe cursor is in the first. Correct them, then save again.',
    );
  });
});

describe('asksToSave', () => {
  const control = (text: string, menu = false) =>
    ({
      textContent: ` ${text} `,
      getAttribute: (name: string) => (name === 'aria-haspopup' && menu ? 'true' : null),
    }) as unknown as Element;

  it('knows the controls that save from those that only open a menu or go elsewhere', () => {
    expect(
      [
        'Publish now',
        'Publish and create new',
        'Publish and duplicate',
        'Save',
        'Save now',
        'Save and create new',
      ].map((text) => asksToSave(control(text))),
    ).toEqual([true, true, true, true, true, true]);
    // Where a save publishes nothing by itself, the menu's button says Save, and opens the menu.
    expect(asksToSave(control('Save', true))).toBe(false);
    expect(
      ['Publish', 'Published', 'Save changes?', 'Delete entry'].map((text) =>
        asksToSave(control(text)),
      ),
    ).toEqual([false, false, false, false]);
  });
});
