/**
 * The browser's own date boxes read a date that is not one (30 February, typed) as empty, while
 * they go on showing it: Decap saved a story without the update time the editor typed, or
 * refused it as "Date is required" under a box that showed a date. Each such box is told of
 * beside it as the editor types, and a save refused (see admin.ts). Runs in the editor's browser.
 */

/** The form's date boxes (Decap's date-time widget is the browser's own box). */
const DATE_BOXES = 'input[type="datetime-local"], input[type="date"]';

/** What is said of a box whose date is not one, after its field's name. */
export const UNREAL_DATE =
  'is not a whole, real date (a part left blank, or a day its month does not have, such as 30 February), so it counts as empty (type it again, or pick it from the calendar)';

/** The date boxes under `root` whose typed date is not one. */
export function unrealDateBoxes(root: ParentNode): HTMLInputElement[] {
  return [...root.querySelectorAll<HTMLInputElement>(DATE_BOXES)].filter(
    (box) => box.validity.badInput,
  );
}

/** The name of a box's field as its label shows it, without "(optional)". */
export function fieldNameOf(box: HTMLElement): string {
  const label = box.id ? document.querySelector(`label[for="${CSS.escape(box.id)}"]`) : null;
  return label?.textContent?.replace(/\s*\(optional\)\s*$/, '').trim() || 'Date';
}

/**
 * Tells of a date box beside it while its date is not one, read out as it appears, and marks
 * it invalid (`tell`: as the editor leaves it, not while a part is still being typed); takes the
 * note away once it is a date or empty.
 */
export function markUnrealDate(box: HTMLInputElement, tell: boolean): void {
  const id = `${box.id || 'date'}-not-a-date`;
  const note = document.getElementById(id);
  if (!box.validity.badInput) {
    if (!note) return;
    note.remove();
    box.removeAttribute('aria-invalid');
    box.removeAttribute('aria-describedby');
    return;
  }
  if (note || !tell) return;
  const told = document.createElement('p');
  told.id = id;
  told.setAttribute('role', 'alert');
  told.textContent = `${fieldNameOf(box)} ${UNREAL_DATE}.`;
  // Decap's own "is required" is red on white: the same, where the editor is looking.
  told.style.cssText = 'color:#b00020;margin:0.5em 0 0;font-size:0.875rem;font-weight:600';
  // After the box's own wrapper: inside it, Decap's buttons sit beside the box.
  (box.parentElement ?? box).after(told);
  box.setAttribute('aria-invalid', 'true');
  box.setAttribute('aria-describedby', id);
}

/** Watches every date box of the page as it is typed in and left. */
export function watchDateBoxes(): void {
  const check = (event: Event) => {
    const box = event.target;
    if (box instanceof HTMLInputElement && box.matches(DATE_BOXES)) {
      markUnrealDate(box, event.type === 'focusout');
    }
  };
  // A box whose date is not one may not fire `input` (its value stays ""): keys and leaving it do.
  for (const type of ['input', 'keyup', 'change', 'focusout']) {
    document.addEventListener(type, check, true);
  }
}
