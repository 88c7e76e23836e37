/**
 * Decap refuses a save while it marks a field wrong (left empty, or not of its pattern), saying
 * only that "a field that must be filled in is empty" for the first kind and nothing for the
 * second, with the form left scrolled wherever it was. After a save is asked for, the fields it
 * marks are named in a dialog, and the cursor is put in the first. Runs in the editor's browser.
 */
import { UNREAL_DATE, fieldNameOf, unrealDateBoxes } from './dateBoxes.ts';

/** A field Decap marks wrong: its box, and what Decap says under its label. */
export interface MarkedField {
  box: HTMLElement | null;
  said: string[];
}

/**
 * The fields under `root` that Decap marks wrong, in the order of the form. A date box showing a
 * date that is none is empty to Decap ("Date is required"): it is told as what it is.
 */
export function markedFields(root: ParentNode): MarkedField[] {
  const unreal = new Set<Element>(unrealDateBoxes(root));
  return [...root.querySelectorAll<HTMLLabelElement>('label[for]')].flatMap((label) => {
    // Decap writes its list of what is wrong right after the field's label.
    const list = label.nextElementSibling;
    if (list?.tagName !== 'UL') return [];
    const said = [...list.querySelectorAll('li')]
      .map((item) => item.textContent?.trim() ?? '')
      .filter(Boolean);
    if (said.length === 0) return [];
    const box = label.ownerDocument.getElementById(label.htmlFor);
    if (box && unreal.has(box)) return [{ box, said: [`${fieldNameOf(box)}: ${UNREAL_DATE}`] }];
    return [{ box, said }];
  });
}

/** The dialog's words for what Decap says of the fields it marks, one line each. */
export function markedMessage(said: readonly string[]): string {
  const what = said.length === 1 ? 'one field is' : `${said.length} fields are`;
  const where =
    said.length === 1
      ? 'The cursor is in it. Correct it'
      : 'The cursor is in the first. Correct them';
  return `Not saved: ${what} not filled in as the form asks:\n\n${said.map((line) => `• ${line}`).join('\n\n')}\n\n${where}, then save again.`;
}

/**
 * Whether a control asks Decap to save: its Publish menu's items (Save now, Save and …, in the
 * local folder; see cmsPhrases), or Save, where stories wait for review; not the button that
 * opens the menu.
 */
export function asksToSave(control: Element): boolean {
  // Where the menu is Save's, its button opens the menu and saves nothing.
  if (control.getAttribute('aria-haspopup') === 'true') return false;
  return /^(Publish now|Publish and |Save now|Save and |Save$)/.test(
    control.textContent?.trim() ?? '',
  );
}

/**
 * Watches `doc` for a save asked for and, once Decap has checked the form, names the fields it
 * marks in a dialog and puts the cursor in the first.
 */
export function tellMarkedFields(doc: Document): void {
  doc.addEventListener(
    'click',
    (event) => {
      const control = (event.target as Element | null)?.closest('[role="menuitem"], button');
      if (!control || !asksToSave(control)) return;
      // Decap marks the fields as it checks them, within a moment of the click.
      setTimeout(() => {
        const marked = markedFields(doc);
        if (marked.length === 0) return;
        doc.defaultView?.alert(markedMessage(marked.flatMap((field) => field.said)));
        const first = marked.find((field) => field.box)?.box;
        first?.scrollIntoView({ block: 'center' });
        first?.focus();
      }, 300);
    },
    true,
  );
}
