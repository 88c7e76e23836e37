/**
 * GFM task-list checkboxes become text: a disabled checkbox has no accessible name and cannot be
 * used anyway, so a reader hears "done" or "not done" and sees ☑ or ☐. The words come in as
 * options, in the story's language (they are settings of the render, not read from the site's
 * word tables, so a change to another word of the site does not render every body again). Any
 * other `<input>` (raw HTML the sanitiser turns into a checkbox) is removed: it marks no task.
 */
import type { Element, Parents, Root } from 'hast';
import { SKIP, visitParents } from 'unist-util-visit-parents';

/** The words a task mark is read out as. */
export interface TaskWords {
  taskDone: string;
  taskOpen: string;
}

/** The first element among `parent`'s children, past any white space. */
const firstElement = (parent: Parents) => parent.children.find((child) => child.type === 'element');

/** Whether `node` is a list item of a task list (`- [ ] …`, which GFM classes so). */
const isTaskItem = (node: Parents | undefined): boolean =>
  node?.type === 'element' &&
  node.tagName === 'li' &&
  [node.properties.className].flat().includes('task-list-item');

/**
 * Whether an `<input>`, under `ancestors` (nearest last), is a task list's checkbox: the first
 * element of a task item, or of the first paragraph of one (a list with blank lines between).
 */
export function isTaskMark(node: Element, ancestors: readonly Parents[]): boolean {
  if (node.tagName !== 'input') return false;
  const parent = ancestors.at(-1);
  if (!parent || firstElement(parent) !== node) return false;
  if (isTaskItem(parent)) return true;
  const item = ancestors.at(-2);
  return (
    parent.type === 'element' &&
    parent.tagName === 'p' &&
    isTaskItem(item) &&
    firstElement(item!) === parent
  );
}

export function taskListMarks(words: TaskWords) {
  return (tree: Root) => {
    visitParents(tree, 'element', (node, ancestors) => {
      if (node.tagName !== 'input') return;
      const parent = ancestors.at(-1)!;
      const index = parent.children.indexOf(node);
      if (!isTaskMark(node, ancestors)) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      const done = Boolean(node.properties.checked);
      parent.children[index] = {
        type: 'element',
        tagName: 'span',
        properties: {
          className: ['task'],
          role: 'img',
          ariaLabel: done ? words.taskDone : words.taskOpen,
        },
        children: [{ type: 'text', value: done ? '☑' : '☐' }],
      } satisfies Element;
      return SKIP;
    });
  };
}
